package fakeserver_test

import (
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// maskCase is one request that carries a credential, and what the API
// must show instead.
type maskCase struct {
	name        string
	secrets     map[string]string
	path        string
	contentType string
	body        string
	header      http.Header
	hidden      []string // never in the API's answer
	shown       []string // in it
}

func TestTheAPINeverShowsACredential(t *testing.T) {
	t.Parallel()
	form := "application/x-www-form-urlencoded"
	twilioForm := "To=%2B15005550006&From=%2B15005550006&Body=hi"
	sid := map[string]string{"TWILIO_ACCOUNT_SID": twilioSID}
	for _, tc := range []maskCase{
		{name: "an X-Api-Key header is hidden", path: send8x8Path, contentType: "application/json", body: `{"destination":"+6512345678","text":"hi"}`,
			header: http.Header{"X-Api-Key": {"k-1234567890"}}, hidden: []string{"k-1234567890"}, shown: []string{`"X-Api-Key": "<redacted>"`}},
		{name: "cookies keep their names only", path: send8x8Path, contentType: "application/json", body: `{"destination":"+6512345678","text":"hi"}`,
			header: http.Header{"Cookie": {"session=abcdef123456; theme=dark"}}, hidden: []string{"abcdef123456", "dark"},
			shown: []string{`"Cookie": "session=<redacted>; theme=<redacted>"`}},
		{name: "an api_secret form field is hidden", path: twilioMessagesPath, contentType: form, body: twilioForm + "&api_secret=s3cr3t-value",
			hidden: []string{"s3cr3t-value"}, shown: []string{`"api_secret": "<redacted>"`}},
		{name: "a password JSON field is hidden", path: send8x8Path, contentType: "application/json",
			body: `{"destination":"+6512345678","text":"hi","auth":{"password":"hunter2-long"}}`, hidden: []string{"hunter2-long"},
			shown: []string{`"password": "<redacted>"`}},
		{name: "a password query field is hidden", path: send8x8Path + "?password=qs3cret-abc", contentType: "application/json",
			body: `{"destination":"+6512345678","text":"hi"}`, hidden: []string{"qs3cret-abc"}, shown: []string{"password=%3Credacted%3E"}},
		{name: "a Twilio account SID given as a secret is masked in the path and the answer", secrets: sid, path: twilioMessagesPath,
			contentType: form, body: twilioForm, hidden: []string{twilioSID},
			shown: []string{"/Accounts/<secret:TWILIO_ACCOUNT_SID>/Messages.json", `"account_sid": "<secret:TWILIO_ACCOUNT_SID>"`}},
		{name: "a secret given is masked in a header's and a form field's name", secrets: map[string]string{"pw": "N4me-Secret"},
			path: twilioMessagesPath, contentType: form, body: twilioForm + "&N4me-Secret=1", header: http.Header{"X-N4me-Secret": {"1"}},
			hidden: []string{"N4me-Secret"}, shown: []string{`"<secret:pw>": "1"`, `"X-<secret:pw>": "1"`}},
		{name: "a secret given is masked JSON-escaped in a body", secrets: map[string]string{"pw": `ab"cd<ef`}, path: send8x8Path,
			contentType: "application/json", body: `{"destination":"+6512345678","text":"ab\"cd\u003cef"}`,
			hidden: []string{`ab\"cd`, `cd<ef`, `cd\u003cef`}, shown: []string{`"text": "<secret:pw>"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, base := start(t, fakeserver.Config{Secrets: tc.secrets})
			req, err := http.NewRequest(http.MethodPost, base+tc.path, strings.NewReader(tc.body))
			require.NoError(t, err)
			for k, v := range tc.header {
				req.Header[k] = v
			}
			req.Header.Set("Content-Type", tc.contentType)
			req.SetBasicAuth(twilioSID, "secret-token")
			do(t, req)
			resp, err := http.Get(base + apiV1 + "messages")
			require.NoError(t, err)
			answer := readBody(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, answer)
			for _, s := range tc.hidden {
				assert.NotContains(t, answer, s)
			}
			for _, s := range tc.shown {
				assert.Contains(t, answer, s)
			}
		})
	}
}

func TestTheRequestLogMasksTheSecretsGiven(t *testing.T) {
	t.Parallel()
	records := make(lineWriter, 1)
	_, base := start(t, fakeserver.Config{
		Secrets: map[string]string{"TWILIO_ACCOUNT_SID": twilioSID},
		Logger:  slog.New(slog.NewJSONHandler(records, nil)),
	})
	require.Equal(t, http.StatusCreated, sendTwilio(t, base, toTwilio, "Your code is 222222"))
	logged := <-records // written once the request is answered
	assert.NotContains(t, logged, twilioSID)
	assert.Contains(t, logged, "/Accounts/<secret:TWILIO_ACCOUNT_SID>/Messages.json")
}

// lineWriter hands each log record to the test as it is written.
type lineWriter chan string

func (w lineWriter) Write(p []byte) (int, error) {
	w <- string(p)
	return len(p), nil
}
