package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cli runs hookemu in-process and returns its exit code and output.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := execute(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// assertSays checks the error a user sees on stderr: one line that starts
// "hookemu: ", as main writes it, whose message says what went wrong.
func assertSays(t *testing.T, stderr, says string) {
	t.Helper()
	i := strings.Index(stderr, "hookemu: ")
	require.GreaterOrEqual(t, i, 0, "no line starts with hookemu: in %q", stderr)
	require.True(t, i == 0 || stderr[i-1] == '\n', "hookemu: starts no line in %q", stderr)
	assert.Contains(t, stderr[i:], says)
	assert.NotContains(t, stderr, "hookemu: hookemu")
}

// runJSON runs `hookemu run --json ...` and decodes the one object it prints.
func runJSON(t *testing.T, args ...string) (int, map[string]any) {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"run", "--json"}, args...)...)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stdout must be one JSON object; stderr: %s", stderr)
	return code, out
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

func TestRunWithNoFileSendsTheEmbedded8x8HookToTheFake(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "run")
	require.Equal(t, 0, code, "stdout: %s\nstderr: %s", stdout, stderr)
	assert.Contains(t, stdout, "→ POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages  [fake 8x8]")
	assert.Contains(t, stdout, "Authorization: Bearer <secret:apikey>")
	assert.Contains(t, stdout, `"destination": "+18085555555"`)
	assert.Contains(t, stdout, "← 200 OK")
	assert.Contains(t, stdout, `"code": "QUEUED"`)
	assert.Contains(t, stdout, "✔ success: cb(null, {})")
	assert.NotContains(t, stdout, "demo-8x8-api-key")
}

func TestRunJSONPrintsTheDocumentedSchema(t *testing.T) {
	t.Parallel()
	code, out := runJSON(t)
	require.Equal(t, 0, code)
	for _, key := range []string{"hook", "kind", "ok", "outcome", "error", "response", "requests", "logs", "problems", "duration_ms"} {
		assert.Contains(t, out, key)
	}
	assert.Equal(t, "8x8.js", out["hook"])
	assert.Equal(t, "hook", out["kind"])
	assert.Equal(t, true, out["ok"])
	assert.Equal(t, "success", out["outcome"])
	assert.Nil(t, out["error"])
	req := out["requests"].([]any)[0].(map[string]any)
	for _, key := range []string{"method", "url", "headers", "body", "status", "response_body", "after_callback", "sent"} {
		assert.Contains(t, req, key)
	}
	assert.JSONEq(t, `{"encoding":"AUTO","destination":"+18085555555","text":"Here is your one time password: 999111"}`, req["body"].(string))
}

func TestAWrongKeyGivesThe8x8AuthErrorAndExit1(t *testing.T) {
	t.Parallel()
	code, out := runJSON(t, "hooks/8x8.js", "--secret", "apikey=wrong-key", "--secret", "subaccount=acme", "--fake8x8-apikey", "right-key")
	assert.Equal(t, 1, code)
	assert.Equal(t, "error", out["outcome"])
	e := out["error"].(map[string]any)
	assert.Equal(t, "Request failed with status code 401", e["message"])
	assert.EqualValues(t, 401, e["status"])
	req := out["requests"].([]any)[0].(map[string]any)
	assert.Contains(t, req["response_body"], `"code":1200`)
	assert.Contains(t, req["response_body"], "Request was not authenticated properly")
}

func TestTheRunnersLiteralRecipientIsRejectedAsThe8x8APIWould(t *testing.T) {
	t.Parallel()
	code, out := runJSON(t, "--recipient", "1-808-555-5555")
	assert.Equal(t, 1, code)
	req := out["requests"].([]any)[0].(map[string]any)
	assert.EqualValues(t, 400, req["status"])
	assert.Contains(t, req["response_body"], `"code":1002`)
	assert.EqualValues(t, 400, out["error"].(map[string]any)["status"])
}

func TestAnEndlessLoopTimesOutInAboutTheLimit(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "loop.js", "module.exports = function (r, t, c, cb) { while (true) {} };")
	start := time.Now()
	code, out := runJSON(t, hook, "--timeout", "1s")
	took := time.Since(start)
	assert.Equal(t, 1, code)
	assert.Equal(t, "timeout", out["outcome"])
	assert.Less(t, took, time.Minute, "the limit must stop the loop (generous: a loaded machine is slow)")
}

func TestHookFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, outcome, problem string
	}{
		{"cb twice is reported", "module.exports = function (r, t, c, cb) { cb(null, {}); cb(null, {}); };", "success", "cb was called again"},
		{"no cb is no-callback", "module.exports = function (r, t, c, cb) { };", "no-callback", ""},
		{"an unknown module names it", "module.exports = function (r, t, c, cb) { require('left-pad'); cb(); };", "exception", "Cannot find module 'left-pad'"},
		{"an unknown host names it and --allow-host", `module.exports = function (r, t, c, cb) { require('axios').get('https://api.example.com/otp').then(function () { cb(); }, cb); };`, "error", "--allow-host api.example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out := runJSON(t, writeFile(t, "hook.js", tt.src), "--timeout", "1m")
			assert.Equal(t, tt.outcome, out["outcome"])
			if tt.outcome == "success" {
				assert.Equal(t, 0, code)
			} else {
				assert.Equal(t, 1, code)
			}
			if tt.problem != "" {
				problems, _ := json.Marshal(out["problems"])
				assert.Contains(t, string(problems), tt.problem)
			}
		})
	}
}

func TestUsageAndLoadErrorsExitWith2(t *testing.T) {
	t.Parallel()
	syntax := writeFile(t, "syntax.js", "module.exports = function (r, t, c, cb) {\n  cb(null, {a: 1);\n};\n")
	notHook := writeFile(t, "nothook.js", "module.exports = 42;")
	badPayload := writeFile(t, "payload.json", `{"recipient": 5}`)
	badSecrets := writeFile(t, "secrets.env", "this is not = \"dotenv")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a syntax error shows file, line and column", []string{"run", syntax}, "syntax.js:2:"},
		{"a file that is not a hook says what it exports", []string{"run", notHook}, "module.exports is the number 42"},
		{"a missing file says so", []string{"run", "no-such-hook.js"}, "does not exist"},
		{"a malformed payload names the field", []string{"run", "--payload", badPayload}, "recipient is the number 5"},
		{"an impossible message type names the field", []string{"run", "--message-type", "email"}, `context.message_type is "email"`},
		{"an impossible notification type names the field", []string{"run", "--notification-type", "otp"}, `event.notification.message_type is "otp"; Auth0 sends only "otp_verify" or`},
		{"a malformed secrets file says what to write", []string{"run", "--secrets-file", badSecrets}, "dotenv"},
		{"an unknown flag is a usage error", []string{"run", "--no-such-flag"}, "unknown flag"},
		{"a malformed --secret says how to write it", []string{"run", "--secret", "novalue"}, "KEY=VALUE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, tt.args...)
			assert.Equal(t, 2, code, "stdout: %s", stdout)
			assert.Contains(t, stderr, tt.want)
			assert.Empty(t, stdout)
		})
	}
}

func TestNoSecretValueAppearsInAnyOutput(t *testing.T) {
	t.Parallel()
	secrets := writeFile(t, "s.env", "apikey=Sup3rSecretKey\nsubaccount=acme-private-sub\n")
	hook := writeFile(t, "leaky.js", strings.ReplaceAll(`module.exports = function (recipient, text, context, cb) {
	var s = context.webtask.secrets;
	console.log('key is', s.apikey, Buffer.from('user:' + s.apikey).toString('base64'));
	require('axios').post('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages',
		{destination: recipient, text: text, note: s.apikey}, {headers: {Authorization: 'Bearer ' + s.apikey}})
	.then(function () { cb(new Error('failing with ' + s.apikey)); }, cb);
};`, "\t", "  "))
	for _, args := range [][]string{{"run", hook, "--secrets-file", secrets}, {"run", "--json", hook, "--secrets-file", secrets}} {
		_, stdout, stderr := cli(t, args...)
		for _, secret := range []string{"Sup3rSecretKey", "acme-private-sub"} {
			assert.NotContains(t, stdout, secret)
			assert.NotContains(t, stderr, secret)
		}
		assert.Contains(t, stdout, "<secret:apikey>")
	}
}

func TestRealModeSendsToTheUpstreamAndSaysSo(t *testing.T) {
	t.Parallel()
	var got []string
	var mu sync.Mutex
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Method+" "+r.URL.Path)
		mu.Unlock()
		_, _ = io.WriteString(w, `{"umid":"from-upstream"}`)
	}))
	defer upstream.Close()
	code, stdout, stderr := cli(t, "run", "--json", "hooks/8x8.js", "--real", "--upstream-8x8", upstream.URL,
		"--secret", "apikey=live-key", "--secret", "subaccount=acme")
	require.Equal(t, 0, code, "stderr: %s", stderr)
	assert.Contains(t, stderr, "REAL MODE: real messages will be sent")
	assert.Contains(t, stderr, upstream.URL)
	assert.Contains(t, stdout, "from-upstream")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []string{"POST /api/v1/subaccounts/acme/messages"}, got)
}

func TestRealModeNeverStartsByAccident(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"demo secrets are never sent to a real provider", []string{"run", "--real"}, "needs your provider credentials"},
		{"an empty secret is refused", []string{"run", "--real", "--secret", "apikey=", "--secret", "subaccount=x"}, "secret apikey is empty"},
		{"real-mode flags need --real", []string{"run", "--upstream-8x8", "https://example.com"}, "only apply with --real"},
		{"plain http off loopback is refused", []string{"run", "--real", "--secret", "apikey=k", "--upstream-8x8", "http://example.com"}, "must use https"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, tt.args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestAnActionFindsItsSharedModulesInActionsDir(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "otp.js"), []byte(`module.exports = {line: (code) => 'code ' + code};`), 0o600))
	action := writeFile(t, "action.js", `exports.onExecuteSendPhoneMessage = async (event) => require('actions:otp').line(event.message_options.code);`)
	code, out := runJSON(t, action, "--actions-dir", dir)
	require.Equal(t, 0, code, "%v", out)
	assert.Equal(t, "action", out["kind"])
	assert.Equal(t, "code 123456", out["response"])
}
