package check_test

import (
	"context"
	"testing"

	"github.com/hookemu/hookemu/check"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const awaitingAction = `exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios');
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
    {destination: event.message_options.recipient, text: event.message_options.text, encoding: 'AUTO'},
    {headers: {Authorization: 'Bearer ' + event.secrets.apikey}});
};`

func runAction(t *testing.T, src string) check.Report {
	t.Helper()
	return check.Run(context.Background(), check.Options{Name: "action.js", Source: []byte(src),
		Secrets: map[string]string{"apikey": "key-1", "subaccount": "acme"}})
}

func TestAnActionThatAwaitsItsRequestPassesEveryCheck(t *testing.T) {
	t.Parallel()
	rep := runAction(t, awaitingAction)
	assert.True(t, rep.OK, "%+v", rep.Checks)
	c, ok := rep.Find("awaits its requests")
	require.True(t, ok)
	assert.Equal(t, check.Pass, c.Status)
}

func TestAnActionThatDoesNotAwaitItsRequestFails(t *testing.T) {
	t.Parallel()
	rep := runAction(t, `exports.onExecuteSendPhoneMessage = async (event, api) => {
  require('axios').post('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {destination: event.message_options.recipient, text: 'x'},
    {headers: {Authorization: 'Bearer ' + event.secrets.apikey}}).catch(() => {});
  return event.secrets.subaccount;
};`)
	assert.False(t, rep.OK)
	c, ok := rep.Find("awaits its requests")
	require.True(t, ok)
	assert.Equal(t, check.Fail, c.Status)
	assert.Contains(t, c.Fix, "await the request")
}

func TestAnActionThatUsesForAwaitIsCheckedAsItRuns(t *testing.T) {
	t.Parallel()
	rep := runAction(t, `exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios');
  async function* parts() { yield event.message_options.text; }
  let text = '';
  for await (const p of parts()) text += p;
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
    {destination: event.message_options.recipient, text, encoding: 'AUTO'},
    {headers: {Authorization: 'Bearer ' + event.secrets.apikey}});
};`)
	assert.True(t, rep.OK, "%+v", rep.Checks)
	parses, ok := rep.Find("parses")
	require.True(t, ok)
	assert.Equal(t, "parses (9 lines)", parses.Message, "the code as written is counted, not its rewritten form")
	secret, ok := rep.Find("secret apikey")
	require.True(t, ok)
	assert.Equal(t, check.Pass, secret.Status, "the static checks read the rewritten code")
	assert.Zero(t, secret.Line, "whose lines are not the user's")
	assert.Contains(t, rep.Notes, "the code uses for await or async generators, which hookemu rewrites before it runs them (goja lacks them); "+
		"the static checks read the rewritten code, so they name no lines")
}

func TestASyntaxErrorBesideForAwaitIsStillOne(t *testing.T) {
	t.Parallel()
	rep := runAction(t, "exports.onExecuteSendPhoneMessage = async (event) => {\n  for await (const p of [1]) {}\n  const = 1;\n};\n")
	assert.False(t, rep.OK)
	parses, ok := rep.Find("parses")
	require.True(t, ok)
	assert.Equal(t, check.Fail, parses.Status)
	assert.Equal(t, 3, parses.Line, "where the error is, not where goja stopped at for await")
}
