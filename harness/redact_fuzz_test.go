package harness_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hookemu/hookemu/harness"
)

// FuzzRedactorNeverShowsASecret embeds a fuzzed secret, in each encoding
// the README promises, in fuzzed text, and looks for that encoding in
// what the redactor leaves between its <secret:NAME> markers. Secrets
// shorter than 6 characters are masked as whole words only, so they are
// not fuzzed here; secrets are valid UTF-8, as every JS string's text is.
func FuzzRedactorNeverShowsASecret(f *testing.F) {
	for _, seed := range []struct{ secret, before, after string }{
		{"s3cr3t-key", "Bearer ", ""},
		{`ab"cd<ef`, `{"p":"`, `"}`},
		{"pa$$w0rd!2024", "?password=", "&x=1"},
		{"tilde~and space", "a=", "+b"},
		{"päss wörd €", "u:", ":"},
		{"??>>??~~", "Basic ", "=="},
		{"line1\nline2\t\x01", "", ""},
		{"AC0123456789abcdef0123456789abcdef", "/Accounts/", "/Messages.json"},
	} {
		f.Add(seed.secret, seed.before, seed.after)
	}
	f.Fuzz(func(t *testing.T, secret, before, after string) {
		if len(secret) < 6 || !utf8.ValidString(secret) {
			t.Skip("short secrets are masked as whole words only; JS text is valid UTF-8")
		}
		r := harness.NewRedactor(map[string]string{"pw": secret})
		for _, form := range promisedForms(secret, before, after) {
			out := r.String(before + form.text + after)
			for _, piece := range strings.Split(out, "<secret:pw>") {
				if strings.Contains(piece, form.secretPart) {
					t.Fatalf("%s of %q shows in %q", form.name, secret, out)
				}
			}
		}
	})
}

// promisedForm is text holding secret in one encoding, and the part of
// that text that depends on the secret alone.
type promisedForm struct{ name, text, secretPart string }

// promisedForms encodes secret with the standard library's encoders, as
// an oracle independent of the redactor's own.
func promisedForms(secret, before, after string) []promisedForm {
	whole := func(name, s string) promisedForm { return promisedForm{name, s, s} }
	jsonHTML, jsonPlain := goJSON(secret, true), goJSON(secret, false)
	forms := []promisedForm{
		whole("the secret as written", secret),
		whole("JSON with HTML escaping", jsonHTML),
		whole("JSON", jsonPlain),
		whole("JSON escaped twice", goJSON(jsonPlain, false)),
		whole("JSON with HTML escaping, escaped twice", goJSON(jsonHTML, true)),
		whole("query escaping", url.QueryEscape(secret)),
		whole("query escaping with lower-case hex", lowerEscapes(url.QueryEscape(secret))),
		whole("path escaping", url.PathEscape(secret)),
		whole("URL-encoded JSON", url.QueryEscape(jsonPlain)),
		whole("hex", hex.EncodeToString([]byte(secret))),
		whole("upper-case hex", strings.ToUpper(hex.EncodeToString([]byte(secret)))),
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		forms = append(forms, whole("base64", enc.EncodeToString([]byte(secret))))
		forms = append(forms, embeddedBase64(enc, before, secret, after))
	}
	return forms
}

// embeddedBase64 is secret inside a longer base64 text, as in
// base64("user:" + secret): only the characters made of the secret's
// bits alone are promised to be masked.
func embeddedBase64(enc *base64.Encoding, before, secret, after string) promisedForm {
	text := enc.EncodeToString([]byte(before + secret + after))
	start := (len(before)*8 + 5) / 6
	end := (len(before) + len(secret)) * 8 / 6
	return promisedForm{"base64 inside a longer text", text, text[start:end]}
}

func goJSON(s string, html bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	_ = enc.Encode(s) // a string always encodes
	out := bytes.TrimSpace(buf.Bytes())
	return string(out[1 : len(out)-1])
}

// lowerEscapes writes every %XX in lower case.
func lowerEscapes(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '%' && i+2 < len(b) {
			copy(b[i+1:i+3], strings.ToLower(string(b[i+1:i+3])))
		}
	}
	return string(b)
}
