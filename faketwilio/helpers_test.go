package faketwilio_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/faketwilio"
)

const (
	account = "AC0123456789abcdef0123456789abcdef"
	token   = "s3cr3t-token"
	service = "VA0123456789abcdef0123456789abcdef"

	messagesPath = "/2010-04-01/Accounts/" + account + "/Messages.json"
	callsPath    = "/2010-04-01/Accounts/" + account + "/Calls.json"
	verifyPath   = "/v2/Services/" + service + "/Verifications"
)

// now is the fixed clock of every test server: the moment in Twilio's own
// example body.
var now = time.Date(2023, 8, 24, 5, 1, 45, 0, time.UTC)

var (
	messageSID      = regexp.MustCompile(`^SM[0-9a-f]{32}$`)
	callSID         = regexp.MustCompile(`^CA[0-9a-f]{32}$`)
	verificationSID = regexp.MustCompile(`^VE[0-9a-f]{32}$`)
	attemptSID      = regexp.MustCompile(`^VL[0-9a-f]{32}$`)
)

// newServer is a fake on the fixed clock, with cfg's other settings.
func newServer(cfg faketwilio.Config) *faketwilio.Server {
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return now }
	}
	return faketwilio.New(cfg)
}

// post builds a urlencoded POST with the test account's credentials.
func post(path string, form url.Values) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.SetBasicAuth(account, token)
	return r
}

// postMultipart builds the multipart/form-data POST twilio-node before 3.43
// sent, with the test account's credentials.
func postMultipart(t *testing.T, path string, form url.Values) *http.Request {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for key, values := range form {
		for _, v := range values {
			require.NoError(t, w.WriteField(key, v))
		}
	}
	require.NoError(t, w.Close())
	r := httptest.NewRequest(http.MethodPost, path, &body)
	r.Header.Set("Content-Type", w.FormDataContentType())
	r.SetBasicAuth(account, token)
	return r
}

// get builds a GET with the test account's credentials.
func get(path string) *http.Request {
	r := httptest.NewRequest(http.MethodGet, path, nil)
	r.SetBasicAuth(account, token)
	return r
}

// request builds any request; empty user and password send no credentials.
func request(method, path, contentType, body, user, password string) *http.Request {
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	if user != "" || password != "" {
		r.SetBasicAuth(user, password)
	}
	return r
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

// decode reads a JSON object answer.
func decode(t *testing.T, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var body map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &body), "body: %s", rec.Body)
	return body
}

// twilioError is the exact error body Twilio sends.
func twilioError(status, code int, message string) string {
	b, _ := json.Marshal(map[string]any{
		"code":      code,
		"message":   message,
		"more_info": "https://www.twilio.com/docs/errors/" + strconv.Itoa(code),
		"status":    status,
	})
	return string(b)
}

// assertError checks an answer is exactly Twilio's error body.
func assertError(t *testing.T, rec *httptest.ResponseRecorder, status, code int, message string) {
	t.Helper()
	assert.Equal(t, status, rec.Code, "body: %s", rec.Body)
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	assert.JSONEq(t, twilioError(status, code, message), rec.Body.String())
}

// form builds url.Values from key, value pairs.
func form(pairs ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Add(pairs[i], pairs[i+1])
	}
	return v
}

// with returns a copy of base with pairs set (an empty value deletes).
func with(base url.Values, pairs ...string) url.Values {
	v := url.Values{}
	for key, values := range base {
		v[key] = append([]string(nil), values...)
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			v.Del(pairs[i])
		} else {
			v.Set(pairs[i], pairs[i+1])
		}
	}
	return v
}

// clock is a settable Config.Now, safe for the fake's concurrent reads.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
