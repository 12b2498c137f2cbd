package check_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/stubs"
)

// gatewayAction sends the code through a gateway of the tenant's own.
const gatewayAction = `exports.onExecuteSendPhoneMessage = async (event, api) => {
  await require('axios').post('https://otp.example.com/send', {to: event.message_options.recipient, text: event.message_options.text});
};`

func TestCheckRunsAgainstStubsAndSaysTheyCheckNothing(t *testing.T) {
	t.Parallel()
	parsed, err := stubs.Parse([]byte("otp.example.com: [{method: POST, path: /send, json: {queued: true}}]"), stubs.Options{})
	require.NoError(t, err)
	set, err := stubs.NewSet(parsed...)
	require.NoError(t, err)
	rep := check.Run(context.Background(), check.Options{Name: "gateway.js", Source: []byte(gatewayAction), Stubs: set})
	c, ok := rep.Find("reaches a provider")
	require.True(t, ok)
	assert.Equal(t, check.Fail, c.Status)
	assert.Contains(t, c.Message, "went to otp.example.com, which only stubs answer")
	rep = check.Run(context.Background(), check.Options{Name: "gateway.js", Source: []byte(gatewayAction)})
	c, _ = rep.Find("reaches a provider")
	assert.Contains(t, c.Message, "which no fake serves", "without stubs the host is blocked")
}
