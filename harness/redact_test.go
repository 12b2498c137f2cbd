package harness_test

import (
	"encoding/base64"
	"testing"

	"github.com/hookemu/hookemu/harness"
	"github.com/stretchr/testify/assert"
)

func TestRedactorMasksEveryFormOfASecret(t *testing.T) {
	t.Parallel()
	r := harness.NewRedactor(map[string]string{"apikey": "s3cr3t-key", "TOKEN": "tok/en+1", "empty": ""})
	basic := base64.StdEncoding.EncodeToString([]byte("ACuser:s3cr3t-key"))
	tests := []struct{ name, in, want string }{
		{"a plain value", "Bearer s3cr3t-key", "Bearer <secret:apikey>"},
		{"a value inside JSON", `{"k":"s3cr3t-key"}`, `{"k":"<secret:apikey>"}`},
		{"a URL-encoded value", "a=tok%2Fen%2B1", "a=<secret:TOKEN>"},
		{"Basic credentials are decoded and masked", "Authorization: Basic " + basic, "Authorization: Basic ACuser:<secret:apikey>"},
		{"base64 anywhere else is masked too", "x" + base64.StdEncoding.EncodeToString([]byte("ab:s3cr3t-key:cd")), "x" + "YWI6<secret:apikey>"},
		{"text without secrets is untouched", "nothing here", "nothing here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := r.String(tt.in)
			assert.NotContains(t, got, "s3cr3t-key")
			if tt.name != "base64 anywhere else is masked too" {
				assert.Equal(t, tt.want, got)
			} else {
				assert.Contains(t, got, "<secret:apikey>")
			}
		})
	}
}

func TestAnEmptyRedactorChangesNothing(t *testing.T) {
	t.Parallel()
	r := harness.NewRedactor(nil)
	assert.False(t, r.Enabled())
	assert.Equal(t, "abc", r.String("abc"))
}

func TestAShortSecretIsMaskedOnlyWhereItStandsAlone(t *testing.T) {
	t.Parallel()
	r := harness.NewRedactor(map[string]string{"DEBUG": "1"})
	assert.Equal(t, `{"debug":"<secret:DEBUG>","to":"+18085555551"} sms.8x8.com`, r.String(`{"debug":"1","to":"+18085555551"} sms.8x8.com`))
}
