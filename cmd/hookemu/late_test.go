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
