package scenarios_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// greetHook requires a package that only the scenario's node_modules key
// (or the hook's own node_modules) provides.
const greetHook = `module.exports = function (recipient, text, context, cb) { cb(null, {said: require('greet')(recipient)}); };`

func TestTheNodeModulesKeyGivesTheHookPackages(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hooks/greet.js":                    greetHook,
		"deps/node_modules/greet/index.js":  `module.exports = function (n) { return 'hello ' + n; };`,
		"other/node_modules/greet/index.js": `module.exports = function (n) { return 'other ' + n; };`,
		"scenarios/greet.yaml":              "hook: ../hooks/greet.js\nnode_modules: ../deps\nexpect:\n  outcome: success\n  response: {said: hello +18085555555}\n",
		"scenarios/list.yaml":               "hook: ../hooks/greet.js\nnode_modules: [../other/node_modules, ../deps]\nexpect:\n  outcome: success\n  response: {said: other +18085555555}\n",
		"scenarios/none.yaml":               "hook: ../hooks/greet.js\nexpect:\n  outcome: exception\n",
	})
	sum, out := runText(t, &scenarios.Runner{Emulator: testEmulator()}, dir)
	assert.Equal(t, 3, sum.Passed, out)
	assert.Zero(t, sum.Failed, out)
}

func TestTheNodeModulesKeyIsChecked(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	tests := []struct{ name, value, want string }{
		{"a folder that does not exist is named", "../nope", "node_modules: ../nope is not a folder"},
		{"a folder outside the suite's tree is refused", filepath.Join(outside), "node_modules folder " + outside + " is outside the suite's folder tree"},
		{"a value that is no folder name is refused", "{a: 1}", "node_modules: want a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{
				"hooks/greet.js":       greetHook,
				"scenarios/greet.yaml": "hook: ../hooks/greet.js\nnode_modules: " + tt.value + "\n",
			})
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
