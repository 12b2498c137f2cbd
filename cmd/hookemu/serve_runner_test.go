package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runnerPost posts body to the runner endpoint name of a running serve,
// as a program does (no Origin), and decodes the JSON answer.
func runnerPost(t *testing.T, s *served, name, body string) (int, map[string]any) {
	t.Helper()
	status, answer := serveRequest(t, http.MethodPost, s.base+"/_hookemu/api/v1/"+name, "application/json", body)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(answer), &out), "answer: %s", answer)
	return status, out
}

// cliJSON runs a CLI command with --json and decodes its object.
func cliJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	_, stdout, stderr := cli(t, append(args, "--json")...)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stderr: %s", stderr)
	return out
}

// elapsed is a time a message reports ("ends within 27ms").
var elapsed = regexp.MustCompile(`\b\d+(\.\d+)?(ms|s)\b`)

// withoutTimings drops what differs from one run to the next whatever
// the input: durations, and the times messages report.
func withoutTimings(v any) any {
	switch v := v.(type) {
	case string:
		return elapsed.ReplaceAllString(v, "TIME")
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			if k != "duration_ms" {
				out[k] = withoutTimings(e)
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = withoutTimings(e)
		}
		return out
	}
	return v
}

// shape is v with every scalar replaced by its kind: the object's form,
// whatever ids and times the fakes gave.
func shape(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			out[k] = shape(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = shape(e)
		}
		return out
	}
	return fmt.Sprintf("%T", v)
}

func TestServeRunnerRunAnswersWhatRunJSONPrintsAndTheSendShowsInTheInbox(t *testing.T) {
	t.Parallel()
	s := startServe(t)
	status, web := runnerPost(t, s, "run", `{"hook": "8x8.js"}`)
	require.Equal(t, http.StatusOK, status, "%v", web)
	cliOut := cliJSON(t, "run", "8x8.js")

	assert.Equal(t, shape(cliOut), shape(web), "the same object as run --json")
	for _, key := range []string{"hook", "kind", "runtime", "ok", "outcome", "problems"} {
		assert.Equal(t, cliOut[key], web[key], key)
	}
	webReq, cliReq := web["requests"].([]any)[0].(map[string]any), cliOut["requests"].([]any)[0].(map[string]any)
	for _, key := range []string{"method", "url", "status", "request"} {
		assert.Equal(t, cliReq[key], webReq[key], "request %s", key)
	}

	status, body := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/messages?provider=8x8", "", "")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `"total": 1`, "the run's send landed in serve's own fake")
}

func TestServeRunnerCheckAndDiffAnswerWhatTheCLIPrints(t *testing.T) {
	t.Parallel()
	s := startServe(t)
	tests := []struct {
		name     string
		endpoint string
		body     string
		args     []string
	}{
		{"check of an embedded hook", "check", `{"hook": "8x8.js"}`, []string{"check", "8x8.js"}},
		{"check of pasted code with its own name", "check", `{"code": "module.exports = function (r, t, c, cb) { cb(null, {}); };", "name": "mine.js"}`, nil},
		{"diff of a hook and its Action", "diff", `{"old": {"hook": "8x8.js"}, "new": {"hook": "8x8-action.js"}}`, []string{"diff", "8x8.js", "8x8-action.js"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				path := writeFile(t, "mine.js", "module.exports = function (r, t, c, cb) { cb(null, {}); };")
				args = []string{"check", path}
			}
			status, web := runnerPost(t, s, tt.endpoint, tt.body)
			require.Equal(t, http.StatusOK, status, "%v", web)
			assert.Equal(t, withoutTimings(cliJSON(t, args...)), withoutTimings(web))
		})
	}
}

func TestServeRunnerMigrateGivesTheActionMigratePrints(t *testing.T) {
	t.Parallel()
	s := startServe(t)
	status, web := runnerPost(t, s, "migrate", `{"hook": "8x8.js"}`)
	require.Equal(t, http.StatusOK, status, "%v", web)
	code, stdout, stderr := cli(t, "migrate", "8x8.js")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, stdout, web["code"])
	assert.NotNil(t, web["notes"])
}

func TestServeRunnerNeverShowsOrLogsASecretPosted(t *testing.T) {
	t.Parallel()
	s := startServe(t, "--log-format", "json")
	const secret = "sekrit-key-0123456789"
	status, answer := serveRequest(t, http.MethodPost, s.base+"/_hookemu/api/v1/run", "application/json",
		`{"hook": "8x8.js", "secrets": {"apikey": "`+secret+`", "subaccount": "acme"}}`)
	require.Equal(t, http.StatusOK, status, answer)
	assert.NotContains(t, answer, secret)
	assert.Contains(t, answer, "<secret:apikey>")
	_, inbox := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/messages", "", "")
	assert.NotContains(t, inbox, secret)
	assert.NotContains(t, s.stderr.String(), secret)
}

func TestServeRunnerRefusesHostileInput(t *testing.T) {
	t.Parallel()
	s := startServe(t)
	tests := []struct {
		name   string
		body   string
		status int
		says   string
	}{
		{"code over Auth0's 100 kB", `{"code": "` + strings.Repeat("x", 100_001) + `"}`, http.StatusBadRequest, "at most 100000"},
		{"a body over the bound", `{"code": "` + strings.Repeat("x", 1<<20) + `"}`, http.StatusRequestEntityTooLarge, "over"},
		{"an unknown embedded hook", `{"hook": "nope.js"}`, http.StatusBadRequest, "GET hooks lists them"},
		{"neither hook nor code", `{}`, http.StatusBadRequest, "an embedded hook's name"},
		{"a field the runner does not take", `{"hook": "8x8.js", "path": "/etc/passwd"}`, http.StatusBadRequest, "path"},
		{"code that does not load", `{"code": "module.exports = function (", "name": "broken.js"}`, http.StatusBadRequest, "broken.js"},
		{"a payload Auth0 never sends", `{"hook": "8x8.js", "payload": {"recipient": 5}}`, http.StatusBadRequest, "recipient"},
		{"a runtime that does not exist", `{"hook": "8x8.js", "runtime": "node4"}`, http.StatusBadRequest, "node4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, answer := serveRequest(t, http.MethodPost, s.base+"/_hookemu/api/v1/run", "application/json", tt.body)
			assert.Equal(t, tt.status, status, answer)
			assert.Contains(t, answer, tt.says)
			assert.NotContains(t, answer, "webui.", "no Go symbol reaches the user")
		})
	}
}

func TestServePublicWithoutAllowRunnerRefusesTheRunner(t *testing.T) {
	t.Parallel()
	s := startServe(t, "--public")
	assert.Contains(t, s.stdout.String(), "the runner is off with --public")
	status, answer := serveRequest(t, http.MethodPost, s.base+"/_hookemu/api/v1/run", "application/json", `{"hook": "8x8.js"}`)
	assert.Equal(t, http.StatusForbidden, status)
	assert.Contains(t, answer, "--allow-runner")

	allowed := startServe(t, "--public", "--allow-runner")
	status, answer = serveRequest(t, http.MethodPost, allowed.base+"/_hookemu/api/v1/run", "application/json", `{"hook": "8x8.js"}`)
	assert.Equal(t, http.StatusOK, status, answer)
}

func TestServeShowsThePagesAndPrintsTheirURL(t *testing.T) {
	t.Parallel()
	s := startServe(t)
	assert.Contains(t, s.stdout.String(), "web inbox "+s.base+"/, runner "+s.base+"/run")
	status, page := serveRequest(t, http.MethodGet, s.base+"/", "", "")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, "<html")
	status, hooksList := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/hooks", "", "")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, hooksList, `"name": "8x8.js"`)
	assert.Contains(t, hooksList, `"demo_secrets"`)
	assert.NotContains(t, hooksList, "demo-8x8-api-key", "demo secrets are listed by name only")

	req, err := http.NewRequest(http.MethodPost, s.base+"/_hookemu/api/v1/run", strings.NewReader(`{"hook": "8x8.js"}`))
	require.NoError(t, err)
	req.Header.Set("Origin", "http://evil.example")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "a cross-origin run is refused")
}
