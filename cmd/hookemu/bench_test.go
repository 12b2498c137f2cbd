package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkRunJSONProcess is `hookemu run --json` as a user starts it:
// a whole process, from exec to exit, running the embedded 8x8 hook.
func BenchmarkRunJSONProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "hookemu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for b.Loop() {
		if out, err := exec.Command(bin, "run", "--json").Output(); err != nil {
			b.Fatalf("hookemu run --json: %v\n%s", err, out)
		}
	}
}
