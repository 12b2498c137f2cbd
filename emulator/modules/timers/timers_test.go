package timers_test

import (
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/timers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// signalPrelude is the part of AbortController the promises use, for a
// bare runtime that has none.
const signalPrelude = `globalThis.AbortController = function () {
  const listeners = [];
  this.signal = { aborted: false, reason: undefined,
    addEventListener: (t, f) => listeners.push(f),
    removeEventListener: (t, f) => { const i = listeners.indexOf(f); if (i >= 0) listeners.splice(i, 1); } };
  this.abort = () => { this.signal.aborted = true; this.signal.reason = new Error('This operation was aborted'); listeners.splice(0).forEach((f) => f()); };
};
globalThis.caught = (p) => p.then((v) => ['resolved', v], (e) => [e.name, e.code, e.message]);`

// newEnv is a runtime with the run's timer globals on its loop.
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	add := func(repeat bool, fixed bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			ms := call.Argument(1).ToFloat()
			if fixed || ms != ms || ms < 1 {
				ms = 1
			}
			return env.RT.ToValue(env.Loop.AddTimer(time.Duration(ms*float64(time.Millisecond)), repeat, func() error {
				_, err := fn(goja.Undefined())
				return err
			}))
		}
	}
	clear := func(call goja.FunctionCall) goja.Value {
		env.Loop.CancelTimer(int(call.Argument(0).ToInteger()))
		return goja.Undefined()
	}
	for name, fn := range map[string]any{
		"setTimeout": add(false, false), "setInterval": add(true, false), "setImmediate": add(false, true),
		"clearTimeout": clear, "clearInterval": clear, "clearImmediate": clear,
	} {
		require.NoError(t, env.RT.Set(name, fn))
	}
	env.Require(t, timers.Module(), "", "timers")
	env.Require(t, timers.PromisesModule(), "", "tp")
	_, err := env.RT.RunString(signalPrelude)
	require.NoError(t, err)
	return env
}

// The expected results are what Node 20 gives for the same code.
func TestTimersPromisesBehaveAsNode20s(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"setTimeout resolves with the value", `caught(tp.setTimeout(5, 'v'))`, `["resolved","v"]`},
		{"setImmediate resolves with the value", `caught(tp.setImmediate('y'))`, `["resolved","y"]`},
		{"an aborted signal rejects at once", `(() => { const ac = new AbortController(); ac.abort(); return caught(tp.setImmediate('y', {signal: ac.signal})); })()`,
			`["AbortError","ABORT_ERR","The operation was aborted"]`},
		{"aborting while waiting rejects and cancels the timer", `(() => { const ac = new AbortController(); const p = caught(tp.setTimeout(60000, 'x', {signal: ac.signal})); ac.abort(); return p; })()`,
			`["AbortError","ABORT_ERR","The operation was aborted"]`},
		{"options must be an object", `caught(tp.setTimeout(1, 'v', 5))`,
			`["TypeError","ERR_INVALID_ARG_TYPE","The \"options\" argument must be of type object. Received type number (5)"]`},
		{"the signal must be an AbortSignal", `caught(tp.setTimeout(1, 'v', {signal: 5}))`,
			`["TypeError","ERR_INVALID_ARG_TYPE","The \"options.signal\" property must be an instance of AbortSignal. Received type number (5)"]`},
		{"ref must be a boolean", `caught(tp.setTimeout(1, 'v', {ref: 5}))`,
			`["TypeError","ERR_INVALID_ARG_TYPE","The \"options.ref\" property must be of type boolean. Received type number (5)"]`},
		{"setInterval yields until returned", `(async () => { const it = tp.setInterval(1, 'i'); const got = []; for (let n = 0; n < 3; n++) got.push((await it.next()).value); const end = await it.return(); return [got, end, it[Symbol.asyncIterator]() === it]; })()`,
			`[["i","i","i"],{"done":true},true]`},
		{"scheduler waits and yields", `(async () => [await tp.scheduler.wait(1), await tp.scheduler.yield()])()`, `[null,null]`},
		{"timers hands out the run's functions", `[timers.setTimeout === setTimeout, timers.clearInterval === clearInterval, timers.promises === tp, Object.keys(tp)]`,
			`[true,true,true,["setTimeout","setImmediate","setInterval","scheduler"]]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}
