package emulator_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// handler wraps body in a hook that reports what body evaluates to, or
// what it threw, through cb.
func handler(body string) string {
	return `module.exports = function (r, t, c, cb) {
	try { cb(null, String(` + body + `)); } catch (e) { cb(null, (e.code ? '[' + e.code + '] ' : '') + e.name + ': ' + e.message); }
};`
}

func TestHugeSizesThrowNodesErrorsInsteadOfCrashing(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"a string longer than V8's limit is an invalid string length", `'x'.repeat(2**40)`, "RangeError: Invalid string length"},
		{"repeat beyond every integer is an invalid string length", `'xy'.repeat(2**62)`, "RangeError: Invalid string length"},
		{"padStart beyond the limit is an invalid string length", `'x'.padStart(2**40)`, "RangeError: Invalid string length"},
		{"padEnd beyond the limit is an invalid string length", `'x'.padEnd(2**33, 'ab')`, "RangeError: Invalid string length"},
		{"joining a huge sparse array is an invalid string length", `new Array(2**32-1).join('ab')`, "RangeError: Invalid string length"},
		{"an ArrayBuffer beyond MAX_LENGTH fails to allocate", `new ArrayBuffer(2**40)`, "RangeError: Array buffer allocation failed"},
		{"a typed array beyond MAX_LENGTH is an invalid length", `new Float64Array(2**33)`, "RangeError: Invalid typed array length: 8589934592"},
		{"Buffer.alloc beyond MAX_LENGTH is Node 12's invalid option", `Buffer.alloc(2**40)`, `[ERR_INVALID_OPT_VALUE] RangeError: The value "1099511627776" is invalid for option "size"`},
		{"Buffer.allocUnsafe is checked the same way", `Buffer.allocUnsafe(-1)`, `[ERR_INVALID_OPT_VALUE] RangeError: The value "-1" is invalid for option "size"`},
		{"Buffer.from an array-like beyond MAX_LENGTH fails to allocate", `Buffer.from({length: 2**40})`, "RangeError: Array buffer allocation failed"},
		{"small sizes still work", `'ab'.repeat(3) + 'x'.padStart(3, '-') + new Uint8Array(4).length + Buffer.alloc(2).length + [1,2].join('+')`, "ababab--x421+2"},
		{"a typed array reached through Buffer's prototype is guarded", `new (Object.getPrototypeOf(Buffer.prototype).constructor)(2**40)`, "RangeError: Invalid typed array length: 1099511627776"},
		{"an ArrayBuffer reached through a Buffer is guarded", `new (Buffer.alloc(1).buffer.constructor)(2**40)`, "RangeError: Array buffer allocation failed"},
		{"a typed array reached through globalThis is guarded", `new globalThis['Int' + '32Array'](2**40)`, "RangeError: Invalid typed array length: 1099511627776"},
		{"a typed array's prototype leads back to its guard", `new (new Uint16Array(1).constructor)(2**40)`, "RangeError: Invalid typed array length: 1099511627776"},
		{"a typed array replaced by the script stays replaced", `(Int8Array = 5, Int8Array) + ' ' + globalThis.Int8Array`, "5 5"},
		{"a typed array not used yet is in the global scope", `['Uint8ClampedArray' in globalThis, typeof BigInt64Array, globalThis.Float32Array === Float32Array, Float32Array.name, Float32Array.BYTES_PER_ELEMENT].join()`, "true,function,true,Float32Array,4"},
		{"a subclass of a typed array still works", `(class extends Uint8Array {}).from([1, 2]).length + (new Uint8Array(2) instanceof Uint8Array ? ' yes' : ' no')`, "2 yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, handler(tt.expr))
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
			assert.Equal(t, `"`+strings.ReplaceAll(tt.want, `"`, `\"`)+`"`, string(r.Response.(json.RawMessage)))
		})
	}
}

func TestAnActionGetsNode18sBufferErrors(t *testing.T) {
	t.Parallel()
	r := runAction(t, `exports.onExecuteSendPhoneMessage = async (event, api) => {
	try { Buffer.alloc(2**40); } catch (e) { throw new Error(e.code + ' ' + e.message); }
};`)
	require.NotNil(t, r.Error)
	assert.Equal(t, `ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 1_099_511_627_776`, r.Error.Message)
}

// Not parallel: runs share the process heap, and a bomb running beside
// other tests would be charged to them too (see watchdog.go).
func TestARunOverItsMemoryLimitIsStopped(t *testing.T) {
	tests := []struct{ name, src string }{
		{"one string larger than the limit", handler(`'x'.repeat(2**25)`)},
		{"a string doubled until it passes the limit", `module.exports = function (r, t, c, cb) { var s = 'xy'.repeat(1e5); while (true) { s += s; s.charAt(0); } };`},
		{"a string doubled at the top level", `var s = 'xy'.repeat(1e5); while (true) { s = s + s; } module.exports = function (r, t, c, cb) { cb(); };`},
		{"an endless chain of promises", `module.exports = function (r, t, c, cb) { var a = []; (function f() { a.push('x'.repeat(1e5) + a.length); return Promise.resolve().then(f); })(); };`},
		{"a million timers", `module.exports = function (r, t, c, cb) { for (var i = 0; i < 1e6; i++) setTimeout(function () {}, 60000, 'x'.repeat(1e4) + i); };`},
		{"JSON.parse of a text too large to hold", handler(`JSON.parse('[' + '1,'.repeat(1e7) + '1]').length`)},
		{"JSON.parse reached through the global object's descriptor", handler(`Object.getOwnPropertyDescriptor(globalThis, 'JSON').value.parse('[' + '1,'.repeat(1e7) + '1]').length`)},
		{"an array mapped beyond the limit", handler(`new Array(2**31).map(function (x) { return 1; }).length`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A time limit no machine is too slow for: the memory limit,
			// not the clock, must end each of these.
			em := emulator.New(emulator.Config{Memory: 16 << 20, Timeout: 10 * time.Minute})
			hook, err := em.Load("hook.js", []byte(tt.src))
			require.NoError(t, err)
			r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload()})
			assert.Equal(t, emulator.OutcomeMemoryLimit, r.Outcome)
			require.NotNil(t, r.Error)
			assert.Contains(t, r.Error.Message, "16 MiB")
		})
	}
}

func TestTheTimeLimitHoldsInsideSlowBuiltins(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src string }{
		{"a backtracking regular expression", handler(`/^(?=(a+)+$)\1/.test('a'.repeat(40) + '!')`) + `while (true) {}`},
		{"a regular expression tried again and again", `module.exports = function (r, t, c, cb) { while (true) /^(?=(a+)+$)\1/.test('a'.repeat(40) + '!'); };`},
		{"an endless loop at the top level", `while (true) {} module.exports = function (r, t, c, cb) { cb(); };`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			em := emulator.New(emulator.Config{})
			limit := 500 * time.Millisecond
			start := time.Now()
			hook, err := em.LoadWith(context.Background(), "hook.js", []byte(tt.src), emulator.LoadOptions{Timeout: limit})
			require.NoError(t, err)
			r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: limit})
			assert.Equal(t, emulator.OutcomeTimeout, r.Outcome)
			// Loading and running each may take the limit plus the margin.
			assert.Less(t, time.Since(start), 2*(limit+emulator.AbandonMargin+emulator.RegexpMatchTimeout)+time.Minute)
		})
	}
}

func TestADeepResponseIsCutWithAMarker(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
	var o = {}; for (var i = 0; i < 20000; i++) o = {next: o};
	cb(null, o);
};`, func(in *emulator.Invocation) { in.Timeout = time.Minute })
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.Contains(t, string(r.Response.(json.RawMessage)), `"[Deep]"`)
	assert.True(t, hasProblem(r, "deeper than 100 levels"))
}

// A run's JavaScript is interrupted when the caller's context ends, not
// only at the run's own limit: the hook cancels the caller's context
// through a Go function put in its context, then loops forever.
func TestAnEndlessLoopStopsWhenTheCallersContextEnds(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) { c.cancelCaller(); while (true) {} };`))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	payload := emulator.DefaultPayload()
	payload.Context["cancelCaller"] = func() { cancel() }
	r := em.Run(ctx, hook, emulator.Invocation{Payload: payload, Timeout: time.Hour})
	assert.Equal(t, emulator.OutcomeTimeout, r.Outcome)
	assert.Contains(t, r.Error.Message, "still running JavaScript")
	assert.Less(t, r.Duration, 10*time.Minute, "the caller's context ended the run, not its hour")
}

// The caller ending the run in the grace after cb (Ctrl-C, a runner
// request gone) abandons the work left running, as the grace's end
// does; it is no exception the code threw.
func TestTheCallerEndingTheGraceAbandonsTheWorkLeft(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: time.Hour})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) {
		cb(null, {});
		setTimeout(function () {}, 3600000);
		c.cancelCaller();
	};`))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	payload := emulator.DefaultPayload()
	payload.Context["cancelCaller"] = func() { cancel() }
	r := em.Run(ctx, hook, emulator.Invocation{Payload: payload, Timeout: 2 * time.Hour})
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.True(t, hasProblem(r, "work was still running after cb was called when the run was cancelled and was abandoned"), "%v", r.Problems)
	for _, p := range r.Problems {
		assert.NotContains(t, p.Message, "uncaught exception", "the caller's cancel is not the code's exception")
	}
}
