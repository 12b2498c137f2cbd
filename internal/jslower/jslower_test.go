package jslower_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/jslower"
)

func TestNeededFindsOnlyTheSyntaxGojaLacks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      bool
	}{
		{"an async generator function", "async function* g() {}", true},
		{"an async generator function with a space before the star", "async function *g() {}", true},
		{"an async generator method", "class A { async *items() {} }", true},
		{"an async generator method keyed by a symbol", "({ async *[Symbol.asyncIterator]() {} })", true},
		{"for await", "async () => { for await (const x of y) {} }", true},
		{"an async function is not", "async function f() { await x; }", false},
		{"a generator is not", "function* g() { yield 1; }", false},
		{"async times a number is not", "const y = async * 2;", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, jslower.Needed(tt.src))
		})
	}
}

func TestNeedsExtrasFindsWhatTheRuntimeAddsOnDemand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      bool
	}{
		{"Symbol.asyncIterator", "obj[Symbol.asyncIterator] = f;", true},
		{"Error.captureStackTrace", "Error.captureStackTrace(this, C);", true},
		{"syntax to lower", "async function* g() {}", true},
		{"plain code", "module.exports = async () => 1;", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, jslower.NeedsExtras(tt.src))
		})
	}
}

func TestLowerKeepsWhatGojaRuns(t *testing.T) {
	t.Parallel()
	src := "class A { #p = 1; async m() { await 1; for await (const v of g()) {} } }\nasync function* g() { yield 1; }\nif (x) return;\n"
	out, err := jslower.Lower("a.js", src)
	require.NoError(t, err)
	assert.Contains(t, out, "async m()", "async functions stay as written")
	assert.Contains(t, out, "#p = 1", "private fields stay as written")
	assert.Contains(t, out, "if (x) return;", "a CommonJS top-level return stays")
	assert.NotContains(t, out, "async function*")
	assert.NotContains(t, out, "for await")
	assert.Contains(t, out, "//# sourceMappingURL=data:application/json;base64,")
}

func TestCompileOnlyWhenThereIsSomethingToLower(t *testing.T) {
	t.Parallel()
	prog, se := jslower.Compile("a.js", "module.exports = {;")
	assert.Nil(t, prog, "a plain syntax error is left to goja to report")
	assert.Nil(t, se)
	prog, se = jslower.Compile("a.js", "async function* g() {}\nmodule.exports = {;")
	assert.Nil(t, prog)
	require.NotNil(t, se)
	assert.Equal(t, 2, se.Line)
	prog, se = jslower.Compile("a.js", "async function* g() {}")
	assert.NotNil(t, prog)
	assert.Nil(t, se)
}

func TestInstallRuntimeGivesOneSymbolAsyncIterator(t *testing.T) {
	t.Parallel()
	rt := goja.New()
	jslower.InstallRuntime(rt)
	first := rt.Get("Symbol").ToObject(rt).Get("asyncIterator")
	jslower.InstallRuntime(rt)
	v, err := rt.RunString(`[typeof Symbol.asyncIterator, Symbol.asyncIterator.toString(), Object.getOwnPropertyDescriptor(Symbol, 'asyncIterator').writable]`)
	require.NoError(t, err)
	assert.Equal(t, []any{"symbol", "Symbol(Symbol.asyncIterator)", false}, v.Export())
	assert.True(t, first.StrictEquals(rt.Get("Symbol").ToObject(rt).Get("asyncIterator")), "installing twice keeps the first")
}
