package emulator_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runHook loads src and runs it once with the default payload and secrets.
// testLimit is the time limit of runs that are meant to end by
// themselves: generous, so that a loaded machine never turns a success
// into a timeout. Tests of the limit itself set a short one.
const testLimit = time.Minute

// shortGrace ends the runs that leave work behind after cb (an interval,
// say) quickly; a test that needs late work to run to its end uses
// runHookOn with a long grace.
const shortGrace = 200 * time.Millisecond

func runHook(t *testing.T, src string, opts ...func(*emulator.Invocation)) emulator.Result {
	t.Helper()
	return runHookOn(t, emulator.New(emulator.Config{Grace: shortGrace}), src, opts...)
}

func runHookOn(t *testing.T, em *emulator.Emulator, src string, opts ...func(*emulator.Invocation)) emulator.Result {
	t.Helper()
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: map[string]string{"apikey": "k"}, Timeout: testLimit}
	for _, o := range opts {
		o(&in)
	}
	return em.Run(context.Background(), hook, in)
}

func hasProblem(r emulator.Result, substr string) bool {
	for _, p := range r.Problems {
		if strings.Contains(p.Message, substr) {
			return true
		}
	}
	return false
}

func TestOutcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		outcome emulator.Outcome
		message string
		timeout time.Duration
	}{
		{"cb with a response is a success", `module.exports = function (r, t, c, cb) { cb(null, {to: r}); };`, emulator.OutcomeSuccess, "", 0},
		{"cb with no arguments is a success", `module.exports = function (r, t, c, cb) { cb(); };`, emulator.OutcomeSuccess, "", 0},
		{"cb from a timer is a success", `module.exports = function (r, t, c, cb) { setTimeout(function () { cb(null, {}); }, 5); };`, emulator.OutcomeSuccess, "", 0},
		{"cb with an error is an error", `module.exports = function (r, t, c, cb) { cb(new Error('provider said no')); };`, emulator.OutcomeError, "provider said no", 0},
		{"a synchronous throw is an exception", `module.exports = function (r, t, c, cb) { throw new TypeError('bad'); };`, emulator.OutcomeException, "bad", 0},
		{"a throw in a later timer is an exception", `module.exports = function (r, t, c, cb) { setTimeout(function () { null.x; }, 1); };`, emulator.OutcomeException, "Cannot read property 'x'", 0},
		{"a ReferenceError is an exception", `module.exports = function (r, t, c, cb) { cb(null, message_type); };`, emulator.OutcomeException, "message_type", 0},
		{"never calling back is no-callback", `module.exports = function (r, t, c, cb) { setTimeout(function () {}, 1); };`, emulator.OutcomeNoCallback, "without calling cb", 0},
		{"an endless loop is a timeout", `module.exports = function (r, t, c, cb) { while (true) {} };`, emulator.OutcomeTimeout, "exceeded", 300 * time.Millisecond},
		{"a pending timer past the limit is a timeout", `module.exports = function (r, t, c, cb) { setTimeout(cb, 60000); };`, emulator.OutcomeTimeout, "exceeded", 300 * time.Millisecond},
		{"throwing null is an exception", `module.exports = function (r, t, c, cb) { throw null; };`, emulator.OutcomeException, "null", 0},
		{"process.exit is an exception", `module.exports = function (r, t, c, cb) { process.exit(3); };`, emulator.OutcomeException, "process.exit(3)", 0},
		{"an async function that awaits a timer succeeds", `module.exports = async function (r, t, c, cb) { await new Promise(function (res) { setTimeout(res, 1); }); cb(null, {ok: true}); };`, emulator.OutcomeSuccess, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, tt.src, func(in *emulator.Invocation) {
				if tt.timeout > 0 {
					in.Timeout = tt.timeout
				}
			})
			assert.Equal(t, tt.outcome, r.Outcome, "problems: %v error: %+v", r.Problems, r.Error)
			if tt.message != "" {
				require.NotNil(t, r.Error)
				assert.Contains(t, r.Error.Message+r.Error.Stack, tt.message)
			}
		})
	}
}

func TestTheResponseIsWhatCbReturnedAsJSON(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { var o = {to: r, n: 1}; o.self = o; cb(null, o); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.JSONEq(t, `{"to":"+18085555555","n":1,"self":"[Circular]"}`, string(r.Response.(json.RawMessage)))
}

func TestCbTwiceIsReportedAndTheFirstCallCounts(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, {first: true}); cb(new Error('second')); };`)
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.True(t, hasProblem(r, "cb was called again"), "%v", r.Problems)
}

func TestReadingAMissingSecretIsAProblem(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { var s = c.webtask.secrets; cb(null, {a: s.apikey, b: s.subaccount, c: s.subaccount}); };`)
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.True(t, hasProblem(r, `hook read secret "subaccount", which is not set`), "%v", r.Problems)
	assert.Len(t, r.Problems, 1, "one problem per secret, and none for the provided one")
}

func TestTheContextHasEveryDocumentedField(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		cb(null, {keys: Object.keys(c).sort(), client: c.client.name, user: c.user.user_id, secrets: Object.keys(c.webtask.secrets), ip: c.request.ip}); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"keys":["action","client","client_id","client_metadata","code","factor_type","ip","language","message_type","request","user","user_agent","webtask"],
		"client":"Test Application","user":"auth0|test12345","secrets":["apikey"],"ip":"2001:db8::1"}`, string(r.Response.(json.RawMessage)))
}

func TestStorageKeepsItsDocumentForTheInvocation(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		c.webtask.storage.set({n: 1}, function (err) { c.webtask.storage.get(function (err, data) { cb(err, data); }); }); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"n":1}`, string(r.Response.(json.RawMessage)))
}

func TestEndlessRecursionIsAnException(t *testing.T) {
	t.Parallel()
	// A shallow stack limit reaches the same overflow in little work: the
	// default depth costs seconds under -race on a loaded machine.
	em := emulator.New(emulator.Config{Grace: shortGrace, MaxCallStackSize: 100})
	r := runHookOn(t, em, `module.exports = function f(r, t, c, cb) { f(r, t, c, cb); };`)
	assert.Equal(t, emulator.OutcomeException, r.Outcome, "problems: %v error: %+v", r.Problems, r.Error)
	require.NotNil(t, r.Error)
	assert.Contains(t, r.Error.Message+r.Error.Stack, "Maximum call stack")
}

func TestConsoleOutputIsCapturedAndBounded(t *testing.T) {
	t.Parallel()
	// A small bound is passed after a few hundred lines, where the default
	// one would take a hundred thousand: seconds of work under -race.
	const bound = 4096
	em := emulator.New(emulator.Config{Grace: shortGrace, MaxLogBytes: bound})
	r := runHookOn(t, em, `module.exports = function (r, t, c, cb) { console.log('hello', r); for (var i = 0; i < 1000; i++) console.error('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'); cb(); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.Equal(t, emulator.Log{Level: "log", Message: "hello +18085555555"}, r.Logs[0])
	total := 0
	for _, l := range r.Logs {
		total += len(l.Message)
	}
	assert.Equal(t, bound, total, "output fills the bound and stops there")
	assert.True(t, hasProblem(r, "console output passed 4096 bytes"), "%v", r.Problems)
}

func TestProcessEnvIsTheInvocationsOwn(t *testing.T) {
	t.Setenv("HOOKEMU_HOST_SECRET", "host-value")
	r := runHook(t, `module.exports = function (r, t, c, cb) { var before = process.env.HOOKEMU_HOST_SECRET; process.env.X = 'y'; cb(null, {before: before || null, x: process.env.X}); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"before":null,"x":"y"}`, string(r.Response.(json.RawMessage)))
	r2 := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, {x: process.env.X || null}); };`)
	assert.JSONEq(t, `{"x":null}`, string(r2.Response.(json.RawMessage)), "a run never sees another's env")
}

func TestProcessSaysItIsNodesProcess(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, Object.prototype.toString.call(process)); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `"[object process]"`, string(r.Response.(json.RawMessage)))
}

func TestAnUnhandledRejectionIsReportedForAHook(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { Promise.reject(new Error('lost')); setTimeout(cb, 5); };`)
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.True(t, hasProblem(r, "unhandled promise rejection: Error: lost"), "%v", r.Problems)
}

func TestWorkAfterTheCallbackIsReported(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { cb(); setInterval(function () {}, 10); };`)
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.True(t, hasProblem(r, "still running"), "%v", r.Problems)
	// The late throw must happen within the grace: a long one, which the run
	// does not wait out, since nothing is left to run after the throw.
	patient := emulator.New(emulator.Config{Grace: testLimit})
	r = runHookOn(t, patient, `module.exports = function (r, t, c, cb) { cb(); setTimeout(function () { throw new Error('late') }, 1); };`)
	assert.True(t, hasProblem(r, "uncaught exception after cb was called: Error: late"), "%v", r.Problems)
}

func TestRequireOfAnUnknownModuleNamesIt(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { require('left-pad'); };`)
	assert.Equal(t, emulator.OutcomeException, r.Outcome)
	assert.Contains(t, r.Error.Message, "Cannot find module 'left-pad'")
	assert.Contains(t, r.Error.Message, "hookemu emulates these modules:")
	assert.Equal(t, "MODULE_NOT_FOUND", r.Error.Code)
}

func TestLoadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"a syntax error names the line, column and source", "module.exports = function (r, t, c, cb) {\n  cb(null, {a: 1);\n};", "hook.js:2:"},
		{"exports that are not a function say what they are", `module.exports = {send: 1};`, "module.exports is an object, not a function"},
		{"a file that ends too soon is placed at its own end, not in the wrapper", "module.exports = function (r, t, c, cb) {\n  cb(null, {});\n", "hook.js:2:16: SyntaxError: Unexpected end of input"},
		{"a file cut after an open paren ends on its last line", "module.exports = function(\n\n", "hook.js:1:27: SyntaxError: Unexpected end of input"},
		{"a throw while loading says so", "var x = 1;\nundefinedThing();\nmodule.exports = function () {};", "hook.js:2:15: the code threw while loading: ReferenceError: undefinedThing is not defined"},
		{"an unknown module at the top names it", `var x = require('nope@1.0.0'); module.exports = function () {};`, "Cannot find module 'nope'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := emulator.New(emulator.Config{}).Load("hook.js", []byte(tt.src))
			var loadErr *emulator.LoadError
			require.ErrorAs(t, err, &loadErr)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestSplitModuleSpec(t *testing.T) {
	t.Parallel()
	tests := []struct{ spec, name, version string }{
		{"axios", "axios", ""},
		{"axios@0.19.2", "axios", "0.19.2"},
		{"@scope/name@1.0.0", "@scope/name", "1.0.0"},
		{"@scope/name", "@scope/name", ""},
		{"node:crypto", "crypto", ""},
	}
	for _, tt := range tests {
		t.Run(tt.spec+" splits into name and version", func(t *testing.T) {
			t.Parallel()
			name, version := emulator.SplitModuleSpec(tt.spec)
			assert.Equal(t, tt.name, name)
			assert.Equal(t, tt.version, version)
		})
	}
}

func TestLazyGlobalsBehaveLikeOrdinaryGlobals(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var types = [typeof console, typeof setTimeout, typeof process, typeof global.setTimeout, typeof nosuchthing];
		var replaced = (function () { setImmediate = function () { return 'mine'; }; return setImmediate(); })();
		cb(null, {types: types, replaced: replaced, own: Object.prototype.hasOwnProperty.call(global, 'console'), same: global.console === console});
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"types":["object","function","object","function","undefined"],"replaced":"mine","own":true,"same":true}`, string(r.Response.(json.RawMessage)))
}
