package fakeserver_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/faketwilio"
)

// Recipients and bodies the tests send.
const (
	to8x8       = "+6512345678"
	toTwilio    = "+15005550006"
	twilioSID   = "AC00000000000000000000000000000001"
	send8x8Path = "/api/v1/subaccounts/acme/messages"
)

var twilioMessagesPath = "/2010-04-01/Accounts/" + twilioSID + "/Messages.json"

// start runs a server over loopback, as other programs reach it.
func start(t *testing.T, cfg fakeserver.Config) (*fakeserver.Server, string) {
	t.Helper()
	srv, err := fakeserver.New(cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts.URL
}

// send8x8 sends one SMS the way the 8x8 Auth0 hook does and returns the
// status.
func send8x8(t *testing.T, base, destination, text string) int {
	t.Helper()
	body, err := json.Marshal(map[string]string{"destination": destination, "text": text, "encoding": "AUTO"})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, base+send8x8Path, strings.NewReader(string(body)))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer secret-key")
	req.Header.Set("Content-Type", "application/json")
	return do(t, req)
}

// sendTwilio sends one SMS the way twilio-node does and returns the status.
func sendTwilio(t *testing.T, base, to, text string) int {
	t.Helper()
	form := url.Values{"To": {to}, "From": {"+15005550006"}, "Body": {text}}
	req, err := http.NewRequest(http.MethodPost, base+twilioMessagesPath, strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.SetBasicAuth(twilioSID, "secret-token")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return do(t, req)
}

func do(t *testing.T, req *http.Request) int {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// api calls the REST API and decodes its JSON answer into out (when not
// nil), returning the status.
func api(t *testing.T, method, u string, body string, out any) int {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if out != nil && len(data) > 0 {
		require.NoError(t, json.Unmarshal(data, out), "body: %s", data)
	}
	return resp.StatusCode
}

// list is the answer of list and wait.
type list struct {
	Total    int                  `json:"total"`
	Count    int                  `json:"count"`
	Messages []fakeserver.Message `json:"messages"`
	Error    string               `json:"error"`
}

type apiError struct {
	Error string `json:"error"`
}

const apiV1 = "/_hookemu/api/v1/"

func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(data)
}

// fake8x8Of and fakeTwilioOf are the server's fakes with their typed
// records.
func fake8x8Of(srv *fakeserver.Server) *fake8x8.Server {
	return srv.Fake(fake8x8.Name).(*fake8x8.Server)
}

func fakeTwilioOf(srv *fakeserver.Server) *faketwilio.Server {
	return srv.Fake(faketwilio.Name).(*faketwilio.Server)
}
