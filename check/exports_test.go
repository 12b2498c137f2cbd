package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

func TestExportsCheckWantsTheAuth0Shape(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		code    string
		status  Status
		message string
	}{
		{"a function of four parameters that uses cb passes", `module.exports = function (recipient, text, context, cb) { cb(); };`, Pass, "function (recipient, text, context, cb)"},
		{"an async arrow function passes", `module.exports = async (r, t, c, done) => done();`, Pass, "function (r, t, c, done)"},
		{"a named function declared elsewhere is followed", `function send(r, t, c, cb) { cb(); }
module.exports = send;`, Pass, "function (r, t, c, cb)"},
		{"module.exports = exports = fn is read through", `module.exports = exports = function (r, t, c, cb) { cb(); };`, Pass, "(r, t, c, cb)"},
		{"fewer than four parameters warns: it never gets cb", `module.exports = function (recipient, text) {};`, Warn, "with 2 parameters it never gets cb"},
		{"fewer parameters but arguments is used passes", `module.exports = function () { arguments[3](); };`, Pass, "function ()"},
		{"a rest parameter passes", `module.exports = function (...args) { args[3](); };`, Pass, "(...args)"},
		{"cb declared but never used warns", `module.exports = function (recipient, text, context, cb) {};`, Warn, "never uses cb"},
		{"a value the tree cannot follow is left to loading", `module.exports = make();`, Pass, "checked when the hook loads"},
		{"an Action exported by shorthand is followed to its handler", "const onExecuteSendPhoneMessage = async (event, api) => {};\nmodule.exports = {onExecuteSendPhoneMessage};", Pass, "exports async (event, api)"},
		{"assigning exports alone fails", `exports = function (r, t, c, cb) { cb(); };`, Fail, "exports nothing"},
		{"no export at all fails", `function f(r, t, c, cb) { cb(); }`, Fail, "never assigns module.exports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			an := analyzeSource(t, tt.code)
			c := exportsCheck(an, findHandler(an))
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
		})
	}
}

func TestTheTreeTellsAHookFromAnAction(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		code string
		kind emulator.Kind
	}{
		{"module.exports = function is a hook", `module.exports = function (r, t, c, cb) {};`, emulator.KindHook},
		{"exports.onExecuteSendPhoneMessage is an Action", `exports.onExecuteSendPhoneMessage = async (event, api) => {};`, emulator.KindAction},
		{"module.exports.onExecuteCustomPhoneProvider is an Action", `module.exports.onExecuteCustomPhoneProvider = async (event, api) => {};`, emulator.KindAction},
		{"an object with the handler is an Action", `module.exports = { onExecuteSendPhoneMessage: async (event) => {} };`, emulator.KindAction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.kind, findHandler(analyzeSource(t, tt.code)).kind)
		})
	}
}

func TestAnActionHandlerThatIsNotAsyncFails(t *testing.T) {
	t.Parallel()
	an := analyzeSource(t, `exports.onExecuteSendPhoneMessage = (event, api) => {};`)
	c := exportsCheck(an, findHandler(an))
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Fix, "async")
}

func TestEveryExportTheEmulatorRunsAsAnActionIsAnActionToCheck(t *testing.T) {
	t.Parallel()
	for _, name := range emulator.ActionHandlers() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := findHandler(analyzeSource(t, "exports."+name+" = async (event, api) => {};"))
			assert.Equal(t, emulator.KindAction, h.kind)
			assert.Equal(t, name, h.name)
		})
	}
}
