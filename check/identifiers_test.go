package check

import (
	"fmt"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func undefinedIn(t *testing.T, code string, prof profile) (reads, writes []string) {
	t.Helper()
	r, w := undefinedNames(analyzeSource(t, code), prof)
	for _, u := range r {
		reads = append(reads, u.name)
	}
	for _, u := range w {
		writes = append(writes, u.name)
	}
	return reads, writes
}

func TestScopeAnalysisFindsExactlyTheUndefinedNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		code      string
		undefined []string
	}{
		{"a bare message_type is undefined", `module.exports = function (r, t, context, cb) { if (message_type === 'sms') cb(); };`, []string{"message_type"}},
		{"context.message_type is a property, not a name", `module.exports = function (r, t, context, cb) { cb(null, context.message_type); };`, nil},
		{"typeof on an undefined name is not an error", `if (typeof fetch === 'undefined') {}`, nil},
		{"typeof does not excuse a later plain read", `if (typeof foo !== 'undefined') { foo(); }`, []string{"foo"}},
		{"var is hoisted to the top of its function", `function f() { x = 1; return x; var x; }`, nil},
		{"var in a nested block is visible in the whole function", `function f() { if (1) { var x = 1; } return x; }`, nil},
		{"let in a block is not visible after it", `function f() { { let x = 1; } return x; }`, []string{"x"}},
		{"const in a loop head is scoped to the loop", `for (const k of [1]) {} k;`, []string{"k"}},
		{"let in a for head is scoped to the loop", `for (let i = 0; i < 1; i++) {} i;`, []string{"i"}},
		{"var in a for head is function-scoped", `for (var i = 0; i < 1; i++) {} i;`, nil},
		{"for-in with var declares the variable", `for (var key in {}) {} key;`, nil},
		{"function declarations are hoisted", `f(); function f() {}`, nil},
		{"a function declared in a block is visible after it in sloppy mode", `if (1) { function g() {} } g();`, nil},
		{"a let declared later is visible to a function defined earlier", `function f() { return later; } let later = 1;`, nil},
		{"a name declared in a sibling function is not visible", `function a() { var y = 1; } function b() { return y; }`, []string{"y"}},
		{"parameters with defaults, destructuring and rest are declared", `function f(a, b = a, {c, d: [e, ...g] = []} = {}, ...rest) { return a + b + c + e + g + rest; }`, nil},
		{"a parameter default can be undefined too", `function f(a = missing) {}`, []string{"missing"}},
		{"arrow parameters are declared, in concise bodies too", `const f = (x, {y}) => x + y;`, nil},
		{"catch parameters are scoped to the catch block", `try {} catch (e) { e; } e;`, []string{"e"}},
		{"destructured catch parameters are declared", `try {} catch ({message}) { message; }`, nil},
		{"class declarations declare their name", `class A {} new A();`, nil},
		{"a class expression's name is visible only inside it", `const K = class Inner { m() { return Inner; } }; Inner;`, []string{"Inner"}},
		{"a named function expression sees its own name, outer code does not", `const f = function fact(n) { return n ? fact(n - 1) : 1; }; fact;`, []string{"fact"}},
		{"class methods and field initializers are walked", `class A { x = missingField; m() { return this.x + missingInMethod; } }`, []string{"missingField", "missingInMethod"}},
		{"nested destructuring declares every leaf", `const {a: {b}, c: [d, ...e], ...f} = {}; b + d + e + f;`, nil},
		{"ES and Node globals are defined", `JSON.stringify(new Map()); Promise.resolve(Buffer.from('')); process.env; setTimeout(() => {}, 1); console.log(new URL('x:'), Math.max(1), Intl);`, nil},
		{"the CommonJS wrapper's names are defined", `require('x'); module.exports = exports; __filename + __dirname;`, nil},
		{"arguments is defined", `function f() { return arguments[0]; }`, nil},
		{"fetch is not a global where hooks run", `fetch('https://x');`, []string{"fetch"}},
		{"object keys and member names are not references", `const o = {foo: 1, 'bar': 2}; o.baz; o['qux'];`, nil},
		{"shorthand properties are references", `const o = {missing};`, []string{"missing"}},
		{"computed keys are references", `const o = {[missingKey]: 1};`, []string{"missingKey"}},
		{"labels are not variables", `outer: for (;;) { break outer; }`, nil},
		{"names inside with cannot be judged", `const o = {}; with (o) { anything; }`, nil},
		{"switch cases share one block scope", `switch (1) { case 1: let v = 1; break; case 2: v; }`, nil},
		{"optional chains and template literals are walked", "a?.b; `${zz}`;", []string{"a", "zz"}},
		{"a global set through global.x may be read bare", `global.shared = 1; shared;`, nil},
		{"each undefined name is reported once", `u; u; u;`, []string{"u"}},
		{"async functions and await are walked", `async function f() { await missingPromise; }`, []string{"missingPromise"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			reads, _ := undefinedIn(t, tt.code, profileFor(emulator.KindHook))
			assert.Equal(t, tt.undefined, reads)
		})
	}
}

func TestAnAssignmentToAnUndeclaredNameIsAnImplicitGlobal(t *testing.T) {
	t.Parallel()
	reads, writes := undefinedIn(t, `function f() { counter = 1; return counter; }`, profileFor(emulator.KindHook))
	assert.Empty(t, reads)
	assert.Equal(t, []string{"counter"}, writes)
}

func TestAnActionHasNode18Globals(t *testing.T) {
	t.Parallel()
	reads, _ := undefinedIn(t, `exports.onExecuteSendPhoneMessage = async (event) => { await fetch('https://x', {signal: AbortSignal.timeout(1)}); };`, profileFor(emulator.KindAction))
	assert.Empty(t, reads)
}

func TestIdentifierChecksSayWhatToChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, fix string
	}{
		{"a bare context field points at context", `message_type;`, "context.message_type"},
		{"fetch in a hook points at axios or an Action", `fetch('x');`, "require('axios')"},
		{"event in a hook says it is an Action's parameter", `event.secrets;`, "Action's parameter"},
		{"anything else asks to declare it or fix the spelling", `mesage;`, "correct the spelling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checks := identifierChecks(analyzeSource(t, tt.code), profileFor(emulator.KindHook))
			if assert.Len(t, checks, 1) {
				assert.Equal(t, Fail, checks[0].Status)
				assert.Equal(t, 1, checks[0].Line)
				assert.Contains(t, checks[0].Fix, tt.fix)
			}
		})
	}
}

func TestEveryESGlobalTheListNamesExistsInGoja(t *testing.T) {
	t.Parallel()
	// Those goja lacks (Intl, WeakRef, ...) are the emulator's to define,
	// per runtime, as unemulated: a run and check agree on them.
	// arguments exists only inside functions, and typeof undefined is
	// "undefined" everywhere.
	notInGoja := map[string]bool{"arguments": true, "undefined": true}
	vm := goja.New()
	for name := range esGlobals() {
		if notInGoja[name] {
			continue
		}
		v, err := vm.RunString("typeof " + name)
		require.NoError(t, err)
		assert.NotEqual(t, "undefined", v.String(), "%s is listed as an ES global but goja has none", name)
	}
}

func TestAGlobalHookemuDoesNotEmulateIsAWarningAtEachFirstUse(t *testing.T) {
	t.Parallel()
	node12, err := runtimes.Parse("node12")
	require.NoError(t, err)
	node16, err := runtimes.Parse("node16")
	require.NoError(t, err)
	tests := []struct {
		name string
		code string
		node runtimes.Runtime
		want []string // "STATUS name line"
	}{
		{"Intl, used twice, is one warning at its first line", "const a = 1;\nnew Intl.NumberFormat().format(a);\nIntl.DateTimeFormat;", node12,
			[]string{"PASS identifiers 0", "WARN unemulated Intl 2"}},
		{"a typeof test alone works in both and says nothing", "if (typeof Intl === 'object') {}", node12, []string{"PASS identifiers 0"}},
		{"a local Intl is the code's own", "const Intl = {}; Intl.x;", node12, []string{"PASS identifiers 0"}},
		{"WeakRef on Node 16 is not emulated", "new WeakRef({});", node16, []string{"PASS identifiers 0", "WARN unemulated WeakRef 1"}},
		{"WeakRef on Node 12 does not exist at all", "new WeakRef({});", node12, []string{"FAIL undefined WeakRef 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, c := range identifierChecks(analyzeSource(t, tt.code), profileOn(emulator.KindHook, tt.node)) {
				got = append(got, fmt.Sprintf("%s %s %d", c.Status, c.Name, c.Line))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
