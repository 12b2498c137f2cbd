package harness_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/providers"
)

func fakeSNS(h *harness.Harness) *fakesns.Server {
	return h.Fake(fakesns.Name).(*fakesns.Server)
}

func TestTheSNSHookPublishesTheTextToTheRecipient(t *testing.T) {
	t.Parallel()
	rep, h := runDocumented(t, "sns.js", harness.Config{}, nil, nil)
	require.True(t, rep.OK, "%+v", rep.Error)
	msgs := fakeSNS(h).Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, "+18085555555", msgs[0].PhoneNumber)
	assert.Equal(t, "Here is your one time password: 999111", msgs[0].Text)
	assert.Equal(t, "us-east-1", msgs[0].Region)
	require.Len(t, rep.Requests, 1)
	assert.Equal(t, "sns", rep.Requests[0].Provider)
	assert.NotContains(t, rep.Requests[0].Headers["Authorization"], fakesns.DemoAccessKeyID, "the key id is a secret, masked")
}

func TestTheSNSHookFailsAsSNSAnswersAWrongKey(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		secret string
		value  string
		code   string
	}{
		{"a wrong secret does not match the signature", "AWS_SECRET_ACCESS_KEY", "not-the-secret", "SignatureDoesNotMatch"},
		{"an unknown key id is an invalid token", "AWS_ACCESS_KEY_ID", "AKIAI44QH8DHBEXAMPLE", "InvalidClientTokenId"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			rep, h := runDocumented(t, "sns.js", harness.Config{}, nil, func(s map[string]string) { s[c.secret] = c.value })
			require.False(t, rep.OK)
			require.NotNil(t, rep.Error)
			assert.Equal(t, c.code, rep.Error.Code)
			assert.Equal(t, c.code, rep.Error.Name)
			assert.Empty(t, fakeSNS(h).Messages())
			require.Len(t, rep.Requests, 1, "an authentication error is not retried")
			assert.Equal(t, 403, rep.Requests[0].Status)
		})
	}
}

func TestTheSNSHookFailsWhenSNSIsDown(t *testing.T) {
	t.Parallel()
	cfg := harness.Config{Providers: providers.Configs{
		fakesns.Name: &fakesns.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500}}},
	}}
	rep, _ := runDocumented(t, "sns.js", cfg, nil, nil)
	require.False(t, rep.OK)
	assert.Equal(t, "InternalError", rep.Error.Code)
	assert.Len(t, rep.Requests, 4, "aws-sdk retries a 500 three times before it gives up")
	for _, r := range rep.Requests {
		assert.Equal(t, 500, r.Status)
	}
}
