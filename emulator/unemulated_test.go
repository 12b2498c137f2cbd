package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// Node's answers, from node 20: typeof and Object.prototype.toString of
// each ECMAScript global goja lacks.
func TestECMAScriptGlobalsGojaLacksExistAsInNode(t *testing.T) {
	t.Parallel()
	probe := `['Intl', 'WebAssembly', 'Atomics', 'SharedArrayBuffer', 'WeakRef', 'FinalizationRegistry']` +
		`.map(function (n) { return n + ' ' + typeof globalThis[n] + ' ' + (typeof globalThis[n] === 'object' ? Object.prototype.toString.call(globalThis[n]) : ''); })`
	tests := []struct {
		name, runtime string
		want          string
	}{
		{"Node 12 has all but WeakRef and FinalizationRegistry", "node12",
			`["Intl object [object Intl]","WebAssembly object [object WebAssembly]","Atomics object [object Atomics]","SharedArrayBuffer function ","WeakRef undefined ","FinalizationRegistry undefined "]`},
		{"Node 16 has them all", "node16",
			`["Intl object [object Intl]","WebAssembly object [object WebAssembly]","Atomics object [object Atomics]","SharedArrayBuffer function ","WeakRef function ","FinalizationRegistry function "]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, answer(t, tt.runtime, false, probe))
		})
	}
}

func TestUsingAGlobalHookemuDoesNotEmulateSaysSo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, runtime, code, want string
	}{
		{"reading a member of Intl", "node12", `new Intl.NumberFormat('en-US').format(1);`,
			"hookemu does not emulate Intl (Node 12 has it): format numbers and dates without Intl"},
		{"reading a member of WebAssembly", "node18", `WebAssembly.compile;`, "hookemu does not emulate WebAssembly (Node 18 has it)"},
		{"testing for a member of Intl", "node22", `'NumberFormat' in Intl;`, "hookemu does not emulate Intl (Node 22 has it)"},
		{"calling Atomics", "node16", `Atomics.add(new Int32Array(1), 0, 1);`, "hookemu does not emulate Atomics (Node 16 has it)"},
		{"constructing a SharedArrayBuffer", "node12", `new SharedArrayBuffer(8);`, "hookemu does not emulate SharedArrayBuffer (Node 12 has it)"},
		{"constructing a WeakRef", "node16", `new WeakRef({});`, "hookemu does not emulate WeakRef (Node 16 has it)"},
		{"constructing a FinalizationRegistry", "node22", `new FinalizationRegistry(function () {});`, "hookemu does not emulate FinalizationRegistry (Node 22 has it)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runOn(t, tt.runtime, false, tt.code+" cb(null, 'ran on');")
			require.Equal(t, emulator.OutcomeException, r.Outcome)
			require.NotNil(t, r.Error)
			assert.Contains(t, r.Error.Message, tt.want)
			assert.Equal(t, "ERR_HOOKEMU_UNSUPPORTED", r.Error.Code, "coded, so check tells hookemu's limit from the hook's bug")
		})
	}
}

func TestCodeThatTestsForAnUnemulatedGlobalKeepsRunning(t *testing.T) {
	t.Parallel()
	assert.Equal(t, `["object",true,"[object Intl]","{\"i\":{}}",[],false]`, answer(t, "node18", false,
		`[typeof Intl, typeof Intl !== 'undefined', String(Intl), JSON.stringify({i: Intl}), Object.keys(Intl),
		  Object.getOwnPropertyDescriptor(Intl, Symbol.toStringTag).enumerable]`))
}

func TestUnemulatedListsEveryGlobalThatThrowsTheLimitError(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Intl", "WebAssembly", "Atomics", "SharedArrayBuffer", "WeakRef", "FinalizationRegistry", "Blob", "File", "CustomEvent", "WebSocket"} {
		hint, ok := emulator.Unemulated(name)
		assert.True(t, ok, name)
		assert.NotEmpty(t, hint, name)
	}
	_, ok := emulator.Unemulated("fetch")
	assert.False(t, ok, "fetch is emulated")
}
