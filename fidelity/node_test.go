package fidelity

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeesendex"
	"github.com/hookemu/hookemu/fakeinfobip"
	"github.com/hookemu/hookemu/faketelesign"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/fakevonage"
)

// nodeMajor is the Node release the suite compares with: CI's, and the
// one whose built-in fetch (undici) the emulator's global fetch follows.
const nodeMajor = 20

const installHint = "install Node.js 20 and npm: https://nodejs.org/en/download " +
	"(Debian/Ubuntu: curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs; " +
	"macOS: brew install node@20; or nvm install 20), then run go test ./fidelity/ again"

// findNode returns the node binary, or an error that says how to get it.
func findNode() (string, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("the fidelity suite runs every case in Node too, and node is not on PATH: %s", installHint)
	}
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return "", fmt.Errorf("%s --version failed (%v): %s", node, err, installHint)
	}
	version := strings.TrimSpace(string(out))
	major, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(version, "v"), ".", 2)[0])
	if major != nodeMajor {
		return "", fmt.Errorf("node is %s, and the suite compares with Node %d (its global fetch and error messages differ between releases): %s", version, nodeMajor, installHint)
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", fmt.Errorf("npm is not on PATH: %s", installHint)
	}
	return node, nil
}

// installPackages installs node/package-lock.json with npm ci into a cache
// directory named by the lock file's hash, and returns it; a second run
// finds it there. The repository never holds node_modules.
func installPackages(nodeDir string) (string, error) {
	pkg, err := os.ReadFile(filepath.Join(nodeDir, "package.json"))
	if err != nil {
		return "", err
	}
	lock, err := os.ReadFile(filepath.Join(nodeDir, "package-lock.json"))
	if err != nil {
		return "", fmt.Errorf("%w: run npm install --package-lock-only in fidelity/node", err)
	}
	sum := sha256.Sum256(append(append(pkg, 0), lock...))
	root, err := os.UserCacheDir()
	if err != nil {
		root = os.TempDir()
	}
	dir := filepath.Join(root, "hookemu-fidelity", hex.EncodeToString(sum[:8]))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "install-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	for name, data := range map[string][]byte{"package.json": pkg, "package-lock.json": lock} {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			return "", err
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = tmp
	cmd.Env = nodeEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm ci in %s failed: %v\n%s\nthe npm registry must be reachable; check npm config get registry", tmp, err, out)
	}
	// A directory without the marker is a copy some earlier run left half
	// made; another test process may have finished first, and either
	// complete copy will do.
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err != nil {
		_ = os.RemoveAll(dir)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); statErr != nil {
			return "", fmt.Errorf("moving the install into %s: %w", dir, err)
		}
	}
	return dir, nil
}

// nodeEnv is the environment for npm and the runner, without proxies: the
// runner's requests go to loopback, and axios would send them to a proxy.
func nodeEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch strings.ToLower(name) {
		case "http_proxy", "https_proxy", "all_proxy", "no_proxy", "node_options":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// plan is what runner.js reads.
type plan struct {
	Server      string                       `json:"server"`
	NodeModules string                       `json:"nodeModules"`
	Routes      planRoutes                   `json:"routes"`
	Defaults    map[string]map[string]string `json:"defaults"`
	Cases       []planCase                   `json:"cases"`
	Parallel    int                          `json:"parallel"`
	GraceMs     int64                        `json:"graceMs"`
}

type planRoutes struct {
	Hosts    []string `json:"hosts"`
	Suffixes []string `json:"suffixes"`
}

type planCase struct {
	ID      string            `json:"id"`
	File    string            `json:"file"`
	Kind    emulator.Kind     `json:"kind"`
	Secrets map[string]string `json:"secrets"`
	Payload emulator.Payload  `json:"payload"`
	// Events are an Action's event (secrets aside) by trigger, as the
	// emulator builds it: the same event on both sides.
	Events    map[string]map[string]any `json:"events"`
	TimeoutMs int64                     `json:"timeoutMs"`
	Fresh     bool                      `json:"fresh"`
}

// nodeResult is one line runner.js printed.
type nodeResult struct {
	ID string `json:"id"`
	Observation
}

const resultMark = "FIDELITY-RESULT "

// runNode writes each case's source and the plan into work, runs
// runner.js over all of them in one process, and returns each case's
// observation by case id.
func runNode(ctx context.Context, node, runner, installDir, work string, w *world, cases []*Case, em *emulator.Emulator) (map[string]Observation, error) {
	p := plan{
		Server: w.addr(), NodeModules: filepath.Join(installDir, "node_modules"),
		Routes: planRoutes{Hosts: append(slices.Concat(fake8x8.Hosts(), faketwilio.Hosts(), faketelesign.Provider{}.Hosts(), fakeinfobip.Provider{}.Hosts(), fakeesendex.Provider{}.Hosts(), fakevonage.Provider{}.Hosts()), testHost),
			Suffixes: []string{".twilio.com", ".auth0.com", ".api.infobip.com", ".amazonaws.com", ".amazonaws.com.cn"}},
		Defaults: map[string]map[string]string{},
		Parallel: 32, GraceMs: graceAfterCallback.Milliseconds(),
	}
	for _, name := range em.ModuleNames() {
		if m, ok := em.Module(name); ok && len(m.Versions) > 0 {
			p.Defaults[name] = map[string]string{"hook": m.HookDefault, "action": m.ActionDefault}
		}
	}
	for i, c := range cases {
		// One folder per kind: Node caches what a bare require('axios')
		// resolved to per folder, and a Hook's and an Action's differ.
		dir := filepath.Join(work, string(c.Kind))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		file := filepath.Join(dir, fmt.Sprintf("case-%03d-%s.js", i, safeName.ReplaceAllString(c.ID, "_")))
		if err := os.WriteFile(file, c.Source, 0o644); err != nil {
			return nil, err
		}
		p.Cases = append(p.Cases, planCase{
			ID: runID(c.ID, sideNode), File: file, Kind: c.Kind, Secrets: c.Secrets, Payload: c.Payload,
			Events: map[string]map[string]any{
				"onExecuteSendPhoneMessage":    emulator.ActionEvent(emulator.TriggerSendPhoneMessage, c.Payload),
				"onExecuteCustomPhoneProvider": emulator.ActionEvent(emulator.TriggerCustomPhoneProvider, c.Payload),
			},
			TimeoutMs: c.Timeout.Milliseconds(), Fresh: c.Fresh,
		})
	}
	planFile := filepath.Join(work, "plan.json")
	data, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(planFile, data, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, node, runner, planFile)
	cmd.Dir = installDir
	cmd.Env = nodeEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	results := map[string]Observation{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), resultMark)
		if !ok {
			continue
		}
		var r nodeResult
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, fmt.Errorf("runner.js printed a result that is not JSON: %v\n%s", err, line)
		}
		if r.ID == "" {
			return nil, fmt.Errorf("an exception no case claims escaped in Node: %+v\nstderr:\n%s", r.Error, stderr.String())
		}
		id, _, _ := strings.Cut(r.ID, "|")
		results[id] = r.Observation
	}
	if runErr != nil {
		var exit *exec.ExitError
		if errors.As(runErr, &exit) || len(results) < len(cases) {
			return results, fmt.Errorf("runner.js failed: %v\nstderr:\n%s", runErr, stderr.String())
		}
	}
	return results, nil
}

var safeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)
