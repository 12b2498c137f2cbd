package main

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkCLI runs `hookemu check args...` in-process, as cli does.
func checkCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return cli(t, append([]string{"check"}, args...)...)
}

const bareMessageType = `module.exports = function (recipient, text, context, cb) {
  if (message_type === 'voice') return cb(new Error('no voice'));
  cb(null, {});
};
`

func TestCheckPrintsOneAlignedLinePerCheckAndTheFixUnderAFail(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := checkCLI(t, writeFile(t, "hook.js", bareMessageType))
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stdout, "checking hook.js (hook, node12)\n")
	assert.Regexp(t, regexp.MustCompile(`(?m)^PASS  parses +parses \(4 lines\)$`), stdout)
	assert.Regexp(t, regexp.MustCompile(`(?m)^FAIL  undefined message_type +hook\.js:2: message_type is used but never defined`), stdout)
	assert.Regexp(t, regexp.MustCompile(`(?m)^ +fix: read it from the context parameter: context\.message_type$`), stdout)
	assert.Regexp(t, regexp.MustCompile(`(?m)^\d+ PASS, \d+ WARN, \d+ FAIL: fix the failures before deploying$`), stdout)
	assert.Empty(t, stderr)
}

func TestCheckReportsASyntaxErrorAsAFailAndExits1(t *testing.T) {
	t.Parallel()
	code, stdout, _ := checkCLI(t, writeFile(t, "broken.js", "module.exports = function (r, t, c, cb) {\n  cb(null, {};\n};\n"))
	assert.Equal(t, 1, code)
	assert.Regexp(t, regexp.MustCompile(`(?m)^FAIL  parses  broken\.js:2: SyntaxError: .*\(column \d+\)$`), stdout)
	assert.Contains(t, stdout, "0 PASS, 0 WARN, 1 FAIL")
}

func TestCheckJSONPrintsTheReportObjectOnly(t *testing.T) {
	t.Parallel()
	code, stdout, _ := checkCLI(t, writeFile(t, "hook.js", bareMessageType), "--json")
	assert.Equal(t, 1, code)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
	assert.Equal(t, "hook.js", out["hook"])
	assert.Equal(t, false, out["ok"])
	checks := out["checks"].([]any)
	first := checks[0].(map[string]any)
	for _, key := range []string{"name", "status", "message", "line", "fix"} {
		assert.Contains(t, first, key)
	}
	summary := out["summary"].(map[string]any)
	assert.EqualValues(t, len(checks), summary["pass"].(float64)+summary["warn"].(float64)+summary["fail"].(float64))
}

func TestCheckOnTheEmbedded8x8HookPassesWithItsDemoSecrets(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := checkCLI(t, "8x8.js")
	require.Equal(t, 0, code, "stdout: %s\nstderr: %s", stdout, stderr)
	assert.NotContains(t, stdout, "FAIL  ")
	assert.NotContains(t, stdout, "WARN  ")
	assert.Contains(t, stdout, "ready to deploy")
	assert.Contains(t, stdout, "checked with its demo secrets")
	assert.NotContains(t, stdout, "demo-8x8-api-key")
}

func TestStrictTurnsAWarningIntoExit1(t *testing.T) {
	t.Parallel()
	args := []string{"8x8.js", "--secret", "apikey=key-1", "--secret", "subaccount=acme", "--secret", "unused=some-value", "--timeout", "1m"}
	code, stdout, _ := checkCLI(t, args...)
	assert.Equal(t, 0, code, stdout)
	assert.Regexp(t, regexp.MustCompile(`(?m)^WARN  secret unused +unused is provided but the code never reads`), stdout)
	code, stdout, _ = checkCLI(t, append(args, "--strict")...)
	assert.Equal(t, 1, code, stdout)
	assert.Contains(t, stdout, "--strict fails on warnings")
}

func TestCheckUsageErrorsExit2(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", bareMessageType)
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no file", nil, "check takes one hook file"},
		{"two files", []string{hook, hook}, "check takes one hook file"},
		{"a file that does not exist", []string{"no-such-hook.js"}, "does not exist"},
		{"a secret without a value", []string{hook, "--secret", "apikey"}, "KEY=VALUE"},
		{"a secrets file that does not exist", []string{hook, "--secrets-file", "no-such.env"}, "cannot read secrets file"},
		{"a time limit that is not positive", []string{hook, "--timeout", "0s"}, "--timeout must be positive"},
		{"an unknown flag", []string{hook, "--nope"}, "unknown flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := checkCLI(t, tt.args...)
			assert.Equal(t, 2, code, "stdout: %s", stdout)
			assertSays(t, stderr, tt.stderr)
		})
	}
}
