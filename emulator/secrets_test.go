package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

func TestASecretReadButNotSetSuggestsTheOneProvided(t *testing.T) {
	t.Parallel()
	const hook = `module.exports = function (r, t, context, cb) { var k = context.webtask.secrets.API_KEY; cb(null, {}); };`
	tests := []struct {
		name    string
		secrets map[string]string
		origins map[string]string
		want    string
	}{
		{"a difference of case, from a file", map[string]string{"apikey": "k"}, map[string]string{"apikey": ".env"},
			`hook read secret "API_KEY", which is not set; did you mean "apikey" (from .env)?`},
		{"a difference of spelling, origin unknown", map[string]string{"API_KEYS": "k"}, nil,
			`hook read secret "API_KEY", which is not set; did you mean "API_KEYS"?`},
		{"nothing alike says how to set it", map[string]string{"subaccount": "s"}, nil,
			`hook read secret "API_KEY", which is not set: pass it with --secret API_KEY=VALUE or in --secrets-file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, hook, func(in *emulator.Invocation) { in.Secrets, in.SecretOrigins = tt.secrets, tt.origins })
			assert.True(t, hasProblem(r, tt.want), "%v", r.Problems)
		})
	}
}
