package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const slackOK = "- {method: POST, path: /services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX, status: 200, body: ok}\n"

func TestRunAnswersAStubbedHostFromStubs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, stubsArg string
	}{
		{"a file that names its host", writeFile(t, "slack.stubs.yaml", "hooks.slack.com:\n  "+slackOK[2:])},
		{"HOST=FILE for stubs that name none", "hooks.slack.com=" + writeFile(t, "plain.stubs.yaml", slackOK)},
		{"the shipped example", "../../scenarios/examples/slack.stubs.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out := runJSON(t, "hooks/slack-action.js", "--stubs", tt.stubsArg)
			assert.Equal(t, 0, code)
			requests := out["requests"].([]any)
			require.Len(t, requests, 2)
			slack := requests[1].(map[string]any)
			assert.Equal(t, "stub", slack["provider"])
			assert.Equal(t, float64(200), slack["status"])
			assert.Equal(t, "ok", slack["response_body"])
			assert.Empty(t, out["problems"])
		})
	}
}

func TestRunNamesANearMissAsAProblemAndStrictFailsIt(t *testing.T) {
	t.Parallel()
	stubsFile := writeFile(t, "other.stubs.yaml", "hooks.slack.com: [{method: POST, path: /services/other, body: ok}]\n")
	code, out := runJSON(t, "hooks/slack-action.js", "--stubs", stubsFile)
	assert.Equal(t, 0, code, "the Action logs Slack's failure and goes on")
	problems := out["problems"].([]any)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].(map[string]any)["message"], "matched no stub; the closest, stub-1, differs in URL path")
	code, _, _ = cli(t, "run", "hooks/slack-action.js", "--stubs", stubsFile, "--strict")
	assert.Equal(t, 1, code)
}

func TestABadStubsFileIsAUsageError(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, content, want string }{
		{"a misspelt key", "hooks.slack.com: [{methd: POST}]\n", `did you mean "method"?`},
		{"a stub with no host", "[{method: POST}]\n", "--stubs HOST=FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, "run", "--stubs", writeFile(t, "bad.stubs.yaml", tt.content))
			assert.Equal(t, 2, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
	code, _, stderr := cli(t, "run", "--stubs", filepath.Join(t.TempDir(), "missing.yaml"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "missing.yaml")
}

func TestTestLaysStubsUnderEveryScenario(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	scenario := `name: slack
hook: slack-action.js
cases:
  - name: the webhook answers ok
    expect: {outcome: success, requests: [{status: 200}, {status: 200}], problems: []}
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "slack.scenario.yaml"), []byte(scenario), 0o600))
	stubsFile := writeFile(t, "ci.stubs.yaml", "hooks.slack.com:\n  "+slackOK[2:])
	code, stdout, stderr := cli(t, "test", dir, "--stubs", stubsFile)
	assert.Equal(t, 0, code, "%s%s", stdout, stderr)
}
