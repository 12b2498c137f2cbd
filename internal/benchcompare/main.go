// Command benchcompare measures hookemu beside its Node peer on this
// machine and prints the ratios the README's Performance table quotes:
//
//	go run ./internal/benchcompare            # from the repository's root
//	go run ./internal/benchcompare -cold 100 -rounds 5
//
// The peer is Node 20 with the real axios 1.x (node/package.json, pinned
// by node/package-lock.json and installed with npm ci into the user's
// cache directory, once) running the same documented 8x8 hook
// (hooks/8x8.js) against hookemu serve's fake 8x8 on loopback; hookemu
// runs it against the same fake in-process, as users run it. Rows:
//
//   - cold start: one run from exec to exit, `hookemu run --json` beside
//     `node peer.js` doing one run, repeated and interleaved;
//   - 1,000 runs, one process: the like-for-like row. driver/ (built
//     here) compiles the hook once and runs it 1,000 times, 8 at a time,
//     in one process through the harness, as a user's Go program would,
//     beside `node peer.js` doing the same with the real axios;
//   - 1,000 runs, hookemu test: `hookemu test` on 1,000 generated
//     scenario files (YAML loading, worker processes, every assertion
//     checked, a line per scenario) beside the same Node runs, which
//     check nothing: the figure a team running a suite sees.
//
// Each row gives the median wall time and peak resident memory of each
// side and Node's time over hookemu's. Nothing leaves the machine but npm
// ci's requests to the registry.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	cold := flag.Int("cold", 40, "repetitions of the cold start row")
	rounds := flag.Int("rounds", 3, "repetitions of the 1,000-runs rows")
	runs := flag.Int("runs", 1000, "runs (and scenario files) in the 1,000-runs rows")
	static := flag.Bool("static", true, "build hookemu with CGO_ENABLED=0, as the README's install command does")
	flag.Parse()
	if err := compare(*cold, *rounds, *runs, *static); err != nil {
		fmt.Fprintln(os.Stderr, "benchcompare:", err)
		os.Exit(1)
	}
}

func compare(cold, rounds, runs int, static bool) error {
	if _, err := os.Stat(filepath.Join("internal", "benchcompare", "node", "peer.js")); err != nil {
		return fmt.Errorf("run it from the repository's root (go run ./internal/benchcompare): %w", err)
	}
	work, err := os.MkdirTemp("", "hookemu-benchcompare-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	bin, driver, err := buildHookemu(work, static)
	if err != nil {
		return err
	}
	modules, err := installPeer()
	if err != nil {
		return err
	}
	addr, stop, err := startServe(bin)
	if err != nil {
		return err
	}
	defer stop()
	peer := newPeer(modules, addr)
	coldRow, err := measureCold(bin, peer, cold)
	if err != nil {
		return err
	}
	bareRow, suiteRow, err := measureMany(bin, driver, peer, work, runs, rounds)
	if err != nil {
		return err
	}
	printRows(os.Stdout, coldRow, bareRow, suiteRow)
	return nil
}
