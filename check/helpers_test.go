package check

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/axios"
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

// rawHTTP is a minimal module for the dynamic tests: send() straight
// through the harness's transport, with no library in between.
var rawHTTP = modules.Module{Name: "rawhttp", Load: func(h modules.Host, _ string) (goja.Value, error) {
	obj := h.Runtime().NewObject()
	_ = obj.Set("send", modules.SendFunc(h))
	return obj, nil
}}

// testEmulator has the built-in modules, rawhttp, and axios for the
// documented 8x8 hook (added here until emulator.Builtins registers it).
func testEmulator() *emulator.Emulator {
	mods := append(emulator.Builtins(), rawHTTP)
	if _, ok := emulator.New(emulator.Config{}).Module(axios.Name); !ok {
		mods = append(mods, axios.Module())
	}
	return emulator.New(emulator.Config{Grace: checkGrace, Modules: mods})
}

// statuses maps each check's name to its status, for compact asserts.
func statuses(rep Report) map[string]Status {
	out := map[string]Status{}
	for _, c := range rep.Checks {
		out[c.Name] = c.Status
	}
	return out
}
