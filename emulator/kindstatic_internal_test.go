package emulator

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// learned is what learning a file's kind gave.
type learned struct {
	kind    Kind
	trigger string
	stopped bool
	failed  bool
}

// learnBothWays learns src's kind from its syntax tree (ok false when
// staticKind declines) and by evaluating it, as LoadWith did before the
// static path existed.
func learnBothWays(t *testing.T, src string) (static learned, ok bool, evaluated learned) {
	t.Helper()
	return learnBothWaysWith(t, src, LoadOptions{Timeout: time.Second})
}

// learnBothWaysWith is learnBothWays for a load with opts.
func learnBothWaysWith(t *testing.T, src string, opts LoadOptions) (static learned, ok bool, evaluated learned) {
	t.Helper()
	em := New(Config{})
	prog, tree, err := compileTree("code.js", src)
	require.NoError(t, err)
	static.kind, static.trigger, ok = staticKind(tree, em.requirableAtLoad(opts))
	search, err := nodemodules.NewSearch("", nil)
	require.NoError(t, err)
	node, err := runtimes.Parse(opts.Runtime)
	require.NoError(t, err)
	hook := &Hook{Name: "code.js", Source: src, Runtime: node, program: prog, nodeModules: search}
	kind, stopped, err := em.evaluateKind(context.Background(), hook, opts)
	evaluated = learned{kind: kind, trigger: hook.Trigger, stopped: stopped != nil, failed: err != nil}
	return static, ok, evaluated
}

func TestTheKindReadFromTheSyntaxTreeIsTheOneEvaluationLearns(t *testing.T) {
	t.Parallel()
	const action = `exports.onExecuteSendPhoneMessage = async (event, api) => {};`
	tests := []struct {
		name, src string
		static    bool // staticKind answers (else LoadWith evaluates)
	}{
		{"a hook exported as a function expression", `module.exports = function (recipient, text, context, cb) { cb(); };`, true},
		{"a hook exported as an arrow function", `module.exports = (r, t, c, cb) => cb();`, true},
		{"a hook exported as an async function", `module.exports = async function () {};`, true},
		{"a hook exported as a generator function", `module.exports = function* () {};`, true},
		{"a hook exported through a declared function", `function send(r, t, c, cb) { cb(); } module.exports = send;`, true},
		{"a hook exported before its function declaration", `module.exports = send; function send(r, t, c, cb) { cb(); }`, true},
		{"a hook under a use strict directive", `'use strict'; module.exports = function () {};`, true},
		{"a hook exported through module bracket access", `module["exports"] = function () {};`, true},
		{"a hook beside constants and empty statements", `;const URL = "https://x"; let n = 1, m; var s = ` + "`t`" + `, z = null, b = true; module.exports = function () {};;`, true},
		{"a hook exported twice, the last winning", `module.exports = {}; module.exports = function () {};`, true},
		{"a hook with an Action handler on exports as well", action + ` module.exports = function () {};`, true},
		{"a hook exported before an Action handler on the old exports", `module.exports = function () {}; ` + action, true},
		{"a hook given an Action handler property", `module.exports = function () {}; module.exports.onExecuteSendPhoneMessage = async () => {};`, true},
		{"a hook given an ordinary property", `module.exports = function () {}; module.exports.version = "1";`, true},
		{"an Action with an async arrow handler", action, true},
		{"an Action with an async function handler", `exports.onExecuteSendPhoneMessage = async function (event, api) {};`, true},
		{"an Action with a bracketed handler name", `exports["onExecuteSendPhoneMessage"] = async () => {};`, true},
		{"an Action setting its handler on module.exports", `module.exports.onExecuteSendPhoneMessage = async () => {};`, true},
		{"an Action exporting an object literal", `module.exports = { onExecuteSendPhoneMessage: async (event, api) => {} };`, true},
		{"an Action exporting a declared async function", `async function send(event, api) {} exports.onExecuteSendPhoneMessage = send;`, true},
		{"an Action exporting a declared async function by name in a literal", `async function onExecuteSendPhoneMessage(event, api) {} module.exports = { onExecuteSendPhoneMessage: onExecuteSendPhoneMessage, version: 2 };`, true},
		{"a custom-phone-provider Action", `exports.onExecuteCustomPhoneProvider = async (event, api) => {};`, true},
		{"an Action with both handlers, in the emulator's order", `exports.onExecuteCustomPhoneProvider = async () => {}; ` + action, true},
		{"an Action whose first handler is not a function", `exports.onExecuteSendPhoneMessage = "no"; exports.onExecuteCustomPhoneProvider = async () => {};`, true},
		{"an Action whose exports were replaced, then written to the old object", `module.exports = { onExecuteSendPhoneMessage: async () => {} }; exports.onExecuteCustomPhoneProvider = async () => {};`, true},
		{"an Action handler replaced by a later assignment", `exports.onExecuteSendPhoneMessage = function () {}; ` + action, true},

		{"a built-in module required at the top level", `const axios = require('axios'); ` + action, true},
		{"built-in modules required by var, let and a bare call", `var crypto = require('crypto'); let util = require('util'); require('url'); ` + action, true},
		{"a hook that requires at the top level, where a module only Actions have would fail", `const axios = require('axios'); module.exports = function () {};`, false},
		{"a required module exported", `module.exports = require('axios');`, false},
		{"a required module given a handler", `const m = require('axios'); m.onExecuteSendPhoneMessage = async () => {}; module.exports = m;`, false},
		{"a required module in an object literal", `module.exports = { lib: require('axios'), onExecuteSendPhoneMessage: async () => {} };`, false},
		{"a member of a required module", `const create = require('axios').create; ` + action, false},
		{"a destructured require", `const { create } = require('axios'); ` + action, false},
		{"a require of a versioned module", `const axios = require('axios@0.21.4'); ` + action, false},
		{"a require with the node: prefix", `const crypto = require('node:crypto'); ` + action, false},
		{"a require of a module hookemu does not have", `const left = require('left-pad'); ` + action, false},
		{"a require of an Actions shared module", `const lib = require('actions:lib'); ` + action, false},
		{"a require of a relative path", `const lib = require('./lib'); ` + action, false},
		{"a require of a computed name", `const axios = require('ax' + 'ios'); ` + action, false},
		{"a require with two arguments", `const axios = require('axios', 1); ` + action, false},
		{"exports through Object.assign", `Object.assign(exports, { onExecuteSendPhoneMessage: async () => {} });`, false},
		{"exports through Object.defineProperty", `Object.defineProperty(exports, 'onExecuteSendPhoneMessage', { value: async () => {}, enumerable: true });`, false},
		{"an Action exporting an async method", `module.exports = { async onExecuteSendPhoneMessage(event, api) {} };`, false},
		{"exports through a getter", `module.exports = { get onExecuteSendPhoneMessage() { return async () => {}; } };`, false},
		{"exports through a computed key", `module.exports = { ['onExecute' + 'SendPhoneMessage']: async () => {} };`, false},
		{"exports through __proto__", `exports.__proto__ = { onExecuteSendPhoneMessage: async () => {} };`, false},
		{"exports through a __proto__ key", `module.exports = { __proto__: { onExecuteSendPhoneMessage: async () => {} } };`, false},
		{"exports through this", `this.onExecuteSendPhoneMessage = async () => {};`, false},
		{"a conditional export", `if (typeof fetch === 'function') { ` + action + ` } else { module.exports = function () {}; }`, false},
		{"an export chosen by a condition", `module.exports = typeof fetch === 'function' ? { onExecuteSendPhoneMessage: async () => {} } : function () {};`, false},
		{"a top-level use of what only Actions have", `fetch; ` + action, false},
		{"a throw at the top level", `throw new Error('not yet'); module.exports = function () {};`, false},
		{"a return at the top level", `return; module.exports = function () {};`, false},
		{"an undeclared function exported", `module.exports = send;`, false},
		{"a constant exported before its declaration", `module.exports = send; const send = function () {};`, false},
		{"a declared module variable", `var module = {}; module.exports = function () {};`, false},
		{"a declared exports function", `function exports() {} exports.onExecuteSendPhoneMessage = async () => {};`, false},
		{"a name bound twice", `var send = 1; function send() {} module.exports = send;`, false},
		{"a destructuring declaration", `const { a } = { a: 1 }; module.exports = function () {};`, false},
		{"an Action handler that is not async", `exports.onExecuteSendPhoneMessage = function (event, api) {};`, false},
		{"an Action handler that is an async generator", `exports.onExecuteSendPhoneMessage = async function* () {};`, false},
		{"exports that are a number", `module.exports = 42;`, false},
		{"exports that are a class", `module.exports = class {};`, false},
		{"no exports at all", ``, false},
		{"exports replaced by an object with no handler", `module.exports = {}; ` + action, false},
		{"a property written on a primitive export", `module.exports = 1; module.exports.onExecuteSendPhoneMessage = async () => {};`, false},
		{"a function's name written in strict code", `'use strict'; module.exports = function () {}; module.exports.name = 'x';`, false},
		{"a function's caller written", `module.exports = async () => {}; module.exports.caller = 1;`, false},
		{"a compound assignment", `module.exports = function () {}; module.exports.n += 1;`, false},
		{"an object literal nested in the exports", `module.exports = { options: { a: 1 }, onExecuteSendPhoneMessage: async () => {} };`, false},
		{"a tagged template", `const s = String.raw` + "`x`" + `; module.exports = function () {};`, false},
		{"a template with a substitution", `const s = ` + "`${process.version}`" + `; module.exports = function () {};`, false},
		{"a class declaration", `class A {} module.exports = function () {};`, false},
		{"an endless loop at the top level", `while (true) {} module.exports = function () {};`, false},
		{"many function declarations", strings.Repeat(`function f() {} `, maxStaticStatements) + `module.exports = f;`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			static, ok, evaluated := learnBothWays(t, tt.src)
			require.Equal(t, tt.static, ok, "whether the syntax tree answers")
			if ok {
				assert.False(t, evaluated.stopped || evaluated.failed, "evaluation failed where the syntax tree answered: %+v", evaluated)
				assert.Equal(t, evaluated, static)
			}
		})
	}
}

// TestEveryJavaScriptFileOfTheRepositoryGetsOneKindBothWays holds the
// static answer to the evaluated one for the code the project ships and
// tests with: the documented hooks, the examples and the fidelity cases.
func TestEveryJavaScriptFileOfTheRepositoryGetsOneKindBothWays(t *testing.T) {
	t.Parallel()
	var files []string
	for _, root := range []string{"../hooks", "../examples", "../fidelity/cases"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".js") {
				files = append(files, path)
			}
			return nil
		})
		require.NoError(t, err)
	}
	require.NotEmpty(t, files)
	answered := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		if _, _, err := compileTree("code.js", string(src)); err != nil {
			continue // not a file of its own (a fragment a case embeds)
		}
		static, ok, evaluated := learnBothWays(t, string(src))
		if !ok {
			continue
		}
		answered++
		assert.False(t, evaluated.stopped || evaluated.failed, "%s: evaluation failed where the syntax tree answered", path)
		assert.Equal(t, evaluated, static, path)
	}
	t.Logf("%d of %d files answered statically", answered, len(files))
	assert.NotZero(t, answered, "no file took the static path")
}

// TestLoadingAPlainHookCreatesNoRuntime shows LoadWith taking each path:
// a hook the syntax tree answers for loads without building a runtime
// (hundreds of allocations fewer); one with any other top-level code is
// evaluated.
func TestLoadingAPlainHookCreatesNoRuntime(t *testing.T) {
	em := New(Config{})
	load := func(src string) float64 {
		return testing.AllocsPerRun(5, func() {
			_, err := em.Load("hook.js", []byte(src))
			require.NoError(t, err)
		})
	}
	plain := load(`module.exports = function (r, t, c, cb) { cb(); };`)
	evaluated := load(`void 0; module.exports = function (r, t, c, cb) { cb(); };`)
	assert.Less(t, plain*2, evaluated, "a plain hook's load allocates %v, an evaluated one %v", plain, evaluated)
}

// TestEveryBuiltinModuleRequiredAtTheTopLevelGetsOneKindBothWays holds
// requirableAtLoad to its promise: every module hookemu has, required
// at the top level of an Action on every runtime, loads without failing,
// so the kind read from the tree is the evaluated one. A Hook that
// requires is evaluated: some modules exist only for Actions.
func TestEveryBuiltinModuleRequiredAtTheTopLevelGetsOneKindBothWays(t *testing.T) {
	t.Parallel()
	forms := []struct {
		name, src string
		static    bool
	}{
		{"an Action", `const m = require('%s'); exports.onExecuteSendPhoneMessage = async (event, api) => {};`, true},
		{"a custom-phone-provider Action", `const m = require('%s'); exports.onExecuteCustomPhoneProvider = async (event, api) => {};`, true},
		{"a hook", `const m = require('%s'); module.exports = function (r, t, c, cb) { cb(); };`, false},
	}
	for _, name := range New(Config{}).ModuleNames() {
		for _, runtime := range append([]string{""}, runtimes.Names()...) {
			for _, form := range forms {
				t.Run(fmt.Sprintf("%s in %s on %q", name, form.name, runtime), func(t *testing.T) {
					t.Parallel()
					static, ok, evaluated := learnBothWaysWith(t, fmt.Sprintf(form.src, name), LoadOptions{Runtime: runtime, Timeout: time.Minute})
					require.Equal(t, form.static, ok, "whether the syntax tree answers")
					if ok {
						assert.False(t, evaluated.stopped || evaluated.failed, "evaluation failed: %+v", evaluated)
						assert.Equal(t, evaluated, static)
					}
				})
			}
		}
	}
}

func TestARequireAtTheTopLevelIsEvaluatedWhereItCouldLoadSomethingElse(t *testing.T) {
	t.Parallel()
	src := `const axios = require('axios'); exports.onExecuteSendPhoneMessage = async () => {};`
	_, tree, err := compileTree("code.js", src)
	require.NoError(t, err)
	tests := []struct {
		name string
		cfg  Config
		opts LoadOptions
	}{
		{"with installed packages preferred", Config{PreferNodeModules: []string{"axios"}}, LoadOptions{}},
		{"with every installed package preferred", Config{PreferNodeModules: []string{"*"}}, LoadOptions{}},
		{"with pinned dependencies", Config{}, LoadOptions{Dependencies: map[string]string{"axios": "0.27.2"}}},
		{"under a time limit below a second", Config{}, LoadOptions{Timeout: 500 * time.Millisecond}},
		{"under a memory limit below 16 MiB", Config{Memory: 8 << 20}, LoadOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, _, ok := staticKind(tree, New(tt.cfg).requirableAtLoad(tt.opts))
			assert.False(t, ok)
		})
	}
	_, _, ok := staticKind(tree, New(Config{}).requirableAtLoad(LoadOptions{}))
	assert.True(t, ok, "with the defaults the tree answers")
}
