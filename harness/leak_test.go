package harness_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leakEverywhere puts the secret in every part of a report: a header's
// name and value, the URL, the body, the logs (JSON.stringify of the
// context), the response passed to cb and an error thrown later.
const leakEverywhere = `module.exports = function (recipient, text, context, cb) {
	var pw = context.webtask.secrets.pw, headers = {'Content-Type': 'application/json'};
	headers['X-' + Buffer.from(pw).toString('hex')] = Buffer.from(pw).toString('base64url');
	console.log(JSON.stringify(context));
	console.log(encodeURIComponent(pw), new URLSearchParams({pw: pw}).toString(), escape(pw));
	require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages?pw=' + encodeURIComponent(pw),
		headers: headers, body: JSON.stringify({destination: recipient, text: pw})})
	.then(function () { cb(null, {pw: pw, nested: JSON.stringify({pw: pw})}); });
};`

func TestASecretWithQuotesAndAngleBracketsNeverShowsInTheReport(t *testing.T) {
	t.Parallel()
	const secret = `ab"cd<ef~pa$$w0rd!`
	rep := run(t, leakEverywhere, map[string]string{"pw": secret})
	require.True(t, rep.OK, "%+v", rep.Error)
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.Contains(t, string(out), `\u003csecret:pw\u003e`)
	for _, leak := range []string{"pa$$w0rd", "pa%24%24w0rd", "w0rd", "7061242477307264", "cGEkJHcwcmQh"} {
		assert.NotContains(t, string(out), leak)
	}
}
