package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// notificationAction returns what it was given, so the result shows the
// event a custom-phone-provider Action got.
const notificationAction = `exports.onExecuteCustomPhoneProvider = async (event) => ({notification: event.notification, tenant: event.tenant});`

func TestThePayloadFlagsSetTheCustomPhoneProviderNotification(t *testing.T) {
	t.Parallel()
	action := writeFile(t, "cpp.js", notificationAction)
	payload := writeFile(t, "payload.json", `{"event": {"notification": {"locale": "fr_CA", "as_voice": "Votre code"}, "tenant": {"friendly_name": "Acme"}}}`)
	tests := []struct {
		name string
		args []string
		path []string
		want any
	}{
		{"--notification-type sets message_type", []string{"--notification-type", "password_breach"}, []string{"notification", "message_type"}, "password_breach"},
		{"--action sets it by default", []string{"--action", "second-factor-authentication"}, []string{"notification", "message_type"}, "otp_verify"},
		{"--from sets from", []string{"--from", "+15550100"}, []string{"notification", "from"}, "+15550100"},
		{"--message-type voice delivers by voice", []string{"--message-type", "voice"}, []string{"notification", "delivery_method"}, "voice"},
		{"--code sets the code", []string{"--code", "246810"}, []string{"notification", "code"}, "246810"},
		{"--recipient sets the recipient", []string{"--recipient", "+6512345678"}, []string{"notification", "recipient"}, "+6512345678"},
		{"--text sets as_text", []string{"--text", "hello"}, []string{"notification", "as_text"}, "hello"},
		{"--language sets the locale", []string{"--language", "de"}, []string{"notification", "locale"}, "de"},
		{"a payload file sets the locale", []string{"--payload", payload}, []string{"notification", "locale"}, "fr_CA"},
		{"a payload file sets as_voice", []string{"--payload", payload}, []string{"notification", "as_voice"}, "Votre code"},
		{"a payload file sets the tenant", []string{"--payload", payload}, []string{"tenant", "friendly_name"}, "Acme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out := runJSON(t, append([]string{action}, tt.args...)...)
			require.Equal(t, 0, code, "%v", out)
			var got any = out["response"]
			for _, key := range tt.path {
				m, ok := got.(map[string]any)
				require.True(t, ok, "%v", out["response"])
				got = m[key]
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestApiNotificationShowsInTheRunResult(t *testing.T) {
	t.Parallel()
	action := writeFile(t, "cpp.js", `exports.onExecuteCustomPhoneProvider = async (event, api) => { api.notification.retry('gateway busy'); };`)
	code, out := runJSON(t, action)
	assert.Equal(t, 1, code)
	assert.Equal(t, "error", out["outcome"])
	msg, err := json.Marshal(out["error"])
	require.NoError(t, err)
	assert.Contains(t, string(msg), `api.notification.retry(\"gateway busy\")`)
	code, stdout, _ := cli(t, "run", action)
	assert.Equal(t, 1, code)
	assert.Contains(t, stdout, `api.notification.retry("gateway busy") was called: Auth0 logs the message as failed`)
}

func TestRunNamesTheMessageAsTheTriggerDoes(t *testing.T) {
	t.Parallel()
	action := writeFile(t, "cpp.js", notificationAction)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a custom-phone-provider Action by its delivery method and message type", []string{"run", action, "--message-type", "voice", "--notification-type", "password_breach"},
			"cpp.js (action, node22) to +18085555555, voice, password_breach\n"},
		{"a hook by its message type and action", []string{"run", "--action", "second-factor-authentication"},
			"8x8.js (hook, node12) to +18085555555, sms, second-factor-authentication\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, stdout, stderr := cli(t, tt.args...)
			assert.Contains(t, stdout, tt.want, stderr)
		})
	}
	_, out := runJSON(t, action)
	assert.Equal(t, "custom-phone-provider", out["trigger"])
}
