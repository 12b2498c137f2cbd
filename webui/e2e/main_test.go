// Package e2e_test drives hookemu serve's pages (package webui) and the
// HTML test report in a real headless Chromium (package
// internal/browsertest): what a person sees when a program sends, when
// they add a fault or run a hook, and that another site cannot make
// the server change anything.
//
// Run just these with
//
//	go test ./webui/e2e/
//
// They need Chromium (see internal/browsertest) and fail without it.
// HOOKEMU_UPDATE_SCREENSHOTS=1 also rewrites the README's screenshots
// in docs/screenshots.
package e2e_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/browsertest"
	"github.com/hookemu/hookemu/webui"
)

// chromium is the package's one browser; each test has a tab of it.
var chromium browsertest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	chromium.Close()
	os.Exit(code)
}

const apiV1 = "/_hookemu/api/v1/"

// served runs a fake server with the pages and the runner mounted, as
// hookemu serve does, on loopback, and returns its base URL.
func served(t *testing.T) (*fakeserver.Server, string) {
	t.Helper()
	srv, err := fakeserver.New(withPages())
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts.URL
}

// withPages is the configuration of hookemu serve's pages and runner.
func withPages() fakeserver.Config {
	return fakeserver.Config{UI: webui.Pages(), Runner: func(env fakeserver.RunnerEnv) http.Handler {
		return webui.Runner(webui.RunnerConfig{Fakes: env.Fakes, MaskSecrets: env.MaskSecrets})
	}}
}

// call sends what a program (curl) sends: no Origin, no token. It
// returns the status and the body of the answer.
func call(t *testing.T, method, target string, header http.Header, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	require.NoError(t, err)
	req.Header = header
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(answer)
}

// send8x8 sends one SMS to the fake 8x8 with the API key given.
func send8x8(t *testing.T, base, key, to, text string) (int, string) {
	t.Helper()
	body, err := json.Marshal(map[string]string{"destination": to, "text": text})
	require.NoError(t, err)
	return call(t, http.MethodPost, base+"/8x8/api/v1/subaccounts/acme/messages",
		http.Header{"Authorization": {"Bearer " + key}, "Content-Type": {"application/json"}}, string(body))
}

const twilioSID = "AC00000000000000000000000000000001"

// sendTwilio posts a form to the fake Twilio's Messages or Calls.
func sendTwilio(t *testing.T, base, resource string, form url.Values) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/2010-04-01/Accounts/"+twilioSID+"/"+resource+".json", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.SetBasicAuth(twilioSID, "twilio-token")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(answer)
}

// latestID is the id of the newest message the server holds.
func latestID(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + apiV1 + "messages/latest")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var msg struct {
		ID string `json:"id"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&msg))
	return msg.ID
}

// EnvUpdateScreenshots, set to 1, makes the tests rewrite the README's
// screenshots as they pass.
const EnvUpdateScreenshots = "HOOKEMU_UPDATE_SCREENSHOTS"

// readmeScreenshot saves the tab's viewport as docs/screenshots/name when
// the screenshots are being updated.
func readmeScreenshot(t *testing.T, tab *browsertest.Tab, name string) {
	t.Helper()
	if os.Getenv(EnvUpdateScreenshots) == "" {
		return
	}
	path := filepath.Join("..", "..", "docs", "screenshots", name)
	tab.SaveViewport(path)
	t.Logf("wrote %s", path)
}

// js quotes s as a JavaScript string.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
