package fakevonage

import (
	"bytes"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var messageIDPattern = regexp.MustCompile(`^[0-9A-F]{16}$`)

func TestAnAcceptedSendAnswersTheDocumentedShape(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	rec := postForm(t, s, PathJSON, goodForm())

	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	d := decode(t, rec)
	assert.Equal(t, "1", d.MessageCount)
	m := d.Messages[0]
	assert.Equal(t, "447700900000", m["to"])
	assert.Equal(t, "0", m["status"])
	assert.Equal(t, "15.50260000", m["remaining-balance"])
	assert.Equal(t, "0.03330000", m["message-price"])
	assert.Equal(t, "23410", m["network"])
	assert.Regexp(t, messageIDPattern, m["message-id"])
	assert.Equal(t, []string{"to", "message-id", "status", "remaining-balance", "message-price", "network"}, keysInOrder(rec.Body.Bytes()),
		"members come in the documented order")

	entries := s.Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, Name, entries[0].Provider)
	assert.Equal(t, "447700900000", entries[0].Destination)
	assert.Equal(t, m["message-id"], entries[0].MessageID)
	assert.True(t, entries[0].Accepted)
}

// keysInOrder lists the members of the first message as the body writes them.
func keysInOrder(body []byte) []string {
	start := bytes.Index(body, []byte(`"messages":[{`))
	var keys []string
	for _, m := range regexp.MustCompile(`"([a-z-]+)":`).FindAllSubmatch(body[start+len(`"messages":[`):], -1) {
		keys = append(keys, string(m[1]))
	}
	return keys
}

func TestTheZeroConfigTakesAnyKeyAndSecretButNotNone(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	assert.Equal(t, "0", decode(t, postForm(t, s, PathJSON, with(goodForm(), map[string]string{"api_key": "mine", "api_secret": "my-secret"}))).Messages[0]["status"])
	assert.Equal(t, "Missing api_secret", decode(t, postForm(t, s, PathJSON, with(goodForm(), map[string]string{"api_secret": "<absent>"}))).Messages[0]["error-text"])
}

func TestFaultsComeAfterTheCredentials(t *testing.T) {
	t.Parallel()
	cfg := pinned()
	cfg.Faults = []fakekit.Fault{{Destination: "*", Status: http.StatusServiceUnavailable}}
	rec := postForm(t, New(cfg), PathJSON, with(goodForm(), map[string]string{"api_secret": "wrong"}))
	assert.Equal(t, "4", decode(t, rec).Messages[0]["status"])
}

func TestEveryWayOfSendingReachesTheSameAnswer(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		request func() *http.Request
	}{
		{"parameters in the query of a POST with no body, as nexmo 2.x sends them", func() *http.Request {
			return httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON+"?"+goodForm().Encode(), nil)
		}},
		{"parameters in the query of a GET", func() *http.Request {
			return httptest.NewRequest(http.MethodGet, "https://"+Host+PathJSON+"?"+goodForm().Encode(), nil)
		}},
		{"a JSON body with Basic auth, as @vonage/server-sdk 3.x sends it", func() *http.Request {
			req := httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON,
				strings.NewReader(`{"to":"447700900000","from":"Acme","text":"Your code is 123456"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(DemoAPIKey+":"+DemoAPISecret)))
			return req
		}},
		{"a JSON body carrying the key and secret, numbers unquoted", func() *http.Request {
			req := httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON,
				strings.NewReader(`{"api_key":"abcd1234","api_secret":"abcdef0123456789","to":447700900000,"from":"Acme","text":"hi"}`))
			req.Header.Set("Content-Type", "application/json; charset=utf-8")
			return req
		}},
		{"a destination with its leading plus", func() *http.Request {
			return httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON+"?"+with(goodForm(), map[string]string{"to": "+447700900000"}).Encode(), nil)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := decode(t, serve(New(Config{}), tc.request()))
			assert.Equal(t, "0", d.Messages[0]["status"], d.Messages[0]["error-text"])
			assert.Equal(t, "447700900000", d.Messages[0]["to"])
		})
	}
}

func TestRefusalsAnswer200WithTheStatusInside(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		changes map[string]string
		status  string
		text    string
		withTo  bool
		trial   bool
	}{
		{"a missing key is a missing parameter", map[string]string{"api_key": "<absent>"}, "2", "Missing api_key", false, false},
		{"a missing secret is a missing parameter", map[string]string{"api_secret": "<absent>"}, "2", "Missing api_secret", false, false},
		{"a wrong secret is bad credentials", map[string]string{"api_secret": "0000000000000000"}, "4", "Bad Credentials", false, false},
		{"a wrong key is bad credentials", map[string]string{"api_key": "ffff0000"}, "4", "Bad Credentials", false, false},
		{"a missing sender is a missing parameter", map[string]string{"from": "<absent>"}, "2", "Missing from param", false, false},
		{"a missing destination is a missing parameter", map[string]string{"to": "<absent>"}, "2", "Missing to param", false, false},
		{"a missing text is a missing parameter", map[string]string{"text": ""}, "2", "Missing text param", false, false},
		{"a destination with dashes is invalid", map[string]string{"to": "1-808-555-5555"}, "3", "Invalid to param", false, false},
		{"a destination of six digits is invalid", map[string]string{"to": "123456"}, "3", "Invalid to param", false, false},
		{"a destination of sixteen digits is invalid", map[string]string{"to": "1234567890123456"}, "3", "Invalid to param", false, false},
		{"an unknown type is invalid", map[string]string{"type": "fax"}, "3", "Invalid type param", false, false},
		{"a ttl below the minimum is invalid", map[string]string{"ttl": "1000"}, "3", "Invalid ttl param", false, false},
		{"a client reference over 40 characters is invalid", map[string]string{"client-ref": strings.Repeat("r", 41)}, "3", "Invalid client-ref param", false, false},
		{"a destination without a country code cannot be routed", map[string]string{"to": "07700900000"}, "6", "Unroutable message - rejected", true, false},
		{"a trial account may not send to a number it did not register", map[string]string{"to": "6512345678"}, "29", "Non White-listed Destination - rejected", true, true},
		{"a signature together with the secret is refused", map[string]string{"sig": "00", "timestamp": "1700000000"}, "32", "Signature And API Secret Disallowed", false, false},
		{"a wrong signature is refused", map[string]string{"sig": "00", "api_secret": "<absent>", "timestamp": "1700000000"}, "14", "Invalid Signature", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := pinned()
			cfg.SignatureSecret = "sig-secret"
			if tc.trial {
				cfg.Whitelist = []string{"+44 7700 900000"}
			}
			s := New(cfg)
			rec := postForm(t, s, PathJSON, with(goodForm(), tc.changes))
			d := decode(t, rec)
			assert.Equal(t, "1", d.MessageCount)
			want := map[string]string{"status": tc.status, "error-text": tc.text}
			if tc.withTo {
				want["to"] = strings.TrimPrefix(tc.changes["to"], "+")
			}
			assert.Equal(t, want, d.Messages[0])
			assert.Equal(t, "15.53590000", s.Balance(), "a refusal costs nothing")
			require.Len(t, s.Entries(), 1)
			assert.False(t, s.Entries()[0].Accepted)
		})
	}
}

func TestASignedRequestIsAcceptedUnderEveryMethod(t *testing.T) {
	t.Parallel()
	// Signatures computed by nexmo 2.9.1's HashGenerator for these
	// parameters and the secret "sig-secret".
	signatures := map[string]string{
		"md5hash": "92b4a901f0d964968dd71b36be0f415b",
		"md5":     "d50cc7aab189379daba5c2fd15411f84",
		"sha1":    "d474ebfdac452aaa507b7055fed66803d7c0800c",
		"sha256":  "51d776b5197357cc02da56de53ac374b18c0e1cb1bb6817a3c73eb0fe68ee879",
		"sha512":  "02254e3c9d8496511e2917131f63582108411565f597a31bf125cd4cc27fe51b3c6483e3bf42f8e3af3b35064c97e6b4f14157c96277bcb5c164dbff243c880c",
	}
	for method, sig := range signatures {
		t.Run(method+" matches what nexmo computes", func(t *testing.T) {
			t.Parallel()
			form := map[string]string{"api_key": DemoAPIKey, "from": "Acme", "to": "447700900000", "text": "Code: 1&2=3", "timestamp": "1700000000"}
			assert.Equal(t, sig, Sign(method, "sig-secret", form))

			s := New(Config{SignatureSecret: "sig-secret", SignatureMethod: method})
			signed := with(goodForm(), map[string]string{"api_secret": "<absent>", "text": "Code: 1&2=3", "timestamp": "1700000000", "sig": strings.ToUpper(sig)})
			d := decode(t, postForm(t, s, PathJSON, signed))
			assert.Equal(t, "0", d.Messages[0]["status"], d.Messages[0]["error-text"])
		})
	}
	t.Run("a signature under another method is refused", func(t *testing.T) {
		t.Parallel()
		s := New(Config{SignatureSecret: "sig-secret", SignatureMethod: "sha256"})
		signed := with(goodForm(), map[string]string{"api_secret": "<absent>", "text": "Code: 1&2=3", "timestamp": "1700000000", "sig": signatures["md5hash"]})
		assert.Equal(t, "14", decode(t, postForm(t, s, PathJSON, signed)).Messages[0]["status"])
	})
	t.Run("an account without a signature secret refuses every signature", func(t *testing.T) {
		t.Parallel()
		signed := with(goodForm(), map[string]string{"api_secret": "<absent>", "timestamp": "1700000000", "sig": Sign("md5hash", "", map[string]string{})})
		assert.Equal(t, "14", decode(t, postForm(t, New(Config{}), PathJSON, signed)).Messages[0]["status"])
	})
}

func TestALongTextIsChargedPerPart(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	d := decode(t, postForm(t, s, PathJSON, with(goodForm(), map[string]string{"text": strings.Repeat("a", 161)})))
	require.Equal(t, "2", d.MessageCount)
	require.Len(t, d.Messages, 2)
	assert.Equal(t, "15.50260000", d.Messages[0]["remaining-balance"])
	assert.Equal(t, "15.46930000", d.Messages[1]["remaining-balance"])
	assert.NotEqual(t, d.Messages[0]["message-id"], d.Messages[1]["message-id"])
	assert.Equal(t, "15.46930000", s.Balance())

	d = decode(t, postForm(t, s, PathJSON, with(goodForm(), map[string]string{"text": strings.Repeat("é", 71), "type": "unicode"})))
	assert.Equal(t, "2", d.MessageCount, "71 UCS-2 characters need two parts")
}

func TestAnAccountOutOfCreditRefusesWithStatus9(t *testing.T) {
	t.Parallel()
	balance := 0.05
	s := New(Config{Balance: &balance})
	assert.Equal(t, "0", decode(t, postForm(t, s, PathJSON, goodForm())).Messages[0]["status"])
	m := decode(t, postForm(t, s, PathJSON, goodForm())).Messages[0]
	assert.Equal(t, map[string]string{"to": "447700900000", "status": "9", "error-text": "Quota Exceeded - rejected"}, m)

	s.Reset()
	assert.Equal(t, "0.05000000", s.Balance(), "Reset restores the balance")
	assert.Empty(t, s.Entries())
}

func TestSeededIDsRepeat(t *testing.T) {
	t.Parallel()
	first := decode(t, postForm(t, New(Config{IDs: fakekit.NewIDs(Name, "seed")}), PathJSON, goodForm()))
	second := decode(t, postForm(t, New(Config{IDs: fakekit.NewIDs(Name, "seed")}), PathJSON, goodForm()))
	assert.Equal(t, first.Messages[0]["message-id"], second.Messages[0]["message-id"])
}

func TestTheXMLFormatAnswersTheSameInXML(t *testing.T) {
	t.Parallel()
	s := New(pinned())
	rec := postForm(t, s, PathXML, goodForm())
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "text/xml", rec.Header().Get("Content-Type"))
	assert.Regexp(t, `^<\?xml version="1.0" encoding="UTF-8"\?>\s*<mt-submission-response><messages count="1"><message><to>447700900000</to><messageId>[0-9A-F]{16}</messageId><status>0</status><remainingBalance>15.50260000</remainingBalance><messagePrice>0.03330000</messagePrice><network>23410</network></message></messages></mt-submission-response>$`, rec.Body.String())

	rec = postForm(t, s, PathXML, with(goodForm(), map[string]string{"api_secret": "wrong"}))
	assert.Contains(t, rec.Body.String(), `<message><status>4</status><errorText>Bad Credentials</errorText></message>`)
}

func TestRequestsTheAPIHasNoAnswerFor(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		req    *http.Request
		status int
	}{
		{"another path is not found", httptest.NewRequest(http.MethodPost, "https://"+Host+"/sms/csv", nil), http.StatusNotFound},
		{"a PUT is not allowed", httptest.NewRequest(http.MethodPut, "https://"+Host+PathJSON, nil), http.StatusMethodNotAllowed},
		{"a body over 64 KiB is too large", httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON, strings.NewReader(strings.Repeat("a", maxBodyBytes+1))), http.StatusRequestEntityTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := New(Config{})
			rec := serve(s, tc.req)
			assert.Equal(t, tc.status, rec.Code)
			assert.Empty(t, rec.Body.String())
			require.Len(t, s.Entries(), 1, "the journal records it all the same")
		})
	}
}

func TestAnUnreadableJSONBodyLacksItsParameters(t *testing.T) {
	t.Parallel()
	req := httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON, strings.NewReader(`{"api_key":`))
	req.Header.Set("Content-Type", "application/json")
	assert.Equal(t, "Missing api_key", decode(t, serve(New(Config{}), req)).Messages[0]["error-text"])
}
