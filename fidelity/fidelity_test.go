package fidelity

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
)

// TestFidelity runs every case in hookemu and in Node with the real
// packages, against the same fakes, and fails on every difference the
// allow-list does not explain. Run it with -v to see the summary.
func TestFidelity(t *testing.T) {
	start := time.Now()
	node, err := findNode()
	if err != nil {
		t.Fatal(err)
	}
	pkgJSON, err := os.ReadFile(filepath.Join("node", "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	pinned, err := pinnedVersions(pkgJSON)
	if err != nil {
		t.Fatal(err)
	}
	installDir, err := installPackages("node")
	if err != nil {
		t.Fatal(err)
	}
	runner, err := filepath.Abs(filepath.Join("node", "runner.js"))
	if err != nil {
		t.Fatal(err)
	}
	cases := loadCases(t, "cases", pinned)
	ids := map[string]bool{}
	for _, c := range cases {
		ids[c.ID] = true
	}
	allow, err := loadAllowList("allow.json", ids)
	if err != nil {
		t.Fatal(err)
	}

	w := startWorld(t)
	em := newEmulator(filepath.Join(installDir, "node_modules"))
	real := newEmulator(filepath.Join(installDir, "node_modules"), "*")
	emulatorOf := func(c *Case) *emulator.Emulator {
		if c.Real {
			return real
		}
		return em
	}
	for _, c := range cases {
		w.register(c.ID, c.Fakes)
		loadKind(emulatorOf(c), c)
	}

	// hookemu runs in a pool of its own while Node runs every case in one
	// process: neither waits for the other.
	hookemu := make([]Observation, len(cases))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4*runtime.GOMAXPROCS(0))
	base := baseTransport()
	defer base.CloseIdleConnections()
	for i, c := range cases {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			hookemu[i] = runHookemu(emulatorOf(c), c, w, base)
		}()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	nodeObs, nodeErr := runNode(ctx, node, runner, installDir, t.TempDir(), w, cases, em)
	wg.Wait()
	if nodeErr != nil {
		t.Fatal(nodeErr)
	}
	if strays := w.strayRequests(); len(strays) > 0 {
		t.Errorf("requests reached the fakes without naming their case (the runner lost track of the async context):\n  %v", strays)
	}
	ran := time.Since(start)

	var identical, allowedCases, allowedDiffs, failures atomic.Int64
	var comparedMu sync.Mutex
	compared := map[string]bool{}
	t.Run("case", func(t *testing.T) {
		for i, c := range cases {
			t.Run(c.ID, func(t *testing.T) {
				t.Parallel()
				comparedMu.Lock()
				compared[c.ID] = true
				comparedMu.Unlock()
				n, ok := nodeObs[c.ID]
				if !ok {
					failures.Add(1)
					t.Fatalf("Node printed no result for %s", c.ID)
				}
				h := normalise(hookemu[i], w.requestsOf(runID(c.ID, sideHookemu)))
				nd := normalise(n, w.requestsOf(runID(c.ID, sideNode)))
				dump(t, c.ID, h, nd)
				diffs := compare(h, nd)
				failed, allowed := 0, 0
				for _, d := range diffs {
					if reason := allow.allows(c.ID, d); reason != "" {
						allowed++
						t.Logf("allowed difference (%s) %s", reason, d)
						continue
					}
					failed++
					t.Errorf("%s differs (fix the shim, or add {\"case\": %q, \"field\": %q, \"reason\": \"...\"} to allow.json if this is truly Node-only) %s", d.Field, c.ID, d.Field, d)
				}
				switch {
				case failed > 0:
					failures.Add(1)
				case allowed > 0:
					allowedCases.Add(1)
					allowedDiffs.Add(int64(allowed))
				default:
					identical.Add(1)
				}
			})
		}
	})
	for _, e := range allow.unused(compared) {
		t.Errorf("allow.json: %s %s no longer differs: remove the entry (%s)", e.Case, e.Field, e.Reason)
	}
	t.Logf("fidelity: %d cases run, %d identical, %d with allowed differences (%d differences), %d failures; %s to run both sides, %s in all",
		len(compared), identical.Load(), allowedCases.Load(), allowedDiffs.Load(), failures.Load(), ran.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// dump writes both sides of a case to $FIDELITY_DUMP/<case>.json, for a
// case author who wants to see what each side observed and sent.
func dump(t *testing.T, id string, h, n side) {
	dir := os.Getenv("FIDELITY_DUMP")
	if dir == "" {
		return
	}
	type view struct {
		Observation Observation `json:"observation"`
		Requests    []Request   `json:"requests"`
	}
	data, err := json.MarshalIndent(map[string]view{"hookemu": {h.obs, h.requests}, "node": {n.obs, n.requests}}, "", "  ")
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, safeName.ReplaceAllString(id, "_")+".json"), data, 0o644)
	}
	if err != nil {
		t.Logf("FIDELITY_DUMP: %v", err)
	}
}
