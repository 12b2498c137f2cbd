package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What Node 20 says for each read (node -e), which the runtimes of V8's
// new wording (node16 on) share; Node 12 words the same base the old way.
func TestAReadOffNullOrUndefinedNamesTheBaseNodeNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, base, prop string
	}{
		{"a variable declared null is null", `let a = null; a.b;`, "null", "b"},
		{"a var declared null before the read is null", `var a = null; a.b;`, "null", "b"},
		{"a property an object literal declares null is null", `const o = {x: null}; o.x.y;`, "null", "y"},
		{"a bracketed property an object literal declares null is null", `const o = {'x': null}; o['x'].y;`, "null", "y"},
		{"a parameter every call passes null is null", `function f(p) { return p.q; } f(null);`, "null", "q"},
		{"a parameter of an arrow every call passes null is null", `const f = (a, p) => p.q; f(1, null);`, "null", "q"},
		{"a literal null is null", `null.z;`, "null", "z"},
		{"a variable declared undefined is undefined", `let a = undefined; a.b;`, "undefined", "b"},
		{"a property an object literal declares undefined is undefined", `const o = {x: undefined}; o.x.y;`, "undefined", "y"},
		{"a parameter a call passes undefined is undefined", `function f(p) { return p.q; } f(undefined);`, "undefined", "q"},
		{"undefined itself is undefined", `undefined.z;`, "undefined", "z"},
		{"a property no literal declares is undefined", `const o = {}; o.x.y;`, "undefined", "y"},
		{"a variable read before its var declaration ran is undefined", `a.b; var a = null;`, "undefined", "b"},
	}
	for _, tt := range tests {
		for _, runtime := range []string{"node12", "node18", "node22"} {
			t.Run(tt.name+" on "+runtime, func(t *testing.T) {
				t.Parallel()
				want := "Cannot read properties of " + tt.base + " (reading '" + tt.prop + "')"
				if runtime == "node12" {
					want = "Cannot read property '" + tt.prop + "' of " + tt.base
				}
				r := runOn(t, runtime, runtime != "node12", tt.body)
				require.NotNil(t, r.Error, "%+v", r)
				assert.Equal(t, want, r.Error.Message)
				assert.Contains(t, r.Error.Stack, "TypeError: "+want+"\n")
			})
		}
	}
}

// Where the code does not show that the base is still null when read,
// hookemu says undefined, the common case, rather than guess.
func TestABaseThatMayHaveChangedIsSaidToBeUndefined(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body string }{
		{"a variable written after its declaration", `let a = null; a = undefined; a.b;`},
		{"an object handed to other code", `const o = {x: null}; Object.assign(o, {x: undefined}); o.x.y;`},
		{"an object whose property some code writes", `const o = {x: null}; const p = {}; p.x = 1; o.x.y;`},
		{"an object literal with a spread after the property", `const o = {x: null, ...{x: undefined}}; o.x.y;`},
		{"a parameter some call passes something else", `function f(p) { return p && p.q.r; } f({}); f(null);`},
		{"a function handed to other code", `function f(p) { return p.q; } [undefined].forEach(f); f(null);`},
		{"a var declared null in a branch that never ran", `if (event === 1) { var p = null; } p.send();`},
		{"a var declared null after a throw in a try", `try { throw 0; var x = null; } catch (e) {} x.y;`},
		{"a var declared null in a case skipped", `switch (1) { case 0: var x = null; case 1: x.y; }`},
		{"a variable eval may have written", `let x = null; eval('x = undefined'); x.y;`},
		{"a name a with block may hide", `const o = null; with ({o: undefined}) { o.x; }`},
		{"a parameter arguments may have written", `function f(a) { arguments[0] = undefined; return a.x; } f(null);`},
		{"a parameter a call through arguments.callee passed", `function f(a, n) { if (n) return arguments.callee(undefined, 0); return a.x; } f(null, 1);`},
		{"an object a method of its own may change", `const o = { y: null, reset: function () { Object.assign(this, {y: undefined}); } }; o.reset(); o.y.z;`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runOn(t, "node22", true, tt.body)
			require.NotNil(t, r.Error, "%+v", r)
			assert.Contains(t, r.Error.Message, "Cannot read properties of undefined")
		})
	}
}
