package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nodeModulesProject is a hook beside a node_modules folder, and another
// folder of packages elsewhere, as npm install lays them out.
func nodeModulesProject(t *testing.T) (hook, elsewhere string) {
	t.Helper()
	project, elsewhere := t.TempDir(), t.TempDir()
	files := map[string]string{
		filepath.Join(project, "node_modules/greeting/index.js"):  `module.exports = (n) => 'hello ' + n + ' from ' + __filename;`,
		filepath.Join(project, "node_modules/axios/package.json"): `{"name": "axios", "version": "1.6.0"}`,
		filepath.Join(project, "node_modules/axios/index.js"):     `module.exports = {installed: true};`,
		filepath.Join(elsewhere, "node_modules/far/index.js"):     `module.exports = 'far away';`,
		filepath.Join(project, "hook.js"): `module.exports = function (r, t, c, cb) {
  var far = null; try { far = require('far'); } catch (e) { far = e.code; }
  cb(null, {greeting: require('greeting')('you'), axios: require('axios').installed === true ? 'installed' : 'shim', far: far});
};`,
	}
	for p, content := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return filepath.Join(project, "hook.js"), elsewhere
}

func TestRunLoadsPackagesFromNodeModules(t *testing.T) {
	t.Parallel()
	hook, elsewhere := nodeModulesProject(t)
	tests := []struct {
		name  string
		flags []string
		want  map[string]any
	}{
		{"the hook's own node_modules is searched, and the shim wins", nil,
			map[string]any{"greeting": "hello you from /node_modules/greeting/index.js", "axios": "shim", "far": "MODULE_NOT_FOUND"}},
		{"--node-modules adds a folder", []string{"--node-modules", elsewhere},
			map[string]any{"greeting": "hello you from /node_modules/greeting/index.js", "axios": "shim", "far": "far away"}},
		{"--prefer-node-modules runs the installed package", []string{"--prefer-node-modules", "axios"},
			map[string]any{"greeting": "hello you from /node_modules/greeting/index.js", "axios": "installed", "far": "MODULE_NOT_FOUND"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out := runJSON(t, append([]string{hook}, tt.flags...)...)
			require.Equal(t, 0, code, "%v", out)
			assert.Equal(t, tt.want, out["response"])
		})
	}
}

func TestNodeModulesFlagThatIsNoFolderIsAUsageError(t *testing.T) {
	t.Parallel()
	hook, _ := nodeModulesProject(t)
	code, _, stderr := cli(t, "run", hook, "--node-modules", filepath.Join(filepath.Dir(hook), "missing"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--node-modules")
}

func TestTestRunsHooksWithTheirScenariosNodeModules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"hooks/greet.js":                   `module.exports = function (r, t, c, cb) { cb(null, {said: require('greet')(r)}); };`,
		"deps/node_modules/greet/index.js": `module.exports = function (n) { return 'hello ' + n + ' from ' + __dirname; };`,
		"scenarios/greet.yaml":             "hook: ../hooks/greet.js\nnode_modules: ../deps\nexpect:\n  outcome: success\n  response: {said: hello +18085555555 from /node_modules/greet}\n",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	code, stdout, stderr := cli(t, "test", dir)
	assert.Equal(t, 0, code, "stdout: %s\nstderr: %s", stdout, stderr)
}

func TestPreferNodeModulesNamesAModuleHookemuBuildsIn(t *testing.T) {
	t.Parallel()
	hook, _ := nodeModulesProject(t)
	tests := []struct{ name, value, want string }{
		{"a package hookemu does not build in is a usage error", "lodash", "hookemu builds in no lodash, so the installed one runs anyway"},
		{"a Node core module is a usage error", "crypto", "crypto is one of Node's core modules"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, "run", hook, "--prefer-node-modules", tt.value)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}
