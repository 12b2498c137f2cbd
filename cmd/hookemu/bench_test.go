package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/hookemu/hookemu/scenarios/scenariotest"
)

// buildCLI builds the hookemu binary for benchmarks that time whole
// processes, as users start them.
func buildCLI(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "hookemu")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runProcess runs cmd to its exit and returns its peak resident memory
// in bytes (0 where the system does not say).
func runProcess(b *testing.B, cmd *exec.Cmd) int64 {
	b.Helper()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s: %v\n%s", cmd, err, out)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // kilobytes on Linux
	}
	return 0
}

// reportPeak reports the largest peak resident memory of the processes.
func reportPeak(b *testing.B, peak int64) {
	if peak > 0 {
		b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
	}
}

// BenchmarkRunJSONProcess is `hookemu run --json` from exec to exit,
// running the embedded 8x8 hook. The binary is built as the README's
// install command builds it (CGO_ENABLED=0).
func BenchmarkRunJSONProcess(b *testing.B) {
	bin := buildCLI(b)
	var peak int64
	for b.Loop() {
		peak = max(peak, runProcess(b, exec.Command(bin, "run", "--json")))
	}
	reportPeak(b, peak)
}

// BenchmarkTestProcess1000Files is `hookemu test` on 1,000 scenario files
// of the 8x8 hook, from exec to exit.
func BenchmarkTestProcess1000Files(b *testing.B) {
	bin := buildCLI(b)
	dir := b.TempDir()
	if err := scenariotest.WriteSuite(dir, 1000, true); err != nil {
		b.Fatal(err)
	}
	var peak int64
	for b.Loop() {
		peak = max(peak, runProcess(b, exec.Command(bin, "test", dir)))
	}
	reportPeak(b, peak)
}
