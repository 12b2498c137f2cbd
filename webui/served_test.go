package webui_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/fakeserver/ssetest"
	"github.com/hookemu/hookemu/webui"
)

const apiV1 = "/_hookemu/api/v1/"

// served runs a fake server with the pages mounted, as serve does, and
// returns its base URL.
func served(t *testing.T) (*fakeserver.Server, string) {
	t.Helper()
	srv, err := fakeserver.New(fakeserver.Config{UI: webui.Pages(), Runner: func(env fakeserver.RunnerEnv) http.Handler {
		return webui.Runner(webui.RunnerConfig{Fakes: env.Fakes, MaskSecrets: env.MaskSecrets})
	}})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts.URL
}

// browser sends what a page's fetch sends: same-origin headers and, for a
// change, the session token.
func browser(t *testing.T, base, method, path, token string, body string, out any) int {
	t.Helper()
	req, err := http.NewRequest(method, base+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Origin", base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Accept", "application/json")
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("X-Hookemu-Token", token)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	if out != nil && resp.StatusCode != http.StatusNoContent {
		require.NoError(t, json.NewDecoder(resp.Body).Decode(out))
	}
	return resp.StatusCode
}

func send8x8(t *testing.T, base, to, text string) {
	t.Helper()
	body, err := json.Marshal(map[string]string{"destination": to, "text": text})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, base+"/8x8/api/v1/subaccounts/acme/messages", strings.NewReader(string(body)))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer key")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
}

func TestThePagesAreServedOnTheFakeServer(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	for _, path := range []string{"/", "/run", "/messages/8x8-1", webui.AssetPrefix + "inbox.js", webui.AssetPrefix + "style.css"} {
		t.Run(path+" answers with the policy", func(t *testing.T) {
			t.Parallel()
			resp, err := http.Get(base + path)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, webui.ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
		})
	}
}

// TestWhatTheInboxFetchesIsAnswered walks the inbox's requests in the
// order the page makes them, with the headers a browser adds.
func TestWhatTheInboxFetchesIsAnswered(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	events := openEvents(t, base)

	token := sessionToken(t, base)

	var faults map[string][]map[string]any
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodGet, apiV1+"faults", "", "", &faults))
	assert.Contains(t, faults, "8x8", "the provider lists are the faults answer's keys")
	assert.Contains(t, faults, "twilio")

	send8x8(t, base, "+6512345678", "Your code is 123456")
	name, data := events.Next(t)
	require.Equal(t, "message", name)
	var live map[string]any
	require.NoError(t, json.Unmarshal([]byte(data), &live))
	for _, field := range []string{"id", "seq", "provider", "time", "destination", "text", "code", "status", "accepted", "encoding", "segments"} {
		assert.Contains(t, live, field, "a row shows %s", field)
	}

	var page struct {
		Total    int              `json:"total"`
		Messages []map[string]any `json:"messages"`
	}
	q := url.Values{"limit": {"50"}, "provider": {"8x8"}, "destination": {"+65 1234 5678"}, "accepted": {"true"}, "text": {"CODE"}}
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodGet, apiV1+"messages?"+q.Encode(), "", "", &page))
	require.Len(t, page.Messages, 1)
	assert.Equal(t, live["id"], page.Messages[0]["id"])

	fault := `[{"destination":"*","status":500,"code":2000,"delay":"10ms"}]`
	t.Run("a fault added without the token is refused", func(t *testing.T) {
		assert.Equal(t, http.StatusForbidden, browser(t, base, http.MethodPut, apiV1+"faults/8x8", "", fault, nil))
	})
	t.Run("a fault added with the token is in force and on the stream", func(t *testing.T) {
		require.Equal(t, http.StatusOK, browser(t, base, http.MethodPut, apiV1+"faults/8x8", token, fault, nil))
		name, data := events.Next(t)
		assert.Equal(t, "faults", name)
		assert.Contains(t, data, `"status":500`)
	})
	t.Run("delete all empties the inbox and says so on the stream", func(t *testing.T) {
		require.Equal(t, http.StatusNoContent, browser(t, base, http.MethodDelete, apiV1+"messages", token, "", nil))
		name, _ := events.Next(t)
		assert.Equal(t, "deleted", name)
	})
}

// TestTheRunnerPagesExamplePayloadRunsTheEmbeddedHook posts what the
// runner page sends when Run is pressed on its first screen: the embedded
// 8x8 hook, no secrets (so the demo ones), and the example payload the
// page loads, whose every field must be one the runner takes.
func TestTheRunnerPagesExamplePayloadRunsTheEmbeddedHook(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	resp, err := http.Get(base + webui.AssetPrefix + "payload.json")
	require.NoError(t, err)
	example := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode)

	token := sessionToken(t, base)
	var result struct {
		Outcome  string `json:"outcome"`
		Requests []struct {
			Status int `json:"status"`
		} `json:"requests"`
	}
	run := `{"hook": "8x8.js", "secrets": {}, "payload": ` + example + `}`
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodPost, apiV1+"run", token, run, &result))
	assert.Equal(t, "success", result.Outcome)
	require.Len(t, result.Requests, 1)
	assert.Equal(t, http.StatusOK, result.Requests[0].Status)

	var page struct {
		Messages []struct {
			Destination string `json:"destination"`
			Code        string `json:"code"`
		} `json:"messages"`
	}
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodGet, apiV1+"messages", "", "", &page))
	require.Len(t, page.Messages, 1, "what the runner sent is in the inbox")
	assert.Equal(t, "+18085555555", page.Messages[0].Destination)
}

// apiCall finds the API paths a script calls: H.api("path...", the
// runner's call("path" and API + "path".
var apiCall = regexp.MustCompile(`(?:\bapi\(|\bcall\(|API \+ )"([a-z]+)`)

func TestEveryEndpointThePagesCallIsTheServers(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	seen := map[string]bool{}
	for _, name := range assetFiles(t) {
		if !strings.HasSuffix(name, ".js") {
			continue
		}
		resp, err := http.Get(base + webui.AssetPrefix + name)
		require.NoError(t, err)
		script := body(t, resp)
		for _, m := range apiCall.FindAllStringSubmatch(script, -1) {
			seen[m[1]] = true
		}
	}
	require.NotEmpty(t, seen)
	for endpoint := range seen {
		t.Run(endpoint+" is an endpoint of the server", func(t *testing.T) {
			t.Parallel()
			// No endpoint takes PATCH: the server answers 405 for a path
			// it routes, and 404 for one it does not.
			req, err := http.NewRequest(http.MethodPatch, base+apiV1+endpoint, nil)
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, "%s is not routed", endpoint)
		})
	}
	for _, endpoint := range []string{"messages", "faults", "session", "events", "hooks", "run", "check", "migrate", "diff"} {
		assert.True(t, seen[endpoint], "no page calls %s", endpoint)
	}
}

// openEvents connects to the event stream, subscribed.
func openEvents(t *testing.T, base string) *ssetest.Stream {
	t.Helper()
	return ssetest.Open(t, base+apiV1+"events")
}

func TestARunnersSendReachesTheEventStreamMasked(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	events := openEvents(t, base)
	token := sessionToken(t, base)
	run := `{"hook": "8x8.js", "secrets": {"apikey": "runner-key-7f3a9c", "subaccount": "acme"}, "payload": {"recipient": "+6512345678"}}`
	var result struct {
		Outcome string `json:"outcome"`
	}
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodPost, apiV1+"run", token, run, &result))
	require.Equal(t, "success", result.Outcome)

	name, data := events.Next(t)
	assert.Equal(t, "message", name)
	assert.Contains(t, data, `"destination":"+6512345678"`)
	assert.NotContains(t, data, "runner-key-7f3a9c", "the secret the runner was given is masked on the stream too")
}

// secretsHook sends to the fake 8x8 with its subaccount in the path and
// another secret in the text, as pasted into the runner.
const secretsHook = `const axios = require("axios");
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  axios.post("https://sms.8x8.com/api/v1/subaccounts/" + s.subaccount + "/messages",
    { destination: recipient, text: text + " " + s.tag },
    { headers: { Authorization: "Bearer " + s.apikey } })
    .then(() => cb()).catch(cb);
};`

func TestTheSecretsOfARunnersRunAreMaskedWhereverItsMessagesShow(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	events := openEvents(t, base)
	token := sessionToken(t, base)
	runs := []map[string]string{
		{"apikey": "key-Qw3rty-1", "subaccount": "SUBACCT-QWERTY-77", "tag": "TAG-zx81-first"},
		{"apikey": "key-Qw3rty-2", "subaccount": "SUBACCT-ASDFGH-88", "tag": "TAG-zx81-second"},
	}
	for _, secrets := range runs {
		body, err := json.Marshal(map[string]any{"code": secretsHook, "secrets": secrets, "payload": map[string]string{"recipient": "+6512345678"}})
		require.NoError(t, err)
		var result struct {
			Outcome string `json:"outcome"`
		}
		require.Equal(t, http.StatusOK, browser(t, base, http.MethodPost, apiV1+"run", token, string(body), &result))
		require.Equal(t, "success", result.Outcome)
	}

	var shown []string
	for range runs {
		_, data := events.Next(t)
		shown = append(shown, "the event stream: "+data)
	}
	var list struct {
		Messages []struct {
			ID string `json:"id"`
		} `json:"messages"`
	}
	listed := getText(t, base+apiV1+"messages")
	require.NoError(t, json.Unmarshal([]byte(listed), &list))
	require.Len(t, list.Messages, 2)
	shown = append(shown, "the list: "+listed)
	for _, m := range list.Messages {
		shown = append(shown, "one message: "+getText(t, base+apiV1+"messages/"+m.ID))
	}
	for _, text := range shown {
		for _, secrets := range runs {
			for name, value := range secrets {
				assert.NotContains(t, text, value, "%s is masked in %s", name, text[:40])
			}
		}
	}
	assert.Contains(t, listed, "subaccounts/<secret:subaccount>/messages", "the first run's subaccount shows by its name")
	assert.Contains(t, listed, "subaccounts/<secret:subaccount-2>/messages", "another value of the same name shows as a name of its own")
	assert.Contains(t, listed, "<secret:tag>")
	var found struct {
		Total int `json:"total"`
	}
	require.NoError(t, json.Unmarshal([]byte(getText(t, base+apiV1+"messages?text=zx81-first")), &found))
	assert.Zero(t, found.Total, "a search cannot find a message by a secret's value")
}

// getText reads url's body as text, failing unless it answers 200.
func getText(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(body)
}

// sessionToken is the token a page reads from GET session before a change.
func sessionToken(t *testing.T, base string) string {
	t.Helper()
	var sess struct {
		Token string `json:"token"`
	}
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodGet, apiV1+"session", "", "", &sess))
	require.NotEmpty(t, sess.Token)
	return sess.Token
}
