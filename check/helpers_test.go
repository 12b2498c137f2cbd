package check

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/internal/jsast"
)

// analyzeSource parses and analyses code, failing the test on a syntax
// error.
func analyzeSource(t *testing.T, code string) *analysis {
	t.Helper()
	f, err := jsast.Parse("hook.js", []byte(code))
	require.NoError(t, err)
	return analyze(f)
}

// testEmulator has the built-in modules and rawhttp.
func testEmulator() *emulator.Emulator {
	return emulator.New(emulator.Config{Grace: checkGrace, Modules: append(emulator.Builtins(), modtest.RawHTTP())})
}

// statuses maps each check's name to its status, for compact asserts.
func statuses(rep Report) map[string]Status {
	out := map[string]Status{}
	for _, c := range rep.Checks {
		out[c.Name] = c.Status
	}
	return out
}
