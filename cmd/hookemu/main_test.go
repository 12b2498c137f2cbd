package main

import (
	"encoding/json"
	"regexp"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONIsOneObjectEvenWhenNothingRan(t *testing.T) {
	t.Parallel()
	syntax := writeFile(t, "syntax.js", "module.exports = function (r, t, c, cb) {\n")
	tests := []struct {
		name    string
		args    []string
		outcome string
	}{
		{"run with an unknown flag", []string{"run", "--json", "--nope"}, "usage-error"},
		{"run with two files", []string{"run", "--json", "a.js", "b.js"}, "usage-error"},
		{"run with a file that does not exist", []string{"run", "--json", "no-such.js"}, "load-error"},
		{"run with a syntax error", []string{"run", syntax, "--json"}, "load-error"},
		{"run with a payload Auth0 never sends", []string{"run", "--json", "--message-type", "fax"}, "load-error"},
		{"check with a file that does not exist", []string{"check", "--json", "no-such.js"}, "load-error"},
		{"check with a time limit that is not positive", []string{"check", "8x8.js", "--json", "--timeout", "0s"}, "usage-error"},
		{"diff with one file", []string{"diff", "--json", "8x8.js"}, "usage-error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, tt.args...)
			assert.Equal(t, exitUsage, code)
			var out map[string]any
			require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stdout must be one JSON object: %q", stdout)
			assert.Equal(t, false, out["ok"])
			assert.Equal(t, tt.outcome, out["outcome"])
			e, _ := out["error"].(map[string]any)
			require.NotNil(t, e)
			assert.NotEmpty(t, e["message"])
			assert.Contains(t, stderr, e["message"], "diagnostics still go to stderr")
		})
	}
}

func TestVersionPrintsTheBuildInfo(t *testing.T) {
	t.Parallel()
	code, byCommand, _ := cli(t, "version")
	require.Equal(t, 0, code)
	code, byFlag, _ := cli(t, "--version")
	require.Equal(t, 0, code)
	assert.Equal(t, byCommand, byFlag)
	assert.Regexp(t, `^hookemu \S+`, byCommand)

	t.Run("a release names its version and dependencies", func(t *testing.T) {
		t.Parallel()
		info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "github.com/hookemu/hookemu", Version: "v1.4.0"},
			Deps:     []*debug.Module{{Path: "github.com/dop251/goja", Version: "v0.0.0-x"}},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "-trimpath", Value: "true"}}}
		text := versionText(info, true)
		assert.Regexp(t, `^hookemu v1\.4\.0\ngo1\.26\.0 `, text)
		assert.Contains(t, text, "module github.com/hookemu/hookemu v1.4.0\n")
		assert.Contains(t, text, "  vcs.revision=abc123\n")
		assert.Contains(t, text, "dep github.com/dop251/goja v0.0.0-x\n")
		assert.NotContains(t, text, "trimpath")
	})
	t.Run("a development build says so", func(t *testing.T) {
		t.Parallel()
		text := versionText(&debug.BuildInfo{Main: debug.Module{Path: "github.com/hookemu/hookemu", Version: "(devel)"}}, true)
		assert.Regexp(t, `^hookemu \(devel\): a development build`, text)
	})
}

func TestUsageErrorsAreWordedAlikeAndNeverSayHookemuTwice(t *testing.T) {
	t.Parallel()
	argErr := regexp.MustCompile(`^hookemu: \w+ takes [a-z ]+, got \d+; e\.g\. hookemu \w+`)
	tests := []struct {
		name string
		args []string
		want *regexp.Regexp
	}{
		{"run with two files", []string{"run", "a.js", "b.js"}, argErr},
		{"check with none", []string{"check"}, argErr},
		{"diff with one", []string{"diff", "a.js"}, argErr},
		{"migrate with two", []string{"migrate", "a.js", "b.js"}, argErr},
		{"serve with one", []string{"serve", "a.js"}, argErr},
		{"version with one", []string{"version", "a"}, argErr},
		{"an unknown flag on the root", []string{"--nope"}, regexp.MustCompile(`^hookemu: unknown flag: --nope \(see 'hookemu --help'\)`)},
		{"an unknown flag on a subcommand", []string{"check", "--nope"}, regexp.MustCompile(`^hookemu: unknown flag: --nope \(see 'hookemu check --help'\)`)},
		{"an unknown command", []string{"rnu"}, regexp.MustCompile(`^hookemu: unknown command "rnu"`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Regexp(t, tt.want, stderr)
			assert.NotContains(t, stderr, "hookemu hookemu")
		})
	}
}
