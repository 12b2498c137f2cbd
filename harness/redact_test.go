package harness_test

import (
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/harness"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		{"text without secrets is untouched", "nothing here", "nothing here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, r.String(tt.in))
		})
	}
}

// TestRedactorMasksEachEncodingJSProduces writes each secret the way
// some JS (or Go) encoder does and expects it masked, whatever surrounds
// it.
func TestRedactorMasksEachEncodingJSProduces(t *testing.T) {
	t.Parallel()
	b64 := base64.StdEncoding.EncodeToString
	b64url := base64.RawURLEncoding.EncodeToString
	tests := []struct{ name, secret, form string }{
		{"JSON.stringify of a secret with a quote", `ab"cd<ef`, `ab\"cd<ef`},
		{"Go's JSON with HTML escaping", `ab"cd<ef`, `ab\"cd\u003cef`},
		{"JSON escaped twice, as a logged JSON.stringify inside a JSON report", `ab"cd<ef`, `ab\\\"cd<ef`},
		{"JSON escaped twice by Go", `ab"cd<ef`, `ab\\\"cd\\u003cef`},
		{"JSON with every non-ASCII character escaped", "päss-wörd", `p\u00e4ss-w\u00f6rd`},
		{"JSON with escaped slashes", "ab/cd/ef", `ab\/cd\/ef`},
		{"JSON with a newline escaped", "line1\nline2", `line1\nline2`},
		{"JSON with a control character as \\u00xx", "ab\x01cdef", `ab\u0001cdef`},
		{"encodeURIComponent", "pa$$w0rd!2024", "pa%24%24w0rd!2024"},
		{"encodeURIComponent with lower-case hex", "a<b>c d/", "a%3cb%3ec%20d%2f"},
		{"URLSearchParams", "tilde~and space", "tilde%7Eand+space"},
		{"Go's QueryEscape", "pa$$w0rd!2024", url.QueryEscape("pa$$w0rd!2024")},
		{"Go's PathEscape", "a b/c:d@e", url.PathEscape("a b/c:d@e")},
		{"encodeURI", "a b/c?d#e", "a%20b/c?d#e"},
		{"escape()", "päss wörd", "p%E4ss%20w%F6rd"},
		{"escape() with lower-case hex", "pass €uro", "pass%20%u20acuro"},
		{"axios params", "a:b$c,d e[f]", "a:b$c,d+e[f]"},
		{"URL-encoded JSON.stringify", `ab"cd<ef`, "ab%5C%22cd%3Cef"},
		{"base64, padded", "secret-value1", b64([]byte("secret-value1"))},
		{"base64url, unpadded", "??>>??~~sec", b64url([]byte("??>>??~~sec"))},
		{"base64 at offset 1 of a longer text", "s3cr3t-key", b64([]byte("u:s3cr3t-key:x"))},
		{"base64 at offset 2 of a longer text", "s3cr3t-key", b64([]byte("us:s3cr3t-key:x"))},
		{"base64url at offset 1 of a longer text", "??>>??~~sec", b64url([]byte("u:??>>??~~sec"))},
		{"base64 of JSON.stringify", `ab"cd<ef`, b64([]byte(`{"p":"ab\"cd<ef"}`))},
		{"hex, lower case", "s3cr3t-key", hex.EncodeToString([]byte("s3cr3t-key"))},
		{"hex, upper case", "s3cr3t-key", strings.ToUpper(hex.EncodeToString([]byte("s3cr3t-key")))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := harness.NewRedactor(map[string]string{"pw": tt.secret})
			got := r.String("before " + tt.form + " after")
			assert.NotContains(t, got, tt.form)
			assert.NotContains(t, got, tt.secret)
			assert.Contains(t, got, "<secret:pw>")
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
	r := harness.NewRedactor(map[string]string{"DEBUG": "1", "REGION": "a b"})
	require.True(t, r.Enabled())
	assert.Equal(t, `{"debug":"<secret:DEBUG>","to":"+18085555551"} sms.8x8.com`, r.String(`{"debug":"1","to":"+18085555551"} sms.8x8.com`))
	assert.Equal(t, "region=<secret:REGION>&x=a+bc", r.String("region=a+b&x=a+bc"), "URL-encoded, standing alone")
	assert.Equal(t, "YSBi", r.String("YSBi"), "never in base64, where short runs occur by chance")
}

func TestTheLongestSecretWinsWhereSecretsOverlap(t *testing.T) {
	t.Parallel()
	r := harness.NewRedactor(map[string]string{"A": "abcdef", "B": "abcdefgh"})
	assert.Equal(t, "<secret:B> <secret:A>", r.String("abcdefgh abcdef"))
}
