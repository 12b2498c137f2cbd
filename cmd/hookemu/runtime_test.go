package main

import (
	"cmp"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// versionHook answers with the Node version it runs on.
const versionHook = "module.exports = function (recipient, text, context, cb) { cb(null, {version: process.version}); };\n"

func TestRunRuntimeDecidesTheNodeTheHookRunsOn(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", versionHook)
	tests := []struct {
		name, flag, runtime, version string
	}{
		{"a hook with no --runtime runs on node12", "", "node12", "v12.22.12"},
		{"--runtime node16 runs it on Node 16", "node16", "node16", "v16.20.2"},
		{"--runtime node18 runs it on Node 18", "node18", "node18", "v18.20.4"},
		{"--runtime node22 runs it on Node 22", "node22", "node22", "v22.12.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := []string{hook}
			if tt.flag != "" {
				args = append(args, "--runtime", tt.flag)
			}
			code, out := runJSON(t, args...)
			require.Equal(t, 0, code, "%v", out)
			assert.Equal(t, tt.runtime, out["runtime"])
			assert.Equal(t, map[string]any{"version": tt.version}, out["response"])
			_, stdout, _ := cli(t, append([]string{"run"}, args...)...)
			assert.Contains(t, stdout, "hook.js (hook, "+tt.runtime+") to ")
		})
	}
}

func TestAnActionRunsOnNode22UnlessToldOtherwise(t *testing.T) {
	t.Parallel()
	action := writeFile(t, "action.js", "exports.onExecuteSendPhoneMessage = async () => { console.log(process.version); };\n")
	code, out := runJSON(t, action)
	require.Equal(t, 0, code, "%v", out)
	assert.Equal(t, "node22", out["runtime"])
	code, out = runJSON(t, action, "--runtime", "node18")
	require.Equal(t, 0, code, "%v", out)
	assert.Equal(t, "node18", out["runtime"])
}

func TestAnUnknownRuntimeIsAUsageErrorListingTheChoices(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", versionHook)
	for _, sub := range [][]string{{"run", hook}, {"check", hook}, {"diff", hook, hook}, {"test", hook}} {
		t.Run(sub[0]+" refuses --runtime node20", func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, append(sub, "--runtime", "node20")...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, "node12, node16, node18, node22")
		})
	}
}

func TestCheckRuntimeDecidesWhichGlobalsAreDeclared(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", "module.exports = function (recipient, text, context, cb) {\n  if (recipient === 'never') { fetch('https://example.com/'); }\n  cb();\n};\n")
	tests := []struct {
		name, runtime  string
		undefinedFetch bool
	}{
		{"on the hook's default Node 12 fetch is undefined", "", true},
		{"on node18 fetch is a global", "node18", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := []string{"check", "--json", hook}
			if tt.runtime != "" {
				args = append(args, "--runtime", tt.runtime)
			}
			_, stdout, stderr := cli(t, args...)
			var rep struct {
				Runtime string                  `json:"runtime"`
				Checks  []struct{ Name string } `json:"checks"`
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &rep), stderr)
			assert.Equal(t, cmp.Or(tt.runtime, "node12"), rep.Runtime, "the report names the runtime")
			var names []string
			for _, c := range rep.Checks {
				names = append(names, c.Name)
			}
			if tt.undefinedFetch {
				assert.Contains(t, names, "undefined fetch")
			} else {
				assert.NotContains(t, names, "undefined fetch")
			}
		})
	}
}

func TestDiffRunsBothSidesOnTheRuntimeGiven(t *testing.T) {
	t.Parallel()
	// fetch read while loading: a ReferenceError on Node 12, fine on 18.
	hook := writeFile(t, "hook.js", "var f = fetch;\n"+versionHook)
	code, _, _ := cli(t, "diff", hook, hook)
	assert.Equal(t, exitUsage, code, "on Node 12 the code cannot load")
	code, stdout, stderr := cli(t, "diff", hook, hook, "--runtime", "node18")
	assert.Equal(t, 0, code, "stdout: %s\nstderr: %s", stdout, stderr)
}

func TestTestRunsEachScenarioOnItsRuntime(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":             versionHook,
		"keyed.scenario.yaml": "hook: hook.js\nruntime: node16\nexpect: {outcome: success, response: {version: v16.20.2}}\n",
		"plain.scenario.yaml": "hook: hook.js\nexpect: {outcome: success, response: {version: v18.20.4}}\n",
	})
	code, stdout, stderr := hookemuTest(t, dir, "--runtime", "node18")
	assert.Equal(t, 0, code, "the runtime: key wins over --runtime, which the other scenario takes\nstdout: %s\nstderr: %s", stdout, stderr)
	code, stdout, _ = hookemuTest(t, dir)
	assert.Equal(t, exitFailed, code, "without --runtime the plain scenario runs on node12")
	assert.Contains(t, stdout, "v12.22.12")
}

func TestAScenarioWithAnUnknownRuntimeDoesNotLoad(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":           versionHook,
		"bad.scenario.yaml": "hook: hook.js\nruntime: node20\n",
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stdout+stderr, "bad.scenario.yaml:2")
	assert.Contains(t, stdout+stderr, "node12, node16, node18, node22")
}
