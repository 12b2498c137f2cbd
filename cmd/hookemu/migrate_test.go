package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMigratePrintsTheActionAndSaysHowToCheckIt(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "migrate", "8x8.js")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "exports.onExecuteSendPhoneMessage = async (event, api) => {")
	assert.Contains(t, stdout, `require("axios@0.19.2")`)
	assert.Contains(t, stdout, "await instance({")
	assert.Contains(t, stderr, "8x8.js:9: note: axios pinned to 0.19.2")
	assert.Contains(t, stderr, "hookemu diff 8x8.js 8x8.action.js")
}

func TestMigrateWritesAnActionThatDiffFindsTheSameAsTheHook(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "twilio.action.js")
	code, stdout, stderr := cli(t, "migrate", "twilio-sms.js", "-o", out)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout, "the Action goes to the file")
	assert.Contains(t, stderr, "wrote "+out)
	written, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(written), "await client.messages")

	code, stdout, stderr = cli(t, "diff", "twilio-sms.js", out)
	assert.Equal(t, 0, code, stdout+stderr)
	assert.Contains(t, stdout, "8 calls: the same requests and outcome in every one")
	assert.Contains(t, stderr, "demo secrets of twilio-sms.js")
}

func TestMigrateListsWhatItLeftAsItWasOnStderr(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "emitter.js", "module.exports = function (recipient, text, context, cb) {\n"+
		"  const ee = new (require('events'))();\n  ee.on('done', () => cb(null, {}));\n  process.env.LAST = recipient;\n  cb(null, {});\n};\n")
	code, stdout, stderr := cli(t, "migrate", hook)
	require.Equal(t, 0, code, "the Action is written even so: %s", stderr)
	assert.Contains(t, stdout, "  // hookemu: cb is called in an event listener")
	assert.Contains(t, stderr, "emitter.js:3: TODO: cb is called in an event listener")
	assert.Contains(t, stderr, "emitter.js:4: TODO: an Action's process.env is shared")
	assert.Contains(t, stderr, "2 place(s) left as they were need a change by hand")
}

func TestMigrateRefusesWhatItCannotMigrateWithExit2(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", "module.exports = function (r, t, c, cb) { cb(); };\n")
	tests := []struct {
		name string
		args []string
		says string
	}{
		{"no file", []string{"migrate"}, "migrate takes one hook file"},
		{"a file that does not exist", []string{"migrate", "nope.js"}, "does not exist"},
		{"a hook with a syntax error", []string{"migrate", writeFile(t, "bad.js", "module.exports = function (r, t, c, cb) {\n")}, "SyntaxError"},
		{"an Action", []string{"migrate", "8x8-action.js"}, "already an Action"},
		{"an output that would overwrite the hook", []string{"migrate", hook, "-o", hook}, "would overwrite the hook"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" exits 2", func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, tt.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, stdout)
			assertSays(t, stderr, tt.says)
		})
	}
}

func TestMigrateExits1WhenTheActionWouldNotLoad(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "picky.js", "module.exports = function (r, t, c, cb) { cb(null, {}); };\n"+
		"if (typeof module.exports !== 'function') throw new Error('not a hook');\n")
	code, stdout, stderr := cli(t, "migrate", hook)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout, "nothing that cannot load is printed")
	assertSays(t, stderr, "does not load")
}

func TestMigrateExits1WhenTheActionDoesNotRunYetAndStillWritesIt(t *testing.T) {
	t.Parallel()
	hookPath := writeFile(t, "hook.js", "module.exports = function (recipient, text, context, cb) {\n  var c = eval('context');\n  cb(null, {lang: c.language});\n};\n")
	out := filepath.Join(t.TempDir(), "action.js")
	code, stdout, stderr := cli(t, "migrate", hookPath, "-o", out)
	assert.Equal(t, 1, code, "stdout: %s\nstderr: %s", stdout, stderr)
	written, err := os.ReadFile(out)
	require.NoError(t, err, "the Action is written all the same")
	assert.Contains(t, string(written), "exports.onExecuteSendPhoneMessage")
	assert.Contains(t, stderr, "hookemu: wrote "+out)
	assert.Contains(t, stderr, "does not run as an Action yet")
	assert.Contains(t, stderr, "ReferenceError: context is not defined")
}
