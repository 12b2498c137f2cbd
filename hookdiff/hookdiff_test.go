package hookdiff_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/hookdiff"
	"github.com/hookemu/hookemu/hooks"
)

var demo8x8 = map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount"}

func load(t *testing.T, em *emulator.Emulator, name, code string) *emulator.Hook {
	t.Helper()
	if code == "" {
		src, err := hooks.Source(name)
		require.NoError(t, err)
		code = string(src)
	}
	h, err := em.Load(name, []byte(code))
	require.NoError(t, err)
	return h
}

// the8x8Action sends the guide's request from an Action; edit changes
// one piece of it.
func the8x8Action(edit func(string) string) string {
	code := `exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios@0.19.2');
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
    { encoding: 'AUTO', destination: event.message_options.recipient, text: event.message_options.text },
    { headers: { 'Authorization': 'Bearer ' + event.secrets.apikey, 'Accept': 'application/json', 'Content-Type': 'application/json' } });
};
`
	return edit(code)
}

func TestTheGuidesRequestSentFromAnActionIsTheSameAsTheHooks(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	res := hookdiff.Run(context.Background(), load(t, em, "8x8.js", ""), load(t, em, "action.js", the8x8Action(func(s string) string { return s })),
		hookdiff.Options{Secrets: demo8x8, Emulator: em})
	require.Len(t, res.Cases, 8)
	for _, c := range res.Cases {
		assert.Empty(t, c.Differences, c.Name)
		assert.Len(t, c.Old.Requests, 1, c.Name)
	}
	assert.True(t, res.Same())
	assert.Equal(t, "8x8.js", res.Old)
	assert.Equal(t, "action.js", res.New)
}

func TestDiffCatchesADeliberateChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		edit func(string) string
		what string // a Difference that must be reported in every case
		old  string
		new  string
	}{
		{"a different text",
			func(s string) string {
				return strings.Replace(s, "text: event.message_options.text", "text: 'Your code: ' + event.message_options.code", 1)
			},
			"body .text", `"`, `"Your code: `},
		{"a missing header",
			func(s string) string {
				return strings.Replace(s, "'Authorization': 'Bearer ' + event.secrets.apikey, ", "", 1)
			},
			"header Authorization", "Bearer <secret:apikey>", ""},
		{"another URL",
			func(s string) string { return strings.Replace(s, "sms.8x8.com", "sms.us.8x8.com", 1) },
			"url", "https://sms.8x8.com/", "https://sms.us.8x8.com/"},
		{"a request it no longer sends",
			func(s string) string { return strings.Replace(s, "await axios.post(", "false && axios.post(", 1) },
			"request", "sent", "not sent"},
	}
	em := emulator.New(emulator.Config{})
	hook := load(t, em, "8x8.js", "")
	for _, tt := range tests {
		t.Run(tt.name+" is reported in every case", func(t *testing.T) {
			t.Parallel()
			res := hookdiff.Run(context.Background(), hook, load(t, em, "changed.js", the8x8Action(tt.edit)), hookdiff.Options{Secrets: demo8x8, Emulator: em})
			assert.False(t, res.Same())
			for _, c := range res.Cases {
				d, found := find(c.Differences, tt.what)
				if assert.True(t, found, "%s: %+v", c.Name, c.Differences) {
					assert.Contains(t, d.Old, tt.old)
					assert.Contains(t, d.New, tt.new)
					assert.Equal(t, 1, d.Request)
					assert.Equal(t, "POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages", d.Where)
				}
			}
		})
	}
}

func TestAnOutcomeThatDiffersIsReportedWithBothErrors(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	swallow := the8x8Action(func(s string) string {
		return strings.Replace(s, "'application/json' } });", "'application/json' } }).catch(() => {});", 1)
	})
	res := hookdiff.Run(context.Background(), load(t, em, "8x8.js", ""), load(t, em, "swallow.js", swallow), hookdiff.Options{Secrets: demo8x8, Emulator: em})
	for _, c := range res.Cases {
		if !c.Case.ProviderFails {
			assert.Empty(t, c.Differences, c.Name)
			continue
		}
		require.Len(t, c.Differences, 1, c.Name)
		assert.Equal(t, hookdiff.Difference{What: "outcome", Old: "error: Error: Request failed with status code 500", New: "success"}, c.Differences[0])
	}
}

func find(diffs []hookdiff.Difference, what string) (hookdiff.Difference, bool) {
	for _, d := range diffs {
		if d.What == what {
			return d, true
		}
	}
	return hookdiff.Difference{}, false
}

func TestTheMatrixCoversEveryWayAuth0CallsTheCode(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, c := range hookdiff.Matrix() {
		seen[c.Name()] = true
		p := c.Payload(emulator.Payload{})
		require.NoError(t, p.Validate())
		assert.Contains(t, p.Text, c.Code)
		assert.Equal(t, c.MessageType, p.Context["message_type"])
	}
	for _, want := range []string{
		"sms, enrollment, provider answers", "sms, enrollment, provider fails (500)",
		"sms, second factor, provider answers", "sms, second factor, provider fails (500)",
		"voice, enrollment, provider answers", "voice, enrollment, provider fails (500)",
		"voice, second factor, provider answers", "voice, second factor, provider fails (500)",
	} {
		assert.True(t, seen[want], want)
	}
}

// check and diff make the same calls: an Action in a voice case gets the
// text wording too, as Auth0 gives both whatever the delivery method.
func TestTheMatrixGivesAnActionTheNotificationCheckGivesIt(t *testing.T) {
	t.Parallel()
	for _, c := range hookdiff.Matrix() {
		t.Run(c.Name(), func(t *testing.T) {
			t.Parallel()
			call := emulator.Call{MessageType: c.MessageType, Action: c.Action, Code: c.Code}
			asText, asVoice := call.Texts()
			n, _ := c.Payload(emulator.Payload{}).Event["notification"].(map[string]any)
			require.NotNil(t, n)
			assert.Equal(t, asText, n["as_text"])
			assert.Equal(t, asVoice, n["as_voice"])
			assert.Equal(t, call.DeliveryMethod(), n["delivery_method"])
		})
	}
}
