package harness_test

import (
	"strings"
	"testing"

	"github.com/hookemu/hookemu/harness"
)

// benchSecrets are what a Twilio hook typically gets: an account SID, an
// auth token and a short flag that is masked as a whole word only.
var benchSecrets = map[string]string{
	"TWILIO_ACCOUNT_SID": "AC0123456789abcdef0123456789abcdef",
	"TWILIO_AUTH_TOKEN":  "f00dfeedcafe0123456789abcdef0123",
	"DEBUG":              "1",
}

// benchBody is a 2 KiB request body as a report holds it, with the token
// in it twice; benchClean is the same length without any secret.
var (
	benchBody  = strings.Repeat(`{"To":"+15551234567","Body":"Your code is 123456"},`, 20) + `"AC0123456789abcdef0123456789abcdef" and f00dfeedcafe0123456789abcdef0123`
	benchClean = strings.Repeat(`{"To":"+15551234567","Body":"Your code is 123456"},`, 21)
)

// BenchmarkRedact measures preparing a redactor for a secret set (once
// per run) and masking one string with and without secrets in it.
func BenchmarkRedact(b *testing.B) {
	b.Run("prepare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			harness.NewRedactor(benchSecrets)
		}
	})
	r := harness.NewRedactor(benchSecrets)
	for _, bc := range []struct{ name, in string }{{"string with secrets", benchBody}, {"string without secrets", benchClean}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.in)))
			for b.Loop() {
				r.String(bc.in)
			}
		})
	}
}
