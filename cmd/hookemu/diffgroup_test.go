package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDiffPrintsIdenticalDifferencesOnce(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "diff", "8x8-action.js", changedAction(t, "text: text }", "text: 'hello' }"), "--secret", "apikey=k1234567", "--secret", "subaccount=acme")
	assert.Equal(t, 1, code, stderr)
	assert.Equal(t, 4, strings.Count(stdout, "      body .text\n"), "a failing provider changes nothing in the request, so each text is shown once:\n%s", stdout)
	assert.Equal(t, 4, strings.Count(stdout, "the same differences as "), stdout)
	assert.Contains(t, stdout, "DIFFERENT  sms, enrollment, provider fails (500)      the same differences as sms, enrollment, provider answers\n")
	assert.Contains(t, stdout, "8 calls: 0 the same, 8 different")
}

func TestDiffWithoutSecretsSaysOnStdoutThatEveryCallFailedAlike(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "my-hook.js", "const axios = require('axios');\nmodule.exports = function (recipient, text, context, cb) {\n"+
		"  axios.post('https://sms.8x8.com/api/v1/subaccounts/' + context.webtask.secrets.subaccount + '/messages', {destination: recipient, text: text},\n"+
		"    {headers: {Authorization: 'Bearer ' + context.webtask.secrets.apikey}}).then(function () { cb(); }).catch(cb);\n};\n")
	code, stdout, stderr := cli(t, "diff", hook, hook)
	assert.Equal(t, 0, code, stdout+stderr)
	assert.Contains(t, stdout, "Every call failed in both, alike (Error: Request failed with status code 401)")
	assert.Contains(t, stdout, "no secrets were given")
}

func TestDiffWarnsPerCallOfARequestLeftInFlight(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "late.js", "module.exports = function (recipient, text, context, cb) {\n"+
		"  require('axios').post('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {destination: recipient, text: text}).catch(function () {});\n  cb();\n};\n")
	code, stdout, stderr := cli(t, "diff", hook, hook)
	assert.Equal(t, 0, code, stdout+stderr)
	assert.Equal(t, 16, strings.Count(stdout, "    warning: late.js: POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when cb was called"), stdout)
}
