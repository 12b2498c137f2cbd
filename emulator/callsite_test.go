package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// Node 20's message and place (node -e, the same file) for calling what
// is not a function, line 3 of a hook whose line 2 declares
// client = {messages: {}}, x, a = [1] and k = 'z'.
func TestCallingWhatIsNotAFunctionIsWordedAndPlacedAsNodeDoes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, message, place string
	}{
		{"a method the SDK does not have", "client.messages.creat({to: 1})", "client.messages.creat is not a function", "3:19"},
		{"a variable holding undefined", "x(1)", "x is not a function", "3:3"},
		{"an element holding a number", "a[0]()", "a[0] is not a function", "3:7"},
		{"a property named by a variable", "a[k]()", "a[k] is not a function", "3:7"},
		{"a string key is printed with a dot", "client['messages'].send()", "client.messages.send is not a function", "3:22"},
		{"the first call of a chain fails", "client.messages.list().then()", "client.messages.list is not a function", "3:19"},
		{"a call's result is printed as (...)", "String(1).foo()", "String(...).foo is not a function", "3:13"},
		{"a string literal", `"a".zz()`, `"a".zz is not a function`, "3:7"},
		{"null", "null()", "null is not a function", "3:7"},
		{"a key that is no identifier stays at the call", "a['x-y']()", "a.x-y is not a function", "3:11"},
		{"a required module's missing function", "require('os').nothing()", "require(...).nothing is not a function", "3:17"},
		{"a fractional index", "a[1.5]()", "a[1.5] is not a function", "3:9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src := "module.exports = function (recipient, text, context, cb) {\n" +
				"  const client = {messages: {}}; let x; const a = [1]; const k = 'z';\n  " + tt.code + ";\n};\n"
			r := runSource(t, "node18", src)
			require.Equal(t, emulator.OutcomeException, r.Outcome)
			assert.Equal(t, "TypeError", r.Error.Name)
			assert.Equal(t, tt.message, r.Error.Message)
			assert.Contains(t, r.Error.Stack, "TypeError: "+tt.message+"\n\tat code.js:"+tt.place+"\n")
		})
	}
}

func TestACallFailureOnTheHooksFirstLineIsPlacedInTheUsersColumns(t *testing.T) {
	t.Parallel()
	r := runSource(t, "node12", `module.exports = function (r, t, c, cb) { const o = {}; o.send(); };`)
	require.Equal(t, emulator.OutcomeException, r.Outcome)
	assert.Equal(t, "o.send is not a function", r.Error.Message)
	assert.Contains(t, r.Error.Stack, "at code.js:1:59", "Node's column")
}

// A callee whose printing by Node is not known, and a built-in that
// throws goja's words itself, keep goja's words rather than a guess.
func TestWhatIsNoKnownCallFailureKeepsGojasWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, message string
	}{
		{"a sequence as callee", "let x;\n  (1, x)();", "Value is not an object: undefined"},
		{"a built-in's own failure is not the call's", "Reflect.get(1, 'x');", "Value is not an object: 1"},
		{"new on undefined (goja shows no frame of a native constructor)", "let x;\n  new x();", "Value is not an object: undefined"},
		{"a native constructor's own failure", "new Map(['a', 'b']);", "Value is not an object: a"},
		{"the hook's own TypeError of a call failure's message", "try { ({}).creat(); } catch (e) { throw new TypeError(e.message); }", "Object has no member 'creat'"},
		{"a hexadecimal callee V8 prints as its value", "(0x10)();", "Value is not an object: 16"},
		{"an index V8 prints as its value", "const a = [];\n  a[1.50]();", "Object has no member '1.5'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runSource(t, "node22", "module.exports = function (r, t, c, cb) {\n  "+tt.code+"\n};\n")
			require.Equal(t, emulator.OutcomeException, r.Outcome)
			assert.Equal(t, tt.message, r.Error.Message)
		})
	}
}
