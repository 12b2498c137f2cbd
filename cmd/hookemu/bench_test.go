package main

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hookemu/hookemu/scenarios/scenariotest"
)

// buildCLI builds the hookemu binary for benchmarks that time whole
// processes, as users start them.
func buildCLI(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "hookemu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkRunJSONProcess is `hookemu run --json` from exec to exit,
// running the embedded 8x8 hook.
func BenchmarkRunJSONProcess(b *testing.B) {
	bin := buildCLI(b)
	for b.Loop() {
		if out, err := exec.Command(bin, "run", "--json").Output(); err != nil {
			b.Fatalf("hookemu run --json: %v\n%s", err, out)
		}
	}
}

// BenchmarkTestProcess1000Files is `hookemu test` on 1,000 scenario files
// of the 8x8 hook, from exec to exit.
func BenchmarkTestProcess1000Files(b *testing.B) {
	bin := buildCLI(b)
	dir := b.TempDir()
	if err := scenariotest.WriteSuite(dir, 1000, true); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if out, err := exec.Command(bin, "test", dir).CombinedOutput(); err != nil {
			b.Fatalf("hookemu test: %v\n%s", err, out)
		}
	}
}
