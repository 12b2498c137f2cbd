package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/hookemu/hookemu/scenarios/scenariotest"
)

// sample is one process's wall time and peak resident memory.
type sample struct {
	wall time.Duration
	rss  int64 // bytes
}

// row is one figure measured on both sides.
type row struct {
	name          string
	hookemu, node []sample
}

// peer starts the Node side.
type peer func(runs, parallel int) *exec.Cmd

func newPeer(modules, addr string) peer {
	script := filepath.Join("internal", "benchcompare", "node", "peer.js")
	hook := filepath.Join("hooks", "8x8.js")
	return func(runs, parallel int) *exec.Cmd {
		cmd := exec.Command("node", script, hook, fmt.Sprint(runs), fmt.Sprint(parallel), addr)
		cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
		return cmd
	}
}

// timeProcess runs cmd from exec to exit.
func timeProcess(cmd *exec.Cmd) (sample, error) {
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w\n%s", cmd, err, stderr.String())
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss << 10 // kilobytes on Linux
	}
	return sample{wall: wall, rss: rss}, nil
}

// measureCold interleaves n cold starts of each side.
func measureCold(bin string, p peer, n int) (row, error) {
	r := row{name: "one run, exec to exit"}
	for range n {
		h, err := timeProcess(exec.Command(bin, "run", "--json"))
		if err != nil {
			return r, err
		}
		nd, err := timeProcess(p(1, 1))
		if err != nil {
			return r, err
		}
		r.hookemu, r.node = append(r.hookemu, h), append(r.node, nd)
	}
	return r, nil
}

// measureMany interleaves rounds of runs runs on each side and gives two
// rows against the same Node samples: the like-for-like one (the driver
// running the bare hook in one process, as peer.js does) and the suite
// one (`hookemu test` on runs scenario files: YAML, worker processes,
// assertions and reports on top of the runs).
func measureMany(bin, driver string, p peer, work string, runs, rounds int) (bare, suite row, err error) {
	bare = row{name: fmt.Sprintf("%d runs, one process", runs)}
	suite = row{name: fmt.Sprintf("%d runs, hookemu test", runs)}
	dir := filepath.Join(work, "suite")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return bare, suite, err
	}
	if err := scenariotest.WriteSuite(dir, runs, true); err != nil {
		return bare, suite, err
	}
	hook := filepath.Join("hooks", "8x8.js")
	for range rounds {
		s, err := timeProcess(exec.Command(bin, "test", dir))
		if err != nil {
			return bare, suite, err
		}
		d, err := timeProcess(exec.Command(driver, hook, fmt.Sprint(runs), "8"))
		if err != nil {
			return bare, suite, err
		}
		nd, err := timeProcess(p(runs, 8))
		if err != nil {
			return bare, suite, err
		}
		bare.hookemu, bare.node = append(bare.hookemu, d), append(bare.node, nd)
		suite.hookemu, suite.node = append(suite.hookemu, s), append(suite.node, nd)
	}
	return bare, suite, nil
}

// median of the samples' times and of their memory, separately.
func median(s []sample) sample {
	walls := make([]time.Duration, len(s))
	rss := make([]int64, len(s))
	for i, x := range s {
		walls[i], rss[i] = x.wall, x.rss
	}
	slices.Sort(walls)
	slices.Sort(rss)
	return sample{wall: walls[len(walls)/2], rss: rss[len(rss)/2]}
}

func printRows(w io.Writer, rows ...row) {
	fmt.Fprintf(w, "%-28s %12s %10s %12s %10s %8s\n", "figure (median)", "hookemu", "peak RSS", "node+axios", "peak RSS", "ratio")
	for _, r := range rows {
		h, n := median(r.hookemu), median(r.node)
		fmt.Fprintf(w, "%-28s %12s %8.0f MB %12s %8.0f MB %7.1fx\n", r.name,
			h.wall.Round(100*time.Microsecond), float64(h.rss)/1e6,
			n.wall.Round(100*time.Microsecond), float64(n.rss)/1e6,
			float64(n.wall)/float64(h.wall))
	}
}
