package emulator_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// writeTree writes files (slash paths to contents) under dir.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// packageFixture is a project folder with node_modules as npm would lay
// it out, one package per way Node resolves one.
var packageFixture = map[string]string{
	"node_modules/main-pkg/package.json":                  `{"name": "main-pkg", "version": "1.2.3", "main": "lib/entry"}`,
	"node_modules/main-pkg/lib/entry.js":                  `exports.file = __filename; exports.dir = __dirname; exports.helper = require('./helper').name; exports.id = module.id;`,
	"node_modules/main-pkg/lib/helper.js":                 `module.exports = {name: 'helper'};`,
	"node_modules/index-pkg/index.js":                     `module.exports = 'from index.js';`,
	"node_modules/json-pkg/package.json":                  `{"name": "json-pkg", "main": "data.json"}`,
	"node_modules/json-pkg/data.json":                     `{"answer": 42}`,
	"node_modules/cjs-pkg/package.json":                   `{"name": "cjs-pkg", "type": "module", "exports": {"import": "./index.mjs", "require": "./index.cjs"}}`,
	"node_modules/cjs-pkg/index.cjs":                      `module.exports = 'cjs build';`,
	"node_modules/cjs-pkg/index.mjs":                      `export default 'esm build';`,
	"node_modules/cond-pkg/package.json":                  `{"name": "cond-pkg", "exports": {".": {"browser": "./browser.js", "node": {"import": "./esm.mjs", "require": "./node.js"}, "default": "./default.js"}, "./feature": "./lib/feature.js", "./sub/*": "./lib/sub/*.js", "./sub/private/*": null, "./package.json": "./package.json"}}`,
	"node_modules/cond-pkg/node.js":                       `module.exports = 'node condition';`,
	"node_modules/cond-pkg/browser.js":                    `module.exports = 'browser condition';`,
	"node_modules/cond-pkg/lib/feature.js":                `module.exports = 'feature subpath';`,
	"node_modules/cond-pkg/lib/sub/a.js":                  `module.exports = 'pattern a';`,
	"node_modules/cond-pkg/lib/sub/private/x.js":          `module.exports = 'private';`,
	"node_modules/cond-pkg/lib/hidden.js":                 `module.exports = 'hidden';`,
	"node_modules/circle/package.json":                    `{"name": "circle", "main": "a.js"}`,
	"node_modules/circle/a.js":                            `exports.early = 'a early'; var b = require('./b'); exports.fromB = b.sawA; exports.done = true;`,
	"node_modules/circle/b.js":                            `var a = require('./a'); exports.sawA = a.early + ' / done:' + String(a.done);`,
	"node_modules/uses-dep/index.js":                      `module.exports = require('dep') + ' via uses-dep';`,
	"node_modules/uses-dep/node_modules/dep/index.js":     `module.exports = 'nested dep 2';`,
	"node_modules/dep/index.js":                           `module.exports = 'top dep 1';`,
	"node_modules/esm-only/package.json":                  `{"name": "esm-only", "type": "module", "main": "index.js"}`,
	"node_modules/esm-only/index.js":                      `export default 1;`,
	"node_modules/mjs-main/package.json":                  `{"name": "mjs-main", "main": "index.mjs"}`,
	"node_modules/mjs-main/index.mjs":                     `export default 1;`,
	"node_modules/import-only/package.json":               `{"name": "import-only", "exports": {"import": "./index.js"}}`,
	"node_modules/import-only/index.js":                   `export default 1;`,
	"node_modules/needs-cluster/index.js":                 `module.exports = require('cluster');`,
	"node_modules/needs-missing/index.js":                 `module.exports = require('not-installed');`,
	"node_modules/throws/index.js":                        `globalThis.throwsLoaded = (globalThis.throwsLoaded || 0) + 1; throw new TypeError('broken at load');`,
	"node_modules/bad-syntax/index.js":                    `module.exports = {;`,
	"node_modules/bad-json/package.json":                  `{"name": "bad-json", "main": "x.json"}`,
	"node_modules/bad-json/x.json":                        `{nope}`,
	"node_modules/escape/package.json":                    `{"name": "escape", "main": "../../outside.js"}`,
	"node_modules/axios/package.json":                     `{"name": "axios", "version": "1.6.0", "main": "index.js"}`,
	"node_modules/axios/index.js":                         `module.exports = {installed: true};`,
	"node_modules/awesome-phonenumber/package.json":       `{"name": "awesome-phonenumber", "version": "7.2.0", "main": "index.js"}`,
	"node_modules/awesome-phonenumber/index.js":           `module.exports = 'apn 7.2.0';`,
	"node_modules/awesome-phonenumber-6.9.0/package.json": `{"name": "awesome-phonenumber", "version": "6.9.0", "main": "index.js"}`,
	"node_modules/awesome-phonenumber-6.9.0/index.js":     `module.exports = 'apn 6.9.0';`,
	"node_modules/@scope/pkg/package.json":                `{"name": "@scope/pkg", "version": "2.0.0"}`,
	"node_modules/@scope/pkg/index.js":                    `module.exports = require('@scope/pkg/package.json').name + '@' + require('./package.json').version;`,
	"outside.js":                                          `module.exports = 'outside';`,
	"hook.js":                                             `module.exports = function (r, t, c, cb) { cb(); };`,
}

// runIn runs an Action in dir whose handler returns the value of expr.
func runIn(t *testing.T, em *emulator.Emulator, dir, body string) emulator.Result {
	t.Helper()
	src := "exports.onExecuteSendPhoneMessage = async (event, api) => { " + body + " };"
	hook, err := em.LoadWith(context.Background(), "action.js", []byte(src), emulator.LoadOptions{Dir: dir})
	require.NoError(t, err)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
}

// requireFailed asserts the Action rejected (an async handler's throw).
func requireFailed(t *testing.T, r emulator.Result) {
	t.Helper()
	require.Equal(t, emulator.OutcomeError, r.Outcome, "%+v", r)
	require.NotNil(t, r.Error)
}

func response(t *testing.T, r emulator.Result) string {
	t.Helper()
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	raw, err := json.Marshal(r.Response)
	require.NoError(t, err)
	return string(raw)
}

func TestRequireFromNodeModules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, packageFixture)
	em := emulator.New(emulator.Config{Grace: shortGrace})
	tests := []struct{ name, body, want string }{
		{"package.json main names a file without its extension, and __filename and __dirname are virtual",
			`return require('main-pkg');`, `{"file":"/node_modules/main-pkg/lib/entry.js","dir":"/node_modules/main-pkg/lib","helper":"helper","id":"/node_modules/main-pkg/lib/entry.js"}`},
		{"a package without package.json loads its index.js", `return require('index-pkg');`, `"from index.js"`},
		{"a .json main is parsed", `return require('json-pkg');`, `{"answer":42}`},
		{"exports pick the require condition over import, and a .cjs file loads", `return require('cjs-pkg');`, `"cjs build"`},
		{"nested conditions match node then require, skipping browser", `return require('cond-pkg');`, `"node condition"`},
		{"an exported subpath loads", `return require('cond-pkg/feature');`, `"feature subpath"`},
		{"a subpath pattern fills in its star", `return require('cond-pkg/sub/a');`, `"pattern a"`},
		{"an exported package.json loads", `return Object.keys(require('cond-pkg/package.json'));`, `["name","exports"]`},
		{"circular requires see the exports as they stand", `return require('circle');`, `{"early":"a early","fromB":"a early / done:undefined","done":true}`},
		{"a package's own node_modules wins over the top folder", `return [require('uses-dep'), require('dep')];`, `["nested dep 2 via uses-dep","top dep 1"]`},
		{"a scoped package requires itself by name and by path", `return require('@scope/pkg');`, `"@scope/pkg@2.0.0"`},
		{"a module is evaluated once per run", `return require('main-pkg') === require('main-pkg/lib/entry.js');`, `true`},
		{"require.cache holds the modules by virtual path, and one deleted from it is evaluated again",
			`const first = require('index-pkg/index.js'); const before = Object.keys(require.cache); delete require.cache[require.resolve('index-pkg')]; require.cache['/elsewhere'] = 1; return [before, require('json-pkg') === require('json-pkg'), require('json-pkg/data.json') !== (delete require.cache['/node_modules/json-pkg/data.json'], require('json-pkg/data.json'))];`,
			`[["/node_modules/index-pkg/index.js"],true,true]`},
		{"require.resolve gives the virtual path", `return [require.resolve('cond-pkg/feature'), require.resolve('index-pkg'), require.resolve('crypto')];`,
			`["/node_modules/cond-pkg/lib/feature.js","/node_modules/index-pkg/index.js","crypto"]`},
		{"a versioned require takes the installed package of that version", `return require('awesome-phonenumber@7.2.0');`, `"apn 7.2.0"`},
		{"a versioned require finds the alias folder name-version", `return require('awesome-phonenumber@6.9.0');`, `"apn 6.9.0"`},
		{"a versioned require may name a file after the version", `return require('awesome-phonenumber@6.9.0/index.js');`, `"apn 6.9.0"`},
		{"the built-in shim wins over an installed package of the same name", `return typeof require('axios').get;`, `"function"`},
		{"a failed require can be caught, as packages probing for optional modules do", `try { require('not-installed'); } catch (e) { return e.code; }`, `"MODULE_NOT_FOUND"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, response(t, runIn(t, em, dir, tt.body)))
		})
	}
}

func TestRequireFromNodeModulesFailsClearly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, packageFixture)
	em := emulator.New(emulator.Config{Grace: shortGrace})
	tests := []struct{ name, body, code, message string }{
		{"a package of type module is ESM-only", `require('esm-only')`, "ERR_REQUIRE_ESM", "esm-only is an ES module only (/node_modules/esm-only/package.json says \"type\": \"module\"); Auth0's runtime loads CommonJS, so it needs a CommonJS build of esm-only"},
		{"an .mjs main is ESM-only", `require('mjs-main')`, "ERR_REQUIRE_ESM", "mjs-main is an ES module only (/node_modules/mjs-main/index.mjs is an ES module (.mjs))"},
		{"exports with only import are ESM-only", `require('import-only')`, "ERR_REQUIRE_ESM", `has "exports" with an "import" entry and none for require`},
		{"a subpath exports do not list is refused as Node refuses it", `require('cond-pkg/lib/hidden.js')`, "ERR_PACKAGE_PATH_NOT_EXPORTED", `Package subpath './lib/hidden.js' is not defined by "exports" in /node_modules/cond-pkg/package.json`},
		{"a subpath exports map to null is not exported", `require('cond-pkg/sub/private/x')`, "ERR_PACKAGE_PATH_NOT_EXPORTED", "./sub/private/x"},
		{"a core module hookemu lacks is named", `require('needs-cluster')`, "ERR_HOOKEMU_UNSUPPORTED", "Cannot load Node's core module 'cluster' (required from /node_modules/needs-cluster/index.js)"},
		{"node: before a name that is no core module is refused as Node refuses it", `require('node:lodash')`, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: node:lodash"},
		{"a missing dependency of a package names the package that wanted it", `require('needs-missing')`, "MODULE_NOT_FOUND", "Cannot find module 'not-installed' from /node_modules/needs-missing/index.js"},
		{"a version not installed names what is and the npm line", `require('awesome-phonenumber@5.0.0')`, "MODULE_NOT_FOUND", "installed is awesome-phonenumber 7.2.0 (/node_modules/awesome-phonenumber), awesome-phonenumber 6.9.0 (/node_modules/awesome-phonenumber-6.9.0), not 5.0.0; run npm install awesome-phonenumber@5.0.0 beside the hook"},
		{"a versioned package not installed at all says so", `require('left-pad@1.3.0')`, "MODULE_NOT_FOUND", "left-pad is not installed in any node_modules folder the hook sees; run npm install left-pad@1.3.0"},
		{"an unknown package names the npm line", `require('left-pad')`, "MODULE_NOT_FOUND", "run npm install left-pad beside the hook"},
		{"a syntax error in a package is a SyntaxError naming its virtual file", `require('bad-syntax')`, "", "SyntaxError in /node_modules/bad-syntax/index.js"},
		{"bad JSON names its virtual file", `require('bad-json')`, "", "/node_modules/bad-json/x.json: SyntaxError"},
		{"a main that climbs out of node_modules is not followed", `require('escape')`, "MODULE_NOT_FOUND", "Cannot find module 'escape'"},
		{"what a package throws while loading reaches the hook as it was thrown", `require('throws')`, "", "broken at load"},
		{"the hook's own relative require is refused: in Auth0 the code is one file", `require('./outside')`, "MODULE_NOT_FOUND", "a hook is a single file in Auth0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runIn(t, em, dir, tt.body)
			requireFailed(t, r)
			assert.Contains(t, r.Error.Message, tt.message)
			if tt.code != "" {
				assert.Equal(t, tt.code, r.Error.Code)
			}
			assert.NotContains(t, r.Error.Message, dir, "the host's paths never show")
			assert.NotContains(t, r.Error.Stack, dir, "the host's paths never show")
		})
	}
}

func TestPreferNodeModules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, packageFixture)
	tests := []struct {
		name, prefer, body, want string
	}{
		{"a named package runs installed", "axios", `return require('axios');`, `{"installed":true}`},
		{"a star runs every installed package", "*", `return require('axios');`, `{"installed":true}`},
		{"a star keeps the shim of a package not installed", "*", `return typeof require('twilio');`, `"function"`},
		{"a star never replaces Node's core modules", "*", `return typeof require('crypto').createHash;`, `"function"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			em := emulator.New(emulator.Config{Grace: shortGrace, PreferNodeModules: []string{tt.prefer}})
			assert.Equal(t, tt.want, response(t, runIn(t, em, dir, tt.body)))
		})
	}
	t.Run("a named package that is not installed fails naming it", func(t *testing.T) {
		t.Parallel()
		em := emulator.New(emulator.Config{Grace: shortGrace, PreferNodeModules: []string{"twilio"}})
		r := runIn(t, em, dir, `require('twilio')`)
		requireFailed(t, r)
		assert.Contains(t, r.Error.Message, "Cannot find module 'twilio'")
	})
}

func TestNodeModulesFlagFolders(t *testing.T) {
	t.Parallel()
	project, elsewhere := t.TempDir(), t.TempDir()
	writeTree(t, elsewhere, map[string]string{"node_modules/far/index.js": `module.exports = __filename;`})
	tests := []struct{ name, folder string }{
		{"a node_modules folder given is searched", filepath.Join(elsewhere, "node_modules")},
		{"a folder that holds node_modules is searched", elsewhere},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			em := emulator.New(emulator.Config{Grace: shortGrace, NodeModules: []string{tt.folder}})
			assert.Equal(t, `"/node_modules/far/index.js"`, response(t, runIn(t, em, project, `return require('far');`)))
		})
	}
	t.Run("a folder that does not exist is a load error", func(t *testing.T) {
		t.Parallel()
		em := emulator.New(emulator.Config{NodeModules: []string{filepath.Join(project, "nope")}})
		_, err := em.LoadWith(context.Background(), "hook.js", []byte(`module.exports = function () {};`), emulator.LoadOptions{Dir: project})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "--node-modules")
	})
}

func TestHostileNodeModules(t *testing.T) {
	t.Parallel()
	dir, outside := t.TempDir(), t.TempDir()
	writeTree(t, outside, map[string]string{"secret.js": `module.exports = 'secret';`, "pkg/index.js": `module.exports = 'linked';`})
	writeTree(t, dir, map[string]string{
		"node_modules/link-file/package.json": `{"main": "secret.js"}`,
		"node_modules/huge/index.js":          "module.exports = 1;" + strings.Repeat(" ", 17<<20),
		"node_modules/deep/package.json":      `{"exports": ` + strings.Repeat(`{"require": `, 100) + `"./x.js"` + strings.Repeat("}", 100) + `}`,
		"node_modules/big-pj/package.json":    `{"main": "index.js", "padding": "` + strings.Repeat("x", 1<<20) + `"}`,
		"node_modules/loop/index.js":          `module.exports = Object.keys(require('./index.js')).length === 0 ? 'saw itself unfinished' : 'no';`,
	})
	require.NoError(t, os.Symlink(filepath.Join(outside, "secret.js"), filepath.Join(dir, "node_modules/link-file/secret.js")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "pkg"), filepath.Join(dir, "node_modules/linked-dir")))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "node_modules/looped"), 0o755))
	require.NoError(t, os.Symlink("b.js", filepath.Join(dir, "node_modules/looped/index.js")))
	require.NoError(t, os.Symlink("index.js", filepath.Join(dir, "node_modules/looped/b.js")))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "node_modules/dir-index/index.js"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "node_modules/fifo"), 0o755))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "node_modules/fifo/index.js"), 0o644))
	em := emulator.New(emulator.Config{Grace: shortGrace})
	tests := []struct{ name, body, want string }{
		{"a file linked to outside node_modules is refused", `require('link-file')`, "symbolic link to a place outside node_modules"},
		{"a package folder linked to outside node_modules is refused", `require('linked-dir')`, "symbolic link to a place outside node_modules"},
		{"a file over the size limit is refused", `require('huge')`, "larger than 16 MiB"},
		{"exports nested without end are refused", `require('deep')`, "Invalid package config"},
		{"a package.json over its limit is refused, naming that limit", `require('big-pj')`, "/node_modules/big-pj/package.json: it is larger than 1 MiB"},
		{"a named pipe is refused without waiting for a writer", `require('fifo')`, "not a file"},
		{"links that lead round in a circle are no file", `require('looped')`, "Cannot find module 'looped'"},
		{"a folder named index.js is no file", `require('dir-index')`, "Cannot find module 'dir-index'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runIn(t, em, dir, tt.body)
			requireFailed(t, r)
			assert.Contains(t, r.Error.Message, tt.want)
			assert.NotContains(t, r.Error.Message, outside)
			assert.NotContains(t, r.Error.Message, dir)
		})
	}
	t.Run("a module that requires itself gets its exports as they stand", func(t *testing.T) {
		t.Parallel()
		assert.Equal(t, `"saw itself unfinished"`, response(t, runIn(t, em, dir, `return require('loop');`)))
	})
}

func TestAnEditedPackageFileIsCompiledAfresh(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "node_modules/edited/index.js")
	writeTree(t, dir, map[string]string{"node_modules/edited/index.js": `module.exports = 'first';`})
	em := emulator.New(emulator.Config{Grace: shortGrace})
	assert.Equal(t, `"first"`, response(t, runIn(t, em, dir, `return require('edited');`)))
	assert.Equal(t, `"first"`, response(t, runIn(t, em, dir, `return require('edited');`)), "an unchanged file runs again")
	require.NoError(t, os.WriteFile(file, []byte(`module.exports = 'other';`), 0o644))
	assert.Equal(t, `"other"`, response(t, runIn(t, em, dir, `return require('edited');`)), "same size, new content")
}

func TestPackagesRunConcurrentlyAndWithinTheRunsLimits(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, packageFixture)
	writeTree(t, dir, map[string]string{
		"node_modules/spins/index.js": `for (;;) {}`,
		"node_modules/state/index.js": `var n = 0; module.exports = function () { return ++n; };`,
	})
	em := emulator.New(emulator.Config{Grace: shortGrace})
	t.Run("runs at once each get their own copy of a package's state", func(t *testing.T) {
		t.Parallel()
		hook, err := em.LoadWith(context.Background(), "action.js", []byte(`exports.onExecuteSendPhoneMessage = async () => { const count = require('state'); count(); return [count(), require('circle').done]; };`), emulator.LoadOptions{Dir: dir})
		require.NoError(t, err)
		results := make(chan emulator.Result, 8)
		for range 8 {
			go func() {
				results <- em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
			}()
		}
		for range 8 {
			assert.Equal(t, `[2,true]`, response(t, <-results))
		}
	})
	t.Run("a package that never finishes loading ends at the time limit", func(t *testing.T) {
		t.Parallel()
		hook, err := em.LoadWith(context.Background(), "action.js", []byte(`exports.onExecuteSendPhoneMessage = async () => { require('spins'); };`), emulator.LoadOptions{Dir: dir})
		require.NoError(t, err)
		r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: 300 * time.Millisecond})
		assert.Equal(t, emulator.OutcomeTimeout, r.Outcome, "%+v", r.Error)
	})
}
