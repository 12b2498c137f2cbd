package emulator_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// field reads a dotted path ("notification.code") out of an event.
func field(t *testing.T, event map[string]any, path string) (any, bool) {
	t.Helper()
	var cur any = event
	for _, key := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[key]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func mustMerge(t *testing.T, doc map[string]any) emulator.Payload {
	t.Helper()
	p, err := emulator.DefaultPayload().Merge(doc)
	require.NoError(t, err)
	require.NoError(t, p.Validate())
	return p
}

func TestTheCustomPhoneProviderEventIsDerivedFromTheHookPayload(t *testing.T) {
	t.Parallel()
	voice := mustMerge(t, map[string]any{"context": map[string]any{"message_type": "voice", "action": "second-factor-authentication"}})
	tests := []struct {
		name    string
		payload emulator.Payload
		path    string
		want    any
	}{
		{"an enrollment is otp_enroll", emulator.DefaultPayload(), "notification.message_type", "otp_enroll"},
		{"a second factor is otp_verify", voice, "notification.message_type", "otp_verify"},
		{"sms is delivered as text", emulator.DefaultPayload(), "notification.delivery_method", "text"},
		{"voice is delivered as voice", voice, "notification.delivery_method", "voice"},
		{"as_text is the message text", emulator.DefaultPayload(), "notification.as_text", "Here is your one time password: 999111"},
		{"as_voice is the message text", emulator.DefaultPayload(), "notification.as_voice", "Here is your one time password: 999111"},
		{"the recipient is the payload's", emulator.DefaultPayload(), "notification.recipient", "+18085555555"},
		{"the code is context.code", emulator.DefaultPayload(), "notification.code", "123456"},
		{"the locale is context.language", emulator.DefaultPayload(), "notification.locale", "en"},
		{"the client is context.client", emulator.DefaultPayload(), "client.client_id", "1235"},
		{"the client's metadata is client_metadata", emulator.DefaultPayload(), "client.metadata", map[string]any{}},
		{"the client's name", emulator.DefaultPayload(), "client.name", "Test Application"},
		{"the request ip is context.request.ip", emulator.DefaultPayload(), "request.ip", "2001:db8::1"},
		{"the request method is POST", emulator.DefaultPayload(), "request.method", "POST"},
		{"the request has a hostname", emulator.DefaultPayload(), "request.hostname", "example.us.auth0.com"},
		{"the request language is context.language", emulator.DefaultPayload(), "request.language", "en"},
		{"the request user agent is context.user_agent", emulator.DefaultPayload(), "request.user_agent", "Mozilla/5.0"},
		{"the request has a geoip object", emulator.DefaultPayload(), "request.geoip", map[string]any{}},
		{"the tenant has an id", emulator.DefaultPayload(), "tenant.id", "example"},
		{"the transaction has a correlation id", emulator.DefaultPayload(), "transaction.correlation_id", "hookemu-correlation-id"},
		{"the user is context.user", emulator.DefaultPayload(), "user.user_id", "auth0|test12345"},
		{"the user has created_at", emulator.DefaultPayload(), "user.created_at", "2024-01-15T09:30:00.000Z"},
		{"the user has updated_at", emulator.DefaultPayload(), "user.updated_at", "2024-01-15T09:30:00.000Z"},
		{"the user has email_verified", emulator.DefaultPayload(), "user.email_verified", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := field(t, emulator.ActionEvent(emulator.TriggerCustomPhoneProvider, tt.payload), tt.path)
			require.True(t, ok, "event.%s is missing", tt.path)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAPayloadSetsEveryFieldOfTheCustomPhoneProviderEvent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		path  string
		value any
	}{
		{"notification.message_type", "password_breach"},
		{"notification.message_type", "blocked_account"},
		{"notification.message_type", "change_password"},
		{"notification.delivery_method", "voice"},
		{"notification.as_text", "Your code is 1."},
		{"notification.as_voice", "Your code is one."},
		{"notification.from", "+15550100"},
		{"notification.locale", "en_US"},
		{"notification.recipient", "+6512345678"},
		{"notification.code", "000111"},
		{"client.client_id", "abc"},
		{"client.name", "Shop"},
		{"client.metadata", map[string]any{"tier": "gold"}},
		{"connection.id", "con_1"},
		{"connection.name", "Username-Password-Authentication"},
		{"connection.strategy", "auth0"},
		{"connection.metadata", map[string]any{"k": "v"}},
		{"custom_domain.domain", "login.example.com"},
		{"custom_domain.domain_metadata", map[string]any{"k": "v"}},
		{"organization.id", "org_1"},
		{"organization.name", "acme"},
		{"organization.display_name", "Acme"},
		{"organization.metadata", map[string]any{"k": "v"}},
		{"request.geoip", map[string]any{"countryCode": "SG", "latitude": 1.3}},
		{"request.hostname", "login.example.com"},
		{"request.ip", "203.0.113.9"},
		{"request.language", "fr"},
		{"request.method", "GET"},
		{"request.user_agent", "curl/8"},
		{"tenant.id", "acme"},
		{"tenant.friendly_name", "Acme"},
		{"tenant.home_url", "https://acme.example"},
		{"tenant.logo_url", "https://acme.example/logo.png"},
		{"tenant.support_email", "help@acme.example"},
		{"tenant.support_url", "https://acme.example/help"},
		{"transaction.correlation_id", "c-1"},
		{"user.phone_number", "+6512345678"},
		{"user.phone_verified", true},
		{"user.email_verified", true},
		{"user.identities", []any{map[string]any{"provider": "auth0", "isSocial": false}}},
	}
	for _, tt := range tests {
		t.Run("payload event."+tt.path+" reaches the event", func(t *testing.T) {
			t.Parallel()
			obj, key, _ := strings.Cut(tt.path, ".")
			p := mustMerge(t, map[string]any{"event": map[string]any{obj: map[string]any{key: tt.value}}})
			got, ok := field(t, emulator.ActionEvent(emulator.TriggerCustomPhoneProvider, p), tt.path)
			require.True(t, ok)
			assert.Equal(t, tt.value, got)
		})
	}
}

func TestTheTwoTriggersEventsHaveTheirOwnObjects(t *testing.T) {
	t.Parallel()
	p := mustMerge(t, map[string]any{"event": map[string]any{
		"notification": map[string]any{"from": "+15550100"},
		"organization": map[string]any{"id": "org_1"},
		"connection":   map[string]any{"id": "con_1"},
		"tenant":       map[string]any{"friendly_name": "Acme"},
	}})
	tests := []struct {
		name    string
		trigger string
		path    string
		present bool
	}{
		{"custom-phone-provider has notification", emulator.TriggerCustomPhoneProvider, "notification", true},
		{"custom-phone-provider has no message_options", emulator.TriggerCustomPhoneProvider, "message_options", false},
		{"custom-phone-provider has no configuration", emulator.TriggerCustomPhoneProvider, "configuration", false},
		{"custom-phone-provider has the organization set", emulator.TriggerCustomPhoneProvider, "organization.id", true},
		{"custom-phone-provider has the connection set", emulator.TriggerCustomPhoneProvider, "connection.id", true},
		{"custom-phone-provider leaves from out unless set", emulator.TriggerCustomPhoneProvider, "notification.from", true},
		{"send-phone-message has message_options", emulator.TriggerSendPhoneMessage, "message_options.text", true},
		{"send-phone-message has configuration", emulator.TriggerSendPhoneMessage, "configuration", true},
		{"send-phone-message has no notification", emulator.TriggerSendPhoneMessage, "notification", false},
		{"send-phone-message has no organization", emulator.TriggerSendPhoneMessage, "organization", false},
		{"send-phone-message has no connection", emulator.TriggerSendPhoneMessage, "connection", false},
		{"send-phone-message takes the tenant set", emulator.TriggerSendPhoneMessage, "tenant.friendly_name", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, ok := field(t, emulator.ActionEvent(tt.trigger, p), tt.path)
			assert.Equal(t, tt.present, ok)
		})
	}
	t.Run("optional notification fields are left out by default", func(t *testing.T) {
		t.Parallel()
		_, ok := field(t, emulator.ActionEvent(emulator.TriggerCustomPhoneProvider, emulator.DefaultPayload()), "notification.from")
		assert.False(t, ok)
	})
}

func TestAPayloadEventAuth0NeverSendsIsRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  map[string]any
		want string
	}{
		{"a misspelt object", map[string]any{"event": map[string]any{"notfication": map[string]any{}}}, `event.notfication is not a field of an Action's event Auth0 documents; did you mean "notification"?`},
		{"a misspelt notification field", map[string]any{"event": map[string]any{"notification": map[string]any{"delivery": "voice"}}}, `event.notification.delivery is not a field`},
		{"a misspelt tenant field", map[string]any{"event": map[string]any{"tenant": map[string]any{"friendlyname": "A"}}}, `did you mean "friendly_name"?`},
		{"secrets", map[string]any{"event": map[string]any{"secrets": map[string]any{}}}, "--secrets-file"},
		{"message_options", map[string]any{"event": map[string]any{"message_options": map[string]any{}}}, "come from recipient, text and context"},
		{"an event that is not an object", map[string]any{"event": "x"}, `event is the string "x", not an object`},
		{"an object that is not an object", map[string]any{"event": map[string]any{"tenant": "acme"}}, `event.tenant is the string "acme", not an object`},
		{"a message type Auth0 never sends", map[string]any{"event": map[string]any{"notification": map[string]any{"message_type": "otp"}}}, `event.notification.message_type is "otp"; Auth0 sends only "otp_verify" or "otp_enroll" or "blocked_account" or "change_password" or "password_breach"`},
		{"a delivery method Auth0 never uses", map[string]any{"event": map[string]any{"notification": map[string]any{"delivery_method": "sms"}}}, `Auth0 sends only "text" or "voice"`},
		{"a from that is not text", map[string]any{"event": map[string]any{"notification": map[string]any{"from": 15550100.0}}}, `event.notification.from is the number 1.55501e+07, not a string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := emulator.DefaultPayload().Merge(tt.doc)
			if err == nil {
				err = p.Validate()
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestAPayloadFileSetsTheEventAndKeepsItOutOfTheHookContext(t *testing.T) {
	t.Parallel()
	p, err := emulator.ParsePayload([]byte(`{"event": {"notification": {"message_type": "change_password", "from": "+15550100"}}}`))
	require.NoError(t, err)
	require.NoError(t, p.Validate())
	assert.Equal(t, "change_password", p.Event["notification"].(map[string]any)["message_type"])
	r := runHookWith(t, `module.exports = function (recipient, text, context, cb) { cb(null, {keys: Object.keys(context)}); };`, p)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	var got struct{ Keys []string }
	require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &got))
	assert.Contains(t, got.Keys, "message_type")
	assert.NotContains(t, got.Keys, "event")
	assert.NotContains(t, got.Keys, "notification")
}

func runHookWith(t *testing.T, src string, p emulator.Payload) emulator.Result {
	t.Helper()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.Load("code.js", []byte(src))
	require.NoError(t, err)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: p, Timeout: testLimit})
}

func TestTheHookKnowsItsTrigger(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"a legacy hook is send-phone-message", `module.exports = function (r, t, c, cb) { cb(); };`, emulator.TriggerSendPhoneMessage},
		{"onExecuteSendPhoneMessage is send-phone-message", `exports.onExecuteSendPhoneMessage = async () => {};`, emulator.TriggerSendPhoneMessage},
		{"onExecuteCustomPhoneProvider is custom-phone-provider", `exports.onExecuteCustomPhoneProvider = async () => {};`, emulator.TriggerCustomPhoneProvider},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			hook, err := emulator.New(emulator.Config{}).Load("code.js", []byte(tt.src))
			require.NoError(t, err)
			assert.Equal(t, tt.want, hook.Trigger)
		})
	}
}

func TestTheCustomPhoneProviderHandlerGetsTheEventAndAPI(t *testing.T) {
	t.Parallel()
	p := mustMerge(t, map[string]any{"event": map[string]any{"notification": map[string]any{"from": "+15550100", "message_type": "password_breach"}}})
	r := runHookWith(t, `exports.onExecuteCustomPhoneProvider = async (event, api) => ({
		notification: event.notification, secrets: typeof event.secrets,
		api: Object.keys(api).sort(), cache: Object.keys(api.cache).sort(), notify: Object.keys(api.notification).sort(),
		code: 'code' in event.notification, request: Object.keys(event.request).sort(),
	});`, p)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	got, err := json.Marshal(r.Response)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"notification": {"as_text": "Here is your one time password: 999111", "as_voice": "Here is your one time password: 999111",
			"code": "123456", "delivery_method": "text", "from": "+15550100", "locale": "en", "message_type": "password_breach", "recipient": "+18085555555"},
		"secrets": "object", "api": ["cache", "notification"], "cache": ["delete", "get", "set"], "notify": ["drop", "retry"],
		"code": true, "request": ["geoip", "hostname", "ip", "language", "method", "user_agent"]
	}`, string(got))
}

func TestApiNotificationIsRecordedAndFailsTheMessage(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 1100)
	tests := []struct {
		name     string
		body     string
		outcome  emulator.Outcome
		message  string
		problems []string
	}{
		{"drop fails the message for good", `api.notification.drop('number blocked');`, emulator.OutcomeError,
			`api.notification.drop("number blocked"): Auth0 logs the message as failed and never sends it to the Action again`,
			[]string{`api.notification.drop("number blocked") was called`}},
		{"retry fails the message for a retry", `api.notification.retry();`, emulator.OutcomeError,
			`api.notification.retry(): Auth0 logs the message as failed and sends it to the Action again, up to 5 times over the next minutes`,
			[]string{"api.notification.retry() was called"}},
		{"the last call counts", `api.notification.retry('busy'); api.notification.drop('gone');`, emulator.OutcomeError,
			`api.notification.drop("gone")`,
			[]string{`api.notification.drop("gone") follows api.notification.retry("busy"): Auth0 acts on the last call only`}},
		{"a long reason is cut as Auth0 cuts it", `api.notification.drop('` + long + `');`, emulator.OutcomeError,
			`api.notification.drop("` + strings.Repeat("x", 1024) + `")`,
			[]string{"is 1100 characters; Auth0 keeps the first 1024 in its log"}},
		{"no call leaves a success", `await api.cache.set('k', 'v');`, emulator.OutcomeSuccess, "", nil},
		{"a throw after a call stays a throw", `api.notification.retry('x'); throw new Error('boom');`, emulator.OutcomeError, "boom",
			[]string{`api.notification.retry("x") was called`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHookWith(t, "exports.onExecuteCustomPhoneProvider = async (event, api) => { "+tt.body+" };", emulator.DefaultPayload())
			require.Equal(t, tt.outcome, r.Outcome, "%+v %v", r.Error, r.Problems)
			if tt.message != "" {
				assert.Contains(t, r.Error.Message, tt.message)
			}
			for _, want := range tt.problems {
				assert.True(t, hasProblem(r, want), "no problem %q in %v", want, r.Problems)
			}
		})
	}
}

func TestTheCacheDefaultLifetimeIsTheTriggers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		handler string
		want    time.Duration
	}{
		{"send-phone-message keeps a value 15 minutes", "onExecuteSendPhoneMessage", 15 * time.Minute},
		{"custom-phone-provider keeps a value 24 hours", "onExecuteCustomPhoneProvider", 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			before := time.Now()
			r := runHookWith(t, "exports."+tt.handler+" = async (event, api) => api.cache.set('k', 'v').record.expires_at;", emulator.DefaultPayload())
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
			var ms int64
			require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &ms))
			expires := time.UnixMilli(ms)
			assert.WithinDuration(t, before.Add(tt.want), expires, time.Minute)
		})
	}
}
