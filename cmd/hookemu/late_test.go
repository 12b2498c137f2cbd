package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunShowsARequestInFlightAtTheEndInTheWordsOfItsKind(t *testing.T) {
	t.Parallel()
	const send = `require('axios').post('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {destination: '+18085555555', text: 'x'}, {headers: {Authorization: 'Bearer k'}}).catch(function () {});`
	tests := []struct {
		name, file, src, marker, problem string
	}{
		{"a hook that calls cb first", "hook.js", `module.exports = function (r, t, c, cb) { ` + send + ` cb(); };`,
			"(after cb was called)", "warning: POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when cb was called"},
		{"an Action that does not await", "action.js", `exports.onExecuteSendPhoneMessage = async () => { ` + send + ` };`,
			"(after the Action returned)", "warning: POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when the Action returned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, "run", writeFile(t, tt.file, tt.src))
			require.Equal(t, 0, code, "stdout: %s\nstderr: %s", stdout, stderr)
			assert.Contains(t, stdout, tt.marker)
			assert.Contains(t, stdout, tt.problem)
			assert.NotContains(t, stdout, "(after the callback)")
		})
	}
}

func TestAnActionsDirThatIsNotThereIsAUsageErrorInEverySubcommand(t *testing.T) {
	t.Parallel()
	action := writeFile(t, "action.js", `exports.onExecuteSendPhoneMessage = async () => {};`)
	for _, args := range [][]string{{"run", action}, {"check", action}, {"test", action}, {"diff", action, action}} {
		t.Run(args[0], func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, append(args, "--actions-dir", "no-such-folder")...)
			assert.Equal(t, 2, code, stderr)
			assert.Contains(t, stderr, "--actions-dir no-such-folder cannot be read")
		})
	}
}

func TestTestSeesARequestInFlightAtCbAsAProblem(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"late.js": "module.exports = function (recipient, text, context, cb) {\n" +
			"  require('axios').post('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {destination: recipient, text: text}).catch(function () {});\n  cb(null, {});\n};\n",
		"late.scenario.yaml": "name: late\nhook: late.js\ntimeout: 1m\nexpect:\n  outcome: success\n  problems: []\ncases:\n  - name: it calls back at once\n",
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitFailed, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
	assert.Contains(t, stdout, "POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when cb was called")
}
