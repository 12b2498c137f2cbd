package fakeserver_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// answering is a stand-in for the pages or the runner: it says who it is.
func answering(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, name+" "+r.URL.Path)
	})
}

// guarded is a request to a server with pages and a runner, and what it
// must answer.
type guarded struct {
	name    string
	method  string
	path    string
	body    string
	host    string // "" keeps the server's own address
	headers map[string]string
	status  int
	says    string // part of the body
}

func runGuarded(t *testing.T, cfg fakeserver.Config, cases []guarded) {
	t.Helper()
	cfg.UI = answering("pages")
	cfg.Runner = func(fakeserver.RunnerEnv) http.Handler { return answering("runner") }
	srv, base := start(t, cfg)
	self := strings.TrimPrefix(base, "http://")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, base+tc.path, strings.NewReader(tc.body))
			require.NoError(t, err)
			if tc.host != "" {
				req.Host = tc.host
			}
			for k, v := range tc.headers {
				v = strings.ReplaceAll(v, "SELF", self)
				v = strings.ReplaceAll(v, "TOKEN", srv.Token())
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			body := readBody(t, resp)
			assert.Equal(t, tc.status, resp.StatusCode, body)
			assert.Contains(t, body, tc.says)
		})
	}
}

func TestBrowsersMayChangeStateOnlyFromThePagesServedHere(t *testing.T) {
	t.Parallel()
	fault := `[{"destination": "+6599999999", "status": 503}]`
	sameOrigin := map[string]string{"Origin": "http://SELF", "Sec-Fetch-Site": "same-origin", fakeserver.TokenHeader: "TOKEN"}
	runGuarded(t, fakeserver.Config{}, []guarded{
		{name: "a same-origin browser PUT with the token is taken", method: http.MethodPut, path: apiV1 + "faults/8x8",
			body: fault, headers: sameOrigin, status: http.StatusOK, says: "503"},
		{name: "a same-origin browser POST to the runner with the token reaches it", method: http.MethodPost, path: apiV1 + "run",
			headers: sameOrigin, status: http.StatusOK, says: "runner"},
		{name: "a cross-origin DELETE is refused", method: http.MethodDelete, path: apiV1 + "messages",
			headers: map[string]string{"Origin": "http://evil.example", fakeserver.TokenHeader: "TOKEN"}, status: http.StatusForbidden, says: "evil.example"},
		{name: "a cross-site POST to the runner is refused even with the token", method: http.MethodPost, path: apiV1 + "run",
			headers: map[string]string{"Sec-Fetch-Site": "cross-site", fakeserver.TokenHeader: "TOKEN"}, status: http.StatusForbidden, says: "another site"},
		{name: "a same-site page on another port is refused", method: http.MethodPost, path: apiV1 + "stubs",
			headers: map[string]string{"Origin": "http://127.0.0.1:1", "Sec-Fetch-Site": "same-site", fakeserver.TokenHeader: "TOKEN"}, status: http.StatusForbidden, says: "same-site"},
		{name: "a same-origin browser DELETE without the token is refused", method: http.MethodDelete, path: apiV1 + "messages",
			headers: map[string]string{"Origin": "http://SELF"}, status: http.StatusForbidden, says: fakeserver.TokenHeader},
		{name: "a wrong token is refused", method: http.MethodDelete, path: apiV1 + "faults",
			headers: map[string]string{"Sec-Fetch-Site": "same-origin", fakeserver.TokenHeader: "guess"}, status: http.StatusForbidden, says: "token"},
		{name: "a program without Origin changes state as before", method: http.MethodDelete, path: apiV1 + "messages",
			status: http.StatusNoContent},
		{name: "a browser GET needs no token", method: http.MethodGet, path: apiV1 + "messages",
			headers: map[string]string{"Sec-Fetch-Site": "cross-site"}, status: http.StatusOK, says: "total"},
		{name: "a cross-site POST to a provider's path still reaches the fake", method: http.MethodPost, path: send8x8Path,
			body:    `{"destination": "+6512345678", "text": "hi"}`,
			headers: map[string]string{"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site", "Authorization": "Bearer k", "Content-Type": "application/json"},
			status:  http.StatusOK, says: "umid"},
	})
}

func TestPagesAndAPIAnswerOnlyToThisServersNames(t *testing.T) {
	t.Parallel()
	runGuarded(t, fakeserver.Config{Hosts: []string{"hookemu"}}, []guarded{
		{name: "the inbox is served at its own address", method: http.MethodGet, path: "/", status: http.StatusOK, says: "pages /"},
		{name: "the runner page is served to localhost", method: http.MethodGet, path: "/run", host: "localhost:9", status: http.StatusOK, says: "pages /run"},
		{name: "a message page is served to [::1]", method: http.MethodGet, path: "/messages/8x8-1", host: "[::1]:8025", status: http.StatusOK, says: "pages /messages/8x8-1"},
		{name: "assets are served", method: http.MethodGet, path: "/_hookemu/ui/app.js", status: http.StatusOK, says: "pages /_hookemu/ui/app.js"},
		{name: "a name given in Hosts is served", method: http.MethodGet, path: apiV1 + "messages", host: "hookemu:8025", status: http.StatusOK, says: "total"},
		{name: "the inbox refuses a rebound name", method: http.MethodGet, path: "/", host: "evil.example:8025", status: http.StatusMisdirectedRequest, says: "--host evil.example"},
		{name: "the API refuses a rebound name to a browser", method: http.MethodGet, path: apiV1 + "messages", host: "evil.example",
			headers: map[string]string{"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}, status: http.StatusMisdirectedRequest, says: "evil.example"},
		{name: "the API answers a program by any name, as a container's service name", method: http.MethodGet, path: apiV1 + "messages", host: "sms-fakes:8025", status: http.StatusOK, says: "total"},
		{name: "a program's state change by any name still works", method: http.MethodDelete, path: apiV1 + "messages", host: "sms-fakes:8025", status: http.StatusNoContent},
		{name: "the session refuses a rebound name", method: http.MethodGet, path: apiV1 + "session", host: "evil.example", status: http.StatusMisdirectedRequest, says: "evil.example"},
		{name: "a provider's host still reaches its fake", method: http.MethodPost, path: send8x8Path, host: "sms.8x8.com",
			body: `{"destination": "+6512345678", "text": "hi"}`, headers: map[string]string{"Authorization": "Bearer k", "Content-Type": "application/json"},
			status: http.StatusOK, says: "umid"},
	})
}

func TestThePublicServersRunnerIsOffUnlessAllowed(t *testing.T) {
	t.Parallel()
	runGuarded(t, fakeserver.Config{Public: true}, []guarded{
		{name: "run is refused", method: http.MethodPost, path: apiV1 + "run", status: http.StatusForbidden, says: "--allow-runner"},
		{name: "check is refused", method: http.MethodPost, path: apiV1 + "check", status: http.StatusForbidden, says: "--allow-runner"},
		{name: "migrate is refused", method: http.MethodPost, path: apiV1 + "migrate", status: http.StatusForbidden, says: "--allow-runner"},
		{name: "diff is refused", method: http.MethodPost, path: apiV1 + "diff", status: http.StatusForbidden, says: "--allow-runner"},
		{name: "the list of hooks, which runs nothing, is served", method: http.MethodGet, path: apiV1 + "hooks", status: http.StatusOK, says: "runner"},
		{name: "the session says the runner is off", method: http.MethodGet, path: apiV1 + "session", status: http.StatusOK, says: `"runner": false`},
	})
	runGuarded(t, fakeserver.Config{Public: true, AllowRunner: true}, []guarded{
		{name: "run is allowed with AllowRunner", method: http.MethodPost, path: apiV1 + "run", status: http.StatusOK, says: "runner /_hookemu/api/v1/run"},
		{name: "the session says the runner is on", method: http.MethodGet, path: apiV1 + "session", status: http.StatusOK, says: `"runner": true`},
	})
}

func TestTheSessionGivesTheTokenOfThisServer(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	other, _ := start(t, fakeserver.Config{})
	var got struct {
		Token  string `json:"token"`
		Runner bool   `json:"runner"`
	}
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"session", "", &got))
	assert.Equal(t, srv.Token(), got.Token)
	assert.GreaterOrEqual(t, len(got.Token), 40)
	assert.NotEqual(t, other.Token(), got.Token, "each server has its own token")
	assert.False(t, got.Runner, "a server without a runner says so")
}

func TestWithoutPagesTheRootStaysAJSON404(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	resp, err := http.Get(base + "/")
	require.NoError(t, err)
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, readBody(t, resp), "nothing is served")
	u, _ := url.Parse(base)
	assert.NotEmpty(t, u.Host)
}
