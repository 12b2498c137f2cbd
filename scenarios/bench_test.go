package scenarios_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/hookemu/hookemu/scenarios"
	"github.com/hookemu/hookemu/scenarios/scenariotest"
)

// writeSuite writes n scenario files that run the documented 8x8 hook,
// or, without sendsHTTP, a hook that calls back at once.
func writeSuite(b *testing.B, n int, sendsHTTP bool) string {
	b.Helper()
	dir := b.TempDir()
	if err := scenariotest.WriteSuite(dir, n, sendsHTTP); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkSuiteOf1000Files is what `hookemu test` does with 1,000
// scenario files of the 8x8 hook, less starting the process: find, load,
// compile the hook once, run every scenario on the fakes, check and
// report.
func BenchmarkSuiteOf1000Files(b *testing.B) {
	benchmarkSuite(b, writeSuite(b, 1000, true), 1000)
}

// BenchmarkSuiteOf1000FilesNoHTTP is the same suite with a hook that
// calls back at once and sends nothing: the cost of the scenario
// machinery itself (loading, harnesses, checks, reports) and of a bare
// emulator run.
func BenchmarkSuiteOf1000FilesNoHTTP(b *testing.B) {
	dir := writeSuite(b, 1000, false)
	for i := range 1000 {
		name := filepath.Join(dir, "scenarios", fmt.Sprintf("sms-%04d.yaml", i))
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		data = data[:bytes.Index(data, []byte("  requests:"))]
		if err := os.WriteFile(name, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	benchmarkSuite(b, dir, 1000)
}

func benchmarkSuite(b *testing.B, dir string, n int) {
	b.ReportAllocs()
	for b.Loop() {
		suite, err := scenarios.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		r := &scenarios.Runner{Reporters: []scenarios.Reporter{scenarios.NewTextReporter(io.Discard)}}
		sum, err := r.Run(context.Background(), suite)
		if err != nil || sum.Passed != n {
			b.Fatalf("want %d passed, got %d (%v)", n, sum.Passed, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/scenario")
}

// BenchmarkLoad1000Files is the loading part alone: discovery and YAML.
func BenchmarkLoad1000Files(b *testing.B) {
	dir := writeSuite(b, 1000, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scenarios.Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}
