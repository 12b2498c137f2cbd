package emulator_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

const (
	placeHook   = "module.exports = function (recipient, text, context, cb) {"
	placeAction = "exports.onExecuteSendPhoneMessage = async (event, api) => {"
)

// Every want below is what Node 20 printed for the same file (message
// in the new wording; the old one is derived for node12), read with
// `node -e` requiring the file and calling its export.
func TestAnErrorIsPlacedWhereNodePlacesIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, runtime, src, wantMessage, wantAt string
	}{
		{"a method call off null on line 3 is on line 3 and names null", "node12",
			placeHook + "\n  var x = 1;\n  null.foo();\n  cb();\n};\n",
			"Cannot read property 'foo' of null", "code.js:3:8"},
		{"the same call on Node 18 is worded the new way", "node18",
			placeHook + "\n  var x = 1;\n  null.foo();\n  cb();\n};\n",
			"Cannot read properties of null (reading 'foo')", "code.js:3:8"},
		{"a method call off null in an Action is on its line", "node22",
			placeAction + "\n  var x = 1;\n  null.foo();\n};\n",
			"Cannot read properties of null (reading 'foo')", "code.js:3:8"},
		{"a property read off undefined in an Action is on its line", "node18",
			placeAction + "\n  const m = event.nothing;\n  m.text;\n};\n",
			"Cannot read properties of undefined (reading 'text')", "code.js:3:5"},
		{"a method call off null on the first line has the file's column", "node12",
			placeHook + " null.foo(); };\n",
			"Cannot read property 'foo' of null", "code.js:1:65"},
		{"a property read on the first line has the file's column", "node16",
			placeHook + " var u; u.bar; };\n",
			"Cannot read properties of undefined (reading 'bar')", "code.js:1:69"},
		{"a read after a multi-line comment keeps its line", "node12",
			"/*\n * Sends the code.\n * Two lines of comment.\n */\n" + placeHook + "\n  var u;\n  u.bar;\n  cb();\n};\n",
			"Cannot read property 'bar' of undefined", "code.js:7:5"},
		{"a method call inside a nested function is placed in it", "node18",
			placeHook + "\n  function inner(o) {\n    return o.deep.send();\n  }\n  inner({});\n};\n",
			"Cannot read properties of undefined (reading 'send')", "inner (code.js:3:19)"},
		{"a method call off undefined with arguments on two lines is at its name", "node12",
			placeHook + "\n  var x;\n  x.foo(1,\n    2);\n};\n",
			"Cannot read property 'foo' of undefined", "code.js:3:5"},
		{"a bracket call off null is at its bracket", "node22",
			placeHook + "\n  null[\"foo\"]();\n};\n",
			"Cannot read properties of null (reading 'foo')", "code.js:2:7"},
		{"a call whose name is on the next line is placed on that line", "node18",
			placeHook + "\n  var o = {};\n  o.a\n    .b();\n};\n",
			"Cannot read properties of undefined (reading 'b')", "code.js:4:6"},
		{"a property read off null names null", "node12",
			placeHook + "\n  null.foo;\n};\n",
			"Cannot read property 'foo' of null", "code.js:2:8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runSource(t, tt.runtime, tt.src)
			require.NotNil(t, r.Error, "outcome %s", r.Outcome)
			assert.Equal(t, "TypeError", r.Error.Name)
			assert.Equal(t, tt.wantMessage, r.Error.Message)
			assert.Contains(t, r.Error.Stack, "TypeError: "+tt.wantMessage+"\n\tat "+tt.wantAt+"\n")
		})
	}
}

func TestAThrowOnTheFirstLineHasTheFilesColumn(t *testing.T) {
	t.Parallel()
	r := runSource(t, "node12", placeHook+` throw new Error("x"); };`+"\n")
	require.NotNil(t, r.Error)
	assert.Contains(t, r.Error.Stack, "Error: x\n\tat code.js:1:66\n")
}

// runSource runs a whole file on runtime.
func runSource(t *testing.T, runtime, src string) emulator.Result {
	t.Helper()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.LoadWith(context.Background(), "code.js", []byte(src), emulator.LoadOptions{Runtime: runtime})
	require.NoError(t, err)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
}
