package main

import (
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
)

// copyOfHook writes the documented hook name into a folder of its own,
// under its own name, with old replaced by new (nothing when both are "").
func copyOfHook(t *testing.T, name, old, new string) string {
	t.Helper()
	src, err := hooks.Source(name)
	require.NoError(t, err)
	require.Contains(t, string(src), old)
	return writeFile(t, name, strings.Replace(string(src), old, new, 1))
}

func TestOnlyUnchangedDocumentedHooksGetDemoSecretsInEverySubcommand(t *testing.T) {
	t.Parallel()
	unchanged := copyOfHook(t, "8x8.js", "", "")
	edited := copyOfHook(t, "8x8.js", `encoding: "AUTO"`, `encoding: "UCS2"`)
	t.Run("check passes an unchanged copy with its demo secrets", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := checkCLI(t, unchanged)
		assert.Equal(t, 0, code, stdout+stderr)
		assert.Contains(t, stdout, "checked with its demo secrets")
	})
	t.Run("check names the missing secrets of an edited copy", func(t *testing.T) {
		t.Parallel()
		code, stdout, _ := checkCLI(t, edited)
		assert.Equal(t, 1, code)
		assert.Regexp(t, regexp.MustCompile(`(?m)^FAIL  secret apikey +8x8\.js:10: context\.webtask\.secrets\.apikey is read but not provided`), stdout)
		assert.NotContains(t, stdout, "demo secrets")
	})
	t.Run("run gives an edited copy no demo secrets", func(t *testing.T) {
		t.Parallel()
		code, stdout, _ := cli(t, "run", edited)
		assert.Equal(t, 1, code)
		assert.Contains(t, stdout, `read secret "apikey", which is not set`)
		assert.NotContains(t, stdout, "demo secrets")
	})
	t.Run("run gives an unchanged copy its demo secrets", func(t *testing.T) {
		t.Parallel()
		code, stdout, _ := cli(t, "run", unchanged)
		assert.Equal(t, 0, code, stdout)
		assert.Contains(t, stdout, "with demo secrets")
	})
	t.Run("test gives only the unchanged hook its demo secrets", func(t *testing.T) {
		t.Parallel()
		dir := writeTree(t, map[string]string{
			"embedded.scenario.yaml": "hook: 8x8.js\nexpect: {outcome: success, problems: []}\n",
			"edited.scenario.yaml":   "hook: " + edited + "\nexpect: {outcome: error}\n",
		})
		code, stdout, stderr := hookemuTest(t, dir, "--allow-outside-root") // the copy is in a folder of its own
		assert.Equal(t, 0, code, stdout+stderr)
		assert.Contains(t, stdout, "2 passed")
	})
	t.Run("diff gives an edited copy named 8x8.js no demo secrets", func(t *testing.T) {
		t.Parallel()
		_, _, stderr := cli(t, "diff", edited, changedAction(t, `encoding: "AUTO"`, `encoding: "UCS2"`))
		assert.Contains(t, stderr, "both ran without any")
		assert.NotContains(t, stderr, "demo secrets")
	})
}

func TestRunTestCheckAndDiffShareTheirFlags(t *testing.T) {
	t.Parallel()
	shared := []string{"secret", "secrets-file", "timeout", "json", "actions-dir"}
	payload := []string{"payload", "recipient", "text", "code", "message-type", "action", "language", "notification-type", "from"}
	root := newRootCommand(io.Discard, io.Discard)
	for _, name := range []string{"run", "test", "check", "diff"} {
		cmd, _, err := root.Find([]string{name})
		require.NoError(t, err)
		for _, flag := range shared {
			assert.NotNil(t, cmd.Flags().Lookup(flag), "%s --%s", name, flag)
		}
		if name == "test" {
			continue // each scenario has a payload of its own
		}
		for _, flag := range payload {
			assert.NotNil(t, cmd.Flags().Lookup(flag), "%s --%s", name, flag)
		}
	}
}

func TestTestTakesSecretsAndATimeLimitFromItsFlags(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":            "module.exports = function (r, t, context, cb) { cb(null, {key: context.webtask.secrets.apikey.length}); };",
		"loop.js":            "module.exports = function (r, t, c, cb) { while (true) {} };",
		"key.scenario.yaml":  "hook: hook.js\ntimeout: 1m\nexpect: {outcome: success, response: {key: 13}}\n",
		"loop.scenario.yaml": "hook: loop.js\nexpect: {outcome: timeout}\n",
		"own.scenario.yaml":  "hook: hook.js\ntimeout: 1m\nsecrets: {apikey: its-own}\nexpect: {outcome: success, response: {key: 7}}\n",
		"test.env":           "apikey=from-the-file\n",
	})
	code, stdout, stderr := hookemuTest(t, dir, "--secrets-file", filepath.Join(dir, "test.env"), "--timeout", "500ms")
	assert.Equal(t, 0, code, stdout+stderr)
	assert.Contains(t, stdout, "3 passed")
}

func TestCheckAndDiffCallTheHookWithThePayloadFlags(t *testing.T) {
	t.Parallel()
	t.Run("check fails a hook when the given recipient is one 8x8 refuses", func(t *testing.T) {
		t.Parallel()
		code, stdout, _ := checkCLI(t, "8x8.js", "--recipient", "1-808-555-5555")
		assert.Equal(t, 1, code, stdout)
		assert.Contains(t, stdout, "FAIL  succeeds")
	})
	t.Run("diff sends the given recipient", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := cli(t, "diff", "8x8.js", "8x8.js", "--json", "--recipient", "+6512345678")
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, stdout, `\"destination\":\"+6512345678\"`)
	})
	for _, cmd := range []string{"check", "diff"} {
		t.Run(cmd+" refuses --notification-type, which each of its calls sets", func(t *testing.T) {
			t.Parallel()
			args := []string{cmd, "8x8.js", "--notification-type", "otp_verify"}
			if cmd == "diff" {
				args = []string{cmd, "8x8.js", "8x8.js", "--notification-type", "otp_verify"}
			}
			code, _, stderr := cli(t, args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, stderr, "--notification-type: "+cmd+" calls the hook with every message type")
		})
		t.Run(cmd+" refuses --message-type, which each of its calls sets", func(t *testing.T) {
			t.Parallel()
			args := []string{cmd, "8x8.js", "--message-type", "voice"}
			if cmd == "diff" {
				args = []string{cmd, "8x8.js", "8x8.js", "--message-type", "voice"}
			}
			code, _, stderr := cli(t, args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, stderr, "--message-type: "+cmd+" calls the hook with every message type")
		})
	}
}

func TestAPayloadTypoIsRefusedInEveryPlaceAPayloadIsWritten(t *testing.T) {
	t.Parallel()
	payload := writeFile(t, "payload.json", `{"context": {"mesage_type": "voice"}}`)
	suite := writeTree(t, map[string]string{
		"typo.scenario.yaml": "hook: 8x8.js\npayload: {context: {mesage_type: voice}}\n",
	})
	for _, args := range [][]string{{"run", "--payload", payload}, {"check", "8x8.js", "--payload", payload}, {"test", suite}} {
		code, _, stderr := cli(t, args...)
		assert.Equal(t, exitUsage, code, args)
		assert.Contains(t, stderr, `context.mesage_type is not a field Auth0 sends; did you mean "message_type"?`, args)
	}
}

func TestRunSuggestsAProvidedSecretAndWhereItCameFrom(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", `module.exports = function (r, t, context, cb) { var k = context.webtask.secrets.API_KEY; cb(null, {}); };`)
	env := writeFile(t, ".env", "apikey=Sup3rSecret\n")
	code, stdout, _ := cli(t, "run", hook, "--secrets-file", env)
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, `hook read secret "API_KEY", which is not set; did you mean "apikey" (from .env)?`)
	assert.NotContains(t, stdout, "Sup3rSecret")
	_, stdout, _ = cli(t, "run", hook, "--secret", "Api_Key=x")
	assert.Contains(t, stdout, `did you mean "Api_Key" (from --secret)?`)
}
