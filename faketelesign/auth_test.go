package faketelesign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBasicCredentialsAreCheckedAsTeleSignDoes(t *testing.T) {
	t.Parallel()
	strict := Config{CustomerID: demoCustomerID, APIKey: demoAPIKey}
	cases := []struct {
		name          string
		cfg           Config
		header        http.Header
		messagingCode int
		verifyCode    int
	}{
		{"no Authorization header", Config{}, http.Header{}, 10009, -30004},
		{"a Bearer token", Config{}, http.Header{"Authorization": {"Bearer abc"}}, 10028, -30005},
		{"Basic that is no base64", Config{}, http.Header{"Authorization": {"Basic %%%"}}, 10028, -30005},
		{"a customer id that is no UUID", Config{}, basic("undefined", demoAPIKey), 10015, -30000},
		{"an API key that is no base64", Config{}, basic(demoCustomerID, "not a key!"), 10022, -30015},
		{"an empty API key", Config{}, basic(demoCustomerID, ""), 10022, -30015},
		{"the key of a hook that lost its secret", Config{}, basic(demoCustomerID, "null"), 10022, -30015},
		{"another account's customer id", strict, basic("00000000-0000-0000-0000-000000000000", demoAPIKey), 10015, -30000},
		{"a revoked API key", strict, basic(demoCustomerID, "cmV2b2tlZA=="), 10022, -30015},
	}
	for _, c := range cases {
		t.Run(c.name+" is refused by both APIs", func(t *testing.T) {
			t.Parallel()
			s := New(c.cfg)
			m := do(t, s, http.MethodPost, "/v1/messaging", c.header, message("15558675309"))
			assert.Equal(t, http.StatusUnauthorized, m.status, m.raw)
			assert.Equal(t, c.messagingCode, m.statusCode())

			v := do(t, s, http.MethodPost, "/v1/verify/sms", c.header, verification("15558675309"))
			assert.Equal(t, http.StatusUnauthorized, v.status, v.raw)
			code, _ := v.firstError()
			assert.Equal(t, c.verifyCode, code)
			assert.Equal(t, 501, v.statusCode())
			assert.Nil(t, v.body["reference_id"], "TeleSign does not name a transaction it never began")
			assert.Nil(t, v.body["sub_resource"])
		})
	}
	t.Run("the configured pair is accepted, its customer id in any case", func(t *testing.T) {
		t.Parallel()
		a := do(t, New(strict), http.MethodPost, "/v1/messaging", basic(strings.ToLower(demoCustomerID), demoAPIKey), message("15558675309"))
		assert.Equal(t, http.StatusOK, a.status, a.raw)
	})
}

// signLikeTheSDK signs as telesignsdk's RestClient does: the method, the
// content type, the Date, the auth method and nonce headers, the body,
// then the path, one per line, under the base64-decoded key.
func signLikeTheSDK(t *testing.T, method, path, body, date, key string) http.Header {
	t.Helper()
	const nonce = "1f3e6a5c-0c5a-4c1e-9a7e-0d0b5b9f6a11"
	contentType := "application/x-www-form-urlencoded"
	signed := method + "\n" + contentType + "\n" + date + "\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:" + nonce
	if body != "" {
		signed += "\n" + body
	}
	signed += "\n" + path
	raw, err := base64.StdEncoding.DecodeString(key)
	require.NoError(t, err)
	mac := hmac.New(sha256.New, raw)
	mac.Write([]byte(signed))
	return http.Header{
		"Authorization":    {"TSA " + demoCustomerID + ":" + base64.StdEncoding.EncodeToString(mac.Sum(nil))},
		"Date":             {date},
		"Content-Type":     {contentType},
		"X-Ts-Auth-Method": {"HMAC-SHA256"},
		"X-Ts-Nonce":       {nonce},
	}
}

func TestDigestSignaturesAreVerified(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 7, 7, 0, 0, 0, time.UTC)
	date := now.Format(http.TimeFormat)
	cfg := Config{APIKey: demoAPIKey, Clock: func() time.Time { return now }}
	body := message("15558675309").Encode()
	send := func(h http.Header) answer {
		r := httptest.NewRequest(http.MethodPost, "https://"+SelfServiceHost+"/v1/messaging", strings.NewReader(body))
		r.Header = h
		w := httptest.NewRecorder()
		New(cfg).ServeHTTP(w, r)
		a := answer{status: w.Code, raw: w.Body.String()}
		a.body = decodeJSON(t, w.Body.String())
		return a
	}
	good := func() http.Header { return signLikeTheSDK(t, "POST", "/v1/messaging", body, date, demoAPIKey) }

	t.Run("the SDK's signature is accepted", func(t *testing.T) {
		t.Parallel()
		a := send(good())
		assert.Equal(t, http.StatusOK, a.status, a.raw)
	})
	cases := []struct {
		name   string
		change func(http.Header)
		code   int
	}{
		{"a signature under another key is 10008", func(h http.Header) {
			h.Set("Authorization", signLikeTheSDK(t, "POST", "/v1/messaging", body, date, "b3RoZXIga2V5").Get("Authorization"))
		}, 10008},
		{"a signed header changed on the way is 10008", func(h http.Header) { h.Set("X-Ts-Nonce", "another") }, 10008},
		{"no Date is 10007", func(h http.Header) { h.Del("Date") }, 10007},
		{"a Date that is no date is 10005", func(h http.Header) { h.Set("Date", "yesterday") }, 10005},
		{"a Date an hour off is 10004", func(h http.Header) { h.Set("Date", now.Add(time.Hour).Format(http.TimeFormat)) }, 10004},
		{"an unknown auth method is 10006", func(h http.Header) { h.Set("X-Ts-Auth-Method", "HMAC-MD5") }, 10006},
		{"a header without signature is 10028", func(h http.Header) { h.Set("Authorization", "TSA "+demoCustomerID) }, 10028},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := good()
			c.change(h)
			a := send(h)
			assert.Equal(t, http.StatusUnauthorized, a.status, a.raw)
			assert.Equal(t, c.code, a.statusCode())
		})
	}
	t.Run("a wrong signature is answered with the string TeleSign signed", func(t *testing.T) {
		t.Parallel()
		h := good()
		h.Set("X-Ts-Nonce", "another")
		a := send(h)
		assert.Contains(t, a.body["signature_string"], "x-ts-nonce:another\nmessage=")
	})
}
