package check

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

func TestTheRuntimeDecidesWhichGlobalsCheckTakesAsDeclared(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		runtime    runtimes.Runtime
		code       string
		undeclared []string
	}{
		{"fetch is undeclared on Node 12", runtimes.Node12, `fetch('x');`, []string{"fetch"}},
		{"fetch is declared on Node 18", runtimes.Node18, `fetch('x');`, nil},
		{"atob is undeclared on Node 12", runtimes.Node12, `atob('eA==');`, []string{"atob"}},
		{"atob is declared on Node 16", runtimes.Node16, `atob('eA==');`, nil},
		{"crypto is undeclared on Node 18, where it sat behind a flag", runtimes.Node18, `crypto.randomUUID();`, []string{"crypto"}},
		{"navigator and WebSocket are declared on Node 22", runtimes.Node22, `navigator.userAgent; WebSocket;`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			reads, _ := undefinedIn(t, tt.code, profileOn(emulator.KindHook, tt.runtime))
			assert.Equal(t, tt.undeclared, reads)
		})
	}
}

func TestEveryGlobalOfARunIsDeclaredForCheck(t *testing.T) {
	t.Parallel()
	for _, r := range runtimes.All() {
		prof := profileOn(emulator.KindAction, r)
		for _, name := range emulator.Globals(r) {
			assert.True(t, prof.globals[name], "%s on %s", name, r.Name)
		}
	}
}

func TestCheckRunsTheCodeOnTheRuntimeItIsGiven(t *testing.T) {
	t.Parallel()
	code := []byte("module.exports = function (recipient, text, context, cb) {\n  fetch('https://example.com/');\n  cb();\n};\n")
	tests := []struct {
		name, runtime string
		want          Status
		fix           string
	}{
		{"a hook on the default Node 12 that calls fetch fails, naming the runtime that has it", "", Fail, "Node 18 and later have it (--runtime node18"},
		{"the same hook on node18 declares fetch", "node18", Pass, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := Run(context.Background(), Options{Source: code, Emulator: testEmulator(), Runtime: tt.runtime})
			var found *Check
			for i, c := range rep.Checks {
				if c.Name == "identifiers" || c.Name == "undefined fetch" {
					found = &rep.Checks[i]
				}
			}
			require.NotNil(t, found, "%+v", rep.Checks)
			assert.Equal(t, tt.want, found.Status, "%+v", found)
			assert.Contains(t, found.Fix, tt.fix)
		})
	}
}
