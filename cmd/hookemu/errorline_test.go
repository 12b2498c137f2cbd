package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPlacesAMethodCallOffNullOnItsLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, runtime, wantMessage, wantAt string
	}{
		{"a Hook on Node 12", "module.exports = function (recipient, text, context, cb) {\n  var x = 1;\n  null.foo();\n  cb();\n};\n",
			"node12", "Cannot read property 'foo' of null", "bad.js:3:8"},
		{"an Action on Node 18", "exports.onExecuteSendPhoneMessage = async (event, api) => {\n  var x = 1;\n  null.foo();\n};\n",
			"node18", "Cannot read properties of null (reading 'foo')", "bad.js:3:8"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" prints Node's message and line in the JSON and for people", func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, "bad.js", tt.src)
			_, out := runJSON(t, "--runtime", tt.runtime, path)
			errInfo, ok := out["error"].(map[string]any)
			require.True(t, ok, "error: %v", out["error"])
			assert.Equal(t, tt.wantMessage, errInfo["message"])
			assert.Equal(t, "TypeError: "+tt.wantMessage+"\n\tat "+tt.wantAt+"\n", errInfo["stack"])
			_, stdout, _ := cli(t, "run", "--runtime", tt.runtime, path)
			assert.Contains(t, stdout, tt.wantMessage+"\n    at "+tt.wantAt+"\n")
		})
	}
}
