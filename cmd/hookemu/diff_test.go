package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
)

// changedAction is the documented 8x8 Action with one edit.
func changedAction(t *testing.T, old, new string) string {
	t.Helper()
	src, err := hooks.Source("8x8-action.js")
	require.NoError(t, err)
	require.Contains(t, string(src), old)
	return writeFile(t, "changed.js", strings.Replace(string(src), old, new, 1))
}

func TestDiffOfTheSameCodeIsTheSameInEveryCall(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "diff", "8x8.js", "8x8.js")
	require.Equal(t, 0, code, stdout+stderr)
	assert.Equal(t, 8, strings.Count(stdout, "\nsame       "))
	assert.Contains(t, stdout, "Accept, Accept-Encoding, Connection, Content-Length, User-Agent headers")
	assert.Contains(t, stdout, "8 calls: the same requests and outcome in every one")
}

func TestDiffShowsEachDifferenceAndExits1(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		old, new string
		shows    []string
	}{
		{"a missing header", `"Authorization": ` + "`Bearer ${apikey}`,", "",
			[]string{"      header Authorization\n        - 8x8-action.js  Bearer <secret:apikey>\n        + changed.js     (none)\n"}},
		{"a different text", "text: text }", "text: 'code ' + event.message_options.code }",
			[]string{"      body .text\n", "        + changed.js     \"code 482913\"\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is shown under its request", func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, "diff", "8x8-action.js", changedAction(t, tt.old, tt.new), "--secret", "apikey=k1234567", "--secret", "subaccount=acme")
			assert.Equal(t, 1, code, stderr)
			assert.Contains(t, stdout, "DIFFERENT  sms, enrollment, provider answers\n    request 1, POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages\n")
			for _, s := range tt.shows {
				assert.Contains(t, stdout, s)
			}
			assert.NotContains(t, stdout, "k1234567", "secrets stay masked")
			assert.NotContains(t, stderr, "demo secrets", "the secrets given are used")
		})
	}
}

func TestDiffJSONPrintsOneObjectWithEveryCase(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "diff", "--json", "8x8-action.js", changedAction(t, "text: text }", "text: 'hello' }"))
	require.Equal(t, 1, code, stderr)
	var out struct {
		Old, New       string
		IgnoredHeaders []string `json:"ignored_headers"`
		Cases          []struct {
			Name        string
			Differences []struct {
				Request               int
				Where, What, Old, New string
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
	assert.Equal(t, "8x8-action.js", out.Old)
	assert.Contains(t, out.IgnoredHeaders, "User-Agent")
	require.Len(t, out.Cases, 8)
	assert.Equal(t, "body .text", out.Cases[0].Differences[0].What)
	assert.Equal(t, `"hello"`, out.Cases[0].Differences[0].New)
}

func TestDiffUsageAndLoadErrorsExit2(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		says string
	}{
		{"one file", []string{"diff", "8x8.js"}, "diff takes two files"},
		{"a file that does not exist", []string{"diff", "8x8.js", "nope.js"}, "does not exist"},
		{"code that does not parse", []string{"diff", "8x8.js", writeFile(t, "bad.js", "exports.onExecuteSendPhoneMessage = async (event) => {\n")}, "SyntaxError"},
		{"a malformed secret", []string{"diff", "8x8.js", "8x8.js", "--secret", "novalue"}, "KEY=VALUE"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" exits 2", func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, tt.args...)
			assert.Equal(t, 2, code)
			assertSays(t, stderr, tt.says)
		})
	}
}
