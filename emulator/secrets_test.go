package emulator_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

func TestASecretReadButNotSetSuggestsTheOneProvided(t *testing.T) {
	t.Parallel()
	const hook = `module.exports = function (r, t, context, cb) { var k = context.webtask.secrets.API_KEY; cb(null, {}); };`
	tests := []struct {
		name    string
		secrets map[string]string
		origins map[string]string
		set     func(string) string
		want    string
	}{
		{"a difference of case, from a file", map[string]string{"apikey": "k"}, map[string]string{"apikey": ".env"}, nil,
			`hook read secret "API_KEY", which is not set; did you mean "apikey" (from .env)?`},
		{"a difference of spelling, origin unknown", map[string]string{"API_KEYS": "k"}, nil, nil,
			`hook read secret "API_KEY", which is not set; did you mean "API_KEYS"?`},
		{"nothing alike says how to set it on the command line", map[string]string{"subaccount": "s"}, nil, nil,
			`hook read secret "API_KEY", which is not set: pass it with --secret API_KEY=VALUE or in --secrets-file`},
		{"nothing alike says how the caller sets it", map[string]string{"subaccount": "s"}, nil,
			func(key string) string { return "add " + key + " to the form" },
			`hook read secret "API_KEY", which is not set: add API_KEY to the form`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, hook, func(in *emulator.Invocation) {
				in.Secrets, in.SecretOrigins, in.SetSecret = tt.secrets, tt.origins, tt.set
			})
			assert.True(t, hasProblem(r, tt.want), "%v", r.Problems)
		})
	}
}

// The secrets object reads the caller's map until the hook changes a
// secret, then its own copy: both paths, and the caller's map is never
// written.
func TestASecretTheHookChangesStaysInItsRun(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) {
		var s = c.webtask.secrets, before = s.apikey;
		if (s.change) { s.apikey = 'changed'; s.added = 'new'; delete s.change; }
		cb(null, {before: before, after: s.apikey, keys: Object.keys(s)}); };`))
	require.NoError(t, err)
	secrets := map[string]string{"apikey": "k", "change": "yes"}
	run := func() string {
		r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: testLimit})
		require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
		return string(r.Response.(json.RawMessage))
	}
	assert.JSONEq(t, `{"before":"k","after":"changed","keys":["added","apikey"]}`, run(), "the hook sees its changes")
	assert.Equal(t, map[string]string{"apikey": "k", "change": "yes"}, secrets, "the caller's map is untouched")
	assert.JSONEq(t, `{"before":"k","after":"changed","keys":["added","apikey"]}`, run(), "the next run starts from the caller's secrets")
	delete(secrets, "change")
	assert.JSONEq(t, `{"before":"k","after":"k","keys":["apikey"]}`, run(), "a run that only reads sees the caller's secrets")
}
