package browsertest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// EnvInstall, set to 0, stops the tests from installing Chromium when
// none is found; they then fail with InstallHint at once.
const EnvInstall = "HOOKEMU_INSTALL_CHROMIUM"

// installScript is the project's one way to install Chromium, relative to
// the module's root; .ci/run calls it too.
const installScript = ".ci/install-chromium"

// Machine is what deciding to install looks at, so that the decision can
// be tested without installing anything.
type Machine struct {
	Getenv   func(string) string
	Root     bool                         // the tests run as root (CI containers, fresh machines)
	LookPath func(string) (string, error) // exec.LookPath
	Dir      string                       // where the tests run: the package folder
}

// ThisMachine is the machine the tests run on.
func ThisMachine() Machine {
	dir, _ := os.Getwd()
	return Machine{Getenv: os.Getenv, Root: os.Geteuid() == 0, LookPath: exec.LookPath, Dir: dir}
}

// InstallPlan is the script that installs Chromium here, or why the tests
// will not install it. `go test ./...` on a fresh Debian machine run as
// root installs Chromium the way .ci/run does, so the README's test
// command needs nothing done by hand; anywhere else (no root, no
// apt-get, HOOKEMU_CHROMIUM chosen, HOOKEMU_INSTALL_CHROMIUM=0) nothing
// is installed and the tests fail saying what to do.
func (m Machine) InstallPlan() (string, error) {
	switch {
	case m.Getenv(EnvInstall) == "0":
		return "", fmt.Errorf("%s=0 asks not to install it", EnvInstall)
	case m.Getenv(EnvChromium) != "":
		return "", fmt.Errorf("%s names the browser to use", EnvChromium)
	case !m.Root:
		return "", errors.New("installing a system package needs root, and the tests do not run as root")
	}
	if _, err := m.LookPath("apt-get"); err != nil {
		return "", errors.New("this machine has no apt-get (not Debian)")
	}
	for dir := m.Dir; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			script := filepath.Join(dir, installScript)
			if _, err := os.Stat(script); err != nil {
				return "", fmt.Errorf("the module has no %s", installScript)
			}
			return script, nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s", m.Dir)
		}
	}
}

// install runs the install script once per machine at a time: the test
// packages of one `go test ./...` (and two such runs side by side) would
// otherwise race for apt's lock. The lock is taken on a file in the
// temporary folder; whoever comes second finds Chromium installed.
func install(script string) error {
	lock, err := os.OpenFile(filepath.Join(os.TempDir(), "hookemu-install-chromium.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("cannot take the install lock: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("cannot take the install lock: %w", err)
	}
	if _, err := Find(os.Getenv); err == nil {
		return nil
	}
	fmt.Fprintf(os.Stderr, "browsertest: no Chromium found; installing Debian's chromium with %s (set %s=0 not to)\n", installScript, EnvInstall)
	cmd := exec.Command("bash", script)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s failed: %w\n%s", installScript, err, lastLines(string(out), 20))
	}
	return nil
}

// findOrInstall is Find, with Chromium installed first where InstallPlan
// allows it.
func findOrInstall() (string, error) {
	path, err := Find(os.Getenv)
	if err == nil {
		return path, nil
	}
	script, why := ThisMachine().InstallPlan()
	if why != nil {
		return "", fmt.Errorf("%w (it was not installed for you: %v)", err, why)
	}
	if ierr := install(script); ierr != nil {
		return "", fmt.Errorf("%w; installing it failed: %v", err, ierr)
	}
	return Find(os.Getenv)
}

// lastLines is the end of a long output, enough to see why it failed.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
