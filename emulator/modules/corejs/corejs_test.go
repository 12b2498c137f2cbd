package corejs_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected descriptions are what Node 20's argument errors say.
func TestReceivedDescribesValuesAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"a string", "'x'", "Received type string ('x')"},
		{"a long string is cut", "'abcdefghijklmnopqrstuvwxyz0123456789'", "Received type string ('abcdefghijklmnopqrstuvwxy...')"},
		{"a long string with a quote is quoted after the cut", "'ab\\'cd'.repeat(10)", `Received type string ("ab'cdab'cdab'cdab'cdab'cd...")`},
		{"a long symbol is not cut", "Symbol('abcdefghijklmnopqrstuvwxyz0123')", "Received type symbol (Symbol(abcdefghijklmnopqrstuvwxyz0123))"},
		{"a number", "42", "Received type number (42)"},
		{"NaN", "NaN", "Received type number (NaN)"},
		{"a boolean", "true", "Received type boolean (true)"},
		{"a symbol", "Symbol('s')", "Received type symbol (Symbol(s))"},
		{"null", "null", "Received null"},
		{"undefined", "undefined", "Received undefined"},
		{"a bigint", "10n", "Received type bigint (10n)"},
		{"a named function", "(function foo() {})", "Received function foo"},
		{"a class instance", "new (class Foo {})()", "Received an instance of Foo"},
		{"a plain object", "({a: 1})", "Received an instance of Object"},
		{"a null-prototype object", "Object.create(null)", "Received [Object: null prototype] {}"},
		{"an array", "[1, 2]", "Received an instance of Array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rt := goja.New()
			v, err := rt.RunString(tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, corejs.Received(rt, v))
		})
	}
}

func TestCodedErrorsReadAsNodesInternalErrors(t *testing.T) {
	t.Parallel()
	rt := goja.New()
	require.NoError(t, rt.Set("native", corejs.Bindings(rt, nil)))
	v, err := rt.RunString(`var e = native.codedError('RangeError', 'ERR_OUT_OF_RANGE', 'too big');
		[e instanceof RangeError, e.name, e.code, e.message, String(e), e.stack.split('\n')[0], Object.keys(e).join()].join('|')`)
	require.NoError(t, err)
	assert.Equal(t, "true|RangeError|ERR_OUT_OF_RANGE|too big|RangeError [ERR_OUT_OF_RANGE]: too big|RangeError [ERR_OUT_OF_RANGE]: too big|code", v.String())
}

func TestWarningsReachTheSink(t *testing.T) {
	t.Parallel()
	rt := goja.New()
	var got []string
	require.NoError(t, rt.Set("native", corejs.Bindings(rt, func(m string) { got = append(got, m) })))
	_, err := rt.RunString(`native.warn('careful')`)
	require.NoError(t, err)
	assert.Equal(t, []string{"careful"}, got)
}
