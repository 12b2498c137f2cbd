package browsertest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// EnvChromium names the browser to use, ahead of $PATH.
const EnvChromium = "HOOKEMU_CHROMIUM"

// names are the executables looked for on $PATH, in order: Debian's
// package, other distributions' name for it, and Google's build.
var names = []string{"chromium", "chromium-browser", "google-chrome"}

// InstallHint says how to get a browser the tests can use.
const InstallHint = "install Chromium (Debian, as root: apt-get update && apt-get install -y chromium; or run .ci/install-chromium) " +
	"or set " + EnvChromium + " to the path of a Chromium or Chrome executable"

// Find is the Chromium the tests drive: $HOOKEMU_CHROMIUM when set (it
// must then be executable), else the first of chromium, chromium-browser
// and google-chrome on $PATH. getenv reads the environment (os.Getenv).
func Find(getenv func(string) string) (string, error) {
	if path := getenv(EnvChromium); path != "" {
		if err := executable(path); err != nil {
			return "", fmt.Errorf("%s=%s: %w; %s", EnvChromium, path, err, InstallHint)
		}
		return path, nil
	}
	for _, name := range names {
		for _, dir := range filepath.SplitList(getenv("PATH")) {
			if dir == "" {
				continue
			}
			path := filepath.Join(dir, name)
			if executable(path) == nil {
				return path, nil
			}
		}
	}
	return "", fmt.Errorf("no Chromium for the browser tests: none of %v is on $PATH and %s is not set; %s", names, EnvChromium, InstallHint)
}

// executable says why path cannot be run, or nil.
func executable(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.IsDir() {
		return errors.New("is a folder, not a program")
	}
	if info.Mode().Perm()&0o111 == 0 {
		return errors.New("is not executable")
	}
	return nil
}
