package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// buildHookemu builds the CLI and the like-for-like driver into dir.
func buildHookemu(dir string, static bool) (bin, driver string, err error) {
	bin, driver = filepath.Join(dir, "hookemu"), filepath.Join(dir, "driver")
	for out, pkg := range map[string]string{bin: "./cmd/hookemu", driver: "./internal/benchcompare/driver"} {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Env = os.Environ()
		if static {
			cmd.Env = append(cmd.Env, "CGO_ENABLED=0")
		}
		if output, err := cmd.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go build %s: %w\n%s", pkg, err, output)
		}
	}
	return bin, driver, nil
}

// installPeer installs node/package-lock.json with npm ci into the user's
// cache directory, under the lock file's hash, once; it returns the
// node_modules folder.
func installPeer() (string, error) {
	src := filepath.Join("internal", "benchcompare", "node")
	lock, err := os.ReadFile(filepath.Join(src, "package-lock.json"))
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	sum := sha256.Sum256(lock)
	dir := filepath.Join(cache, "hookemu-benchcompare", hex.EncodeToString(sum[:8]))
	modules := filepath.Join(dir, "node_modules")
	if _, err := os.Stat(filepath.Join(modules, "axios", "package.json")); err == nil {
		return modules, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for _, name := range []string{"package.json", "package-lock.json"} {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", err
		}
	}
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm ci (needs node 20 and npm on PATH): %w\n%s", err, out)
	}
	return modules, nil
}

// startServe starts `hookemu serve` on a free loopback port and returns
// its address once it listens.
func startServe(bin string) (addr string, stop func(), err error) {
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		if sc.Scan() {
			first <- sc.Text()
		}
		close(first)
		for sc.Scan() { // keep the pipe drained
		}
	}()
	select {
	case line := <-first:
		fields := strings.Fields(line)
		if len(fields) == 0 || !strings.HasPrefix(fields[len(fields)-1], "http://") {
			stop()
			return "", nil, fmt.Errorf("hookemu serve said %q, not where it listens", line)
		}
		return strings.TrimPrefix(fields[len(fields)-1], "http://"), stop, nil
	case <-time.After(30 * time.Second):
		stop()
		return "", nil, fmt.Errorf("hookemu serve did not start listening within 30s")
	}
}
