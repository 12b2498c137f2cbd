package reliability_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// hookemu is the CLI built once for the whole suite.
var hookemu string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hookemu-reliability")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	hookemu = filepath.Join(dir, "hookemu")
	build := exec.Command("go", "build", "-o", hookemu, "github.com/hookemu/hookemu/cmd/hookemu")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building hookemu:", err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// addressSpaceKB caps every child's virtual memory: far above any bound
// below, far below what would hurt the machine.
const addressSpaceKB = 6_000_000

// child is what one run of the CLI did.
type child struct {
	exitCode int
	stdout   []byte
	stderr   []byte
	wall     time.Duration
	peakRSS  int64 // bytes
}

// runCLI runs hookemu with args on a hook of the given source.
func runCLI(t *testing.T, source string, args ...string) child {
	t.Helper()
	hook := filepath.Join(t.TempDir(), "hook.js")
	require.NoError(t, os.WriteFile(hook, []byte(source), 0o600))
	script := fmt.Sprintf(`ulimit -v %d && exec "$0" "$@"`, addressSpaceKB)
	cmd := exec.Command("sh", append([]string{"-c", script, hookemu}, append(args, hook)...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	c := child{stdout: stdout.Bytes(), stderr: stderr.Bytes(), wall: time.Since(start)}
	if err != nil {
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit, "stderr: %s", stderr.String())
	}
	c.exitCode = cmd.ProcessState.ExitCode()
	if usage, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.peakRSS = usage.Maxrss * 1024 // Linux reports KiB
	}
	return c
}

// outcome reads the outcome of `run --json`.
func (c child) outcome(t *testing.T) (outcome, message string) {
	t.Helper()
	var report struct {
		Outcome string `json:"outcome"`
		Error   *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	require.NoError(t, json.Unmarshal(c.stdout, &report), "stdout: %s\nstderr: %s", c.stdout, c.stderr)
	if report.Error != nil {
		message = report.Error.Message
	}
	return report.Outcome, message
}
