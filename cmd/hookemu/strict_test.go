package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// unsetSecretHook succeeds but reads a secret nobody set: a problem of
// severity error.
const unsetSecretHook = "module.exports = function (r, t, context, cb) { var k = context.webtask.secrets.apikey; cb(null, {}); };"

func TestStrictFailsARunOrScenarioWithAnErrorProblem(t *testing.T) {
	t.Parallel()
	hook := writeFile(t, "hook.js", unsetSecretHook)
	dir := writeTree(t, map[string]string{
		"hook.js":             unsetSecretHook,
		"plain.scenario.yaml": "hook: hook.js\nexpect: {outcome: success}\n",
	})
	listed := writeTree(t, map[string]string{
		"hook.js":              unsetSecretHook,
		"listed.scenario.yaml": "hook: hook.js\nexpect: {outcome: success, problems: ['/apikey/']}\n",
	})
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"run without --strict succeeds", []string{"run", hook}, 0, ""},
		{"run --strict exits 1 and says why", []string{"run", hook, "--strict"}, 1, "--strict: the run had 1 problem of severity error"},
		{"run --strict --json exits 1", []string{"run", hook, "--strict", "--json"}, 1, "--strict"},
		{"test without --strict passes", []string{"test", dir}, 0, ""},
		{"test --strict fails the scenario", []string{"test", dir, "--strict"}, 1, ""},
		{"test --strict holds a scenario that lists its problems to that list", []string{"test", listed, "--strict"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, tt.args...)
			assert.Equal(t, tt.code, code, stdout+stderr)
			assert.Contains(t, stderr, tt.says)
		})
	}
}
