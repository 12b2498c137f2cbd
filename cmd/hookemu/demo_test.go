package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/stubs"
)

// Every documented hook runs out of the box, as the README promises
// (hookemu run hooks/NAME): its demo secrets and demo stubs fill in, every
// request reaches a fake or a stub, and nothing is wrong with the run.
func TestEveryDocumentedHookRunsOutOfTheBox(t *testing.T) {
	t.Parallel()
	for _, h := range hooks.List() {
		t.Run(h.Name+" succeeds with no flags and no problem", func(t *testing.T) {
			t.Parallel()
			code, out := runJSON(t, "hooks/"+h.Name, "--strict")
			assert.Equal(t, 0, code, "%v", out)
			assert.Equal(t, "success", out["outcome"])
			assert.Empty(t, out["problems"])
			for _, r := range out["requests"].([]any) {
				assert.NotEmpty(t, r.(map[string]any)["provider"], "no fake or stub answered %v", r.(map[string]any)["url"])
			}
		})
	}
}

// withDemoStubs is a documented hook with demo stubs, and the hosts they
// answer, found in the catalog so the tests follow it.
func withDemoStubs(t *testing.T) (hooks.Hook, []string) {
	t.Helper()
	for _, h := range hooks.List() {
		if h.Stubs == "" {
			continue
		}
		data, err := hooks.Source(h.Stubs)
		require.NoError(t, err)
		parsed, err := stubs.Parse(data, stubs.Options{Source: h.Stubs})
		require.NoError(t, err)
		set, err := stubs.NewSet(parsed...)
		require.NoError(t, err)
		return h, set.Hosts()
	}
	t.Skip("no documented hook has demo stubs")
	return hooks.Hook{}, nil
}

func TestDemoStubsAnswerOnlyForTheUnchangedDocumentedHookWithNoStubsGiven(t *testing.T) {
	t.Parallel()
	h, hosts := withDemoStubs(t)
	src, err := hooks.Source(h.Name)
	require.NoError(t, err)
	edited := writeFile(t, h.Name, string(src)+"\n// mine\n")
	own := writeFile(t, "own.stubs.yaml", hosts[0]+": [{status: 503, body: down}]\n")
	t.Run("run says it used them, and what for", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := cli(t, "run", "hooks/"+h.Name)
		require.Equal(t, 0, code, stdout+stderr)
		assert.Contains(t, stdout, "[stub]")
		assert.Contains(t, stdout, "(documented hook "+h.Name+" with demo secrets and demo stubs for "+hosts[0])
		assert.Contains(t, stdout, "run your own with: hookemu run my-hook.js --secrets-file .env --stubs stubs.yaml)")
		assert.NotContains(t, stdout, "was blocked")
	})
	t.Run("run with --stubs answers from those only", func(t *testing.T) {
		t.Parallel()
		code, out := runJSON(t, "hooks/"+h.Name, "--stubs", own)
		require.Equal(t, 0, code, "%v", out)
		var statuses []any
		for _, r := range out["requests"].([]any) {
			if r.(map[string]any)["provider"] == "stub" {
				statuses = append(statuses, r.(map[string]any)["status"])
			}
		}
		assert.Equal(t, []any{float64(503)}, statuses)
		_, stdout, _ := cli(t, "run", "hooks/"+h.Name, "--stubs", own)
		assert.Contains(t, stdout, "with demo secrets;")
		assert.NotContains(t, stdout, "demo stubs")
	})
	t.Run("run gives an edited copy none", func(t *testing.T) {
		t.Parallel()
		args := []string{"run", edited}
		for k, v := range h.Secrets {
			args = append(args, "--secret", k+"="+v)
		}
		_, stdout, _ := cli(t, args...)
		assert.Contains(t, stdout, "was blocked")
		assert.NotContains(t, stdout, "[stub]")
		assert.NotContains(t, stdout, "demo stubs")
	})
	t.Run("check says it checked with them", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := checkCLI(t, "hooks/"+h.Name)
		require.Equal(t, 0, code, stdout+stderr)
		assert.Contains(t, stdout, "checked with its demo secrets and demo stubs for "+hosts[0])
		assert.NotContains(t, stdout, "blocked hosts")
	})
	t.Run("diff says both ran with them", func(t *testing.T) {
		t.Parallel()
		code, stdout, stderr := cli(t, "diff", "hooks/"+h.Name, "hooks/"+h.Name)
		require.Equal(t, 0, code, stdout+stderr)
		assert.Contains(t, stderr, "no stubs given: both ran with the demo stubs of "+h.Name+" for "+hosts[0])
	})
}
