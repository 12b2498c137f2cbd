package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/scenarios"
)

func TestHelpScenariosPrintsTheManual(t *testing.T) {
	t.Parallel()
	code, stdout, _ := cli(t, "help", "scenarios")
	require.Equal(t, 0, code)
	assert.Equal(t, scenarios.Manual(), stdout)
}

func TestHelpProvidersListsTheRegistry(t *testing.T) {
	t.Parallel()
	code, stdout, _ := cli(t, "help", "providers")
	require.Equal(t, 0, code)
	assert.Equal(t, providers.Manual(), stdout)
}

func TestEveryProviderHasAnUpstreamFlag(t *testing.T) {
	t.Parallel()
	for _, command := range []string{"run", "serve"} {
		code, stdout, _ := cli(t, command, "--help")
		require.Equal(t, 0, code)
		for _, name := range providers.Names() {
			assert.Contains(t, stdout, "--upstream-"+name, command)
		}
	}
}

func TestExamplePrintsAnEmbeddedHook(t *testing.T) {
	t.Parallel()
	want, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	for _, name := range []string{"8x8", "8x8.js"} {
		code, stdout, _ := cli(t, "example", name)
		require.Equal(t, 0, code)
		assert.Equal(t, string(want), stdout, name)
	}
	t.Run("with no name it lists them", func(t *testing.T) {
		t.Parallel()
		code, stdout, _ := cli(t, "example")
		require.Equal(t, 0, code)
		for _, h := range hooks.List() {
			assert.Contains(t, stdout, h.Name)
		}
	})
	t.Run("an unknown name lists them and exits 2", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := cli(t, "example", "carrier-pigeon")
		assert.Equal(t, exitUsage, code)
		assert.Empty(t, stdout)
		assert.Contains(t, stderr, `no example "carrier-pigeon"; the examples are:`)
		assert.Contains(t, stderr, "twilio-sms.js")
	})
}

func TestCompletionOffersCommandsFlagValuesAndHookFiles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"subcommands", []string{""}, []string{"run\t", "check\t", "example\t", "version\t"}},
		{"message types", []string{"run", "--message-type", ""}, []string{"sms", "voice", ":4"}},
		{"notification types", []string{"run", "--notification-type", ""}, []string{"otp_verify", "password_breach", ":4"}},
		{"actions on check too", []string{"check", "x.js", "--action", ""}, []string{"enrollment", "second-factor-authentication"}},
		{"hook files and deploy artifacts for run", []string{"run", ""}, []string{"js", "json", "yaml", "tf", ":8"}},
		{"two of them for diff", []string{"diff", "a.js", ""}, []string{"js", "tf", ":8"}},
		{"hook files only for migrate", []string{"migrate", ""}, []string{"js", ":8"}},
		{"tfvars for --var-file", []string{"check", "infra", "--var-file", ""}, []string{"tfvars", ":8"}},
		{"example names", []string{"example", ""}, []string{"8x8.js\t", "twilio-verify.js\t"}},
		{"payload files", []string{"run", "--payload", ""}, []string{"json", ":8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, _ := cli(t, append([]string{"__complete"}, tt.args...)...)
			require.Equal(t, 0, code)
			lines := strings.Split(stdout, "\n")
			for _, w := range tt.want {
				assert.True(t, containsPrefix(lines, w), "%q in %q", w, stdout)
			}
		})
	}
}

func containsPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}
