package events_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Require(t, events.Module(), "", "EventEmitter")
	return env
}

// The expected results are what Node 20 gives for the same code.
func TestEventEmitterBehavesAsNode20s(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"on and emit pass the arguments and this", `(() => { const e = new EventEmitter(); const got = []; e.on('a', function (x, y) { got.push([x, y, this === e]); }); const r = e.emit('a', 1, 2); return [r, got, e.emit('b')]; })()`, `[true,[[1,2,true]],false]`},
		{"listeners run in order and prepend goes first", `(() => { const e = new EventEmitter(); const got = []; e.on('a', () => got.push(1)); e.on('a', () => got.push(2)); e.prependListener('a', () => got.push(0)); e.emit('a'); return got; })()`, `[0,1,2]`},
		{"once fires once and listeners unwraps it", `(() => { const e = new EventEmitter(); let n = 0; const f = () => n++; e.once('a', f); const l = e.listeners('a')[0] === f; const raw = e.rawListeners('a')[0] !== f && e.rawListeners('a')[0].listener === f; e.emit('a'); e.emit('a'); return [n, l, raw, e.listenerCount('a')]; })()`, `[1,true,true,0]`},
		{"prependOnceListener goes first", `(() => { const e = new EventEmitter(); const got = []; e.on('a', () => got.push('on')); e.prependOnceListener('a', () => got.push('once')); e.emit('a'); e.emit('a'); return got; })()`, `["once","on","on"]`},
		{"off removes the last added copy", `(() => { const e = new EventEmitter(); const got = []; const f = () => got.push('f'); const g = () => got.push('g'); e.on('a', f); e.on('a', g); e.on('a', f); e.off('a', f); e.emit('a'); return [got, e.listenerCount('a')]; })()`, `[["f","g"],2]`},
		{"removing a once listener by its original", `(() => { const e = new EventEmitter(); const f = () => {}; e.once('a', f); e.removeListener('a', f); return e.listenerCount('a'); })()`, `0`},
		{"newListener sees the listener before it is added", `(() => { const e = new EventEmitter(); const got = []; e.on('newListener', (t, l) => got.push([t, e.listenerCount(t)])); e.on('a', () => {}); e.once('b', () => {}); return got; })()`, `[["a",0],["b",0]]`},
		{"removeListener event gets the original listener", `(() => { const e = new EventEmitter(); const got = []; const f = () => {}; e.on('removeListener', (t, l) => got.push([t, l === f])); e.once('a', f); e.on('b', f); e.on('b', () => {}); e.off('a', f); e.off('b', f); return got; })()`, `[["a",true],["b",true]]`},
		{"removeAllListeners with removeListener listeners removes it last", `(() => { const e = new EventEmitter(); const got = []; e.on('a', () => {}); e.on('b', () => {}); e.on('removeListener', (t) => got.push(String(t))); e.removeAllListeners(); return [got, e.eventNames()]; })()`, `[["a","b"],[]]`},
		{"removeAllListeners of one type", `(() => { const e = new EventEmitter(); e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {}); e.removeAllListeners('a'); return e.eventNames(); })()`, `["b"]`},
		{"eventNames lists strings and symbols", `(() => { const e = new EventEmitter(); e.on('x', () => {}); e.on(Symbol('s'), () => {}); return e.eventNames().map(String); })()`, `["x","Symbol(s)"]`},
		{"a listener removed during emit still runs that time", `(() => { const e = new EventEmitter(); const got = []; const g = () => got.push('g'); e.on('a', () => { got.push('f'); e.off('a', g); }); e.on('a', g); e.emit('a'); e.emit('a'); return got; })()`, `["f","g","f"]`},
		{"an error with no listener is thrown as is", `(() => { const e = new EventEmitter(); const err = new Error('boom'); try { e.emit('error', err); } catch (x) { return x === err; } })()`, `true`},
		{"an error that is not an Error is wrapped", `(() => { try { new EventEmitter().emit('error', 'x'); } catch (x) { return [x.name, x.code, x.message, x.context, String(x), Object.keys(x)]; } })()`, `["Error","ERR_UNHANDLED_ERROR","Unhandled error. ('x')","x","Error [ERR_UNHANDLED_ERROR]: Unhandled error. ('x')",["code","context"]]`},
		{"an object error is inspected in the message", `(() => { try { new EventEmitter().emit('error', {a: 1}); } catch (x) { return x.message; } })()`, `"Unhandled error. ({ a: 1 })"`},
		{"an error emitted without an argument", `(() => { try { new EventEmitter().emit('error'); } catch (x) { return x.message; } })()`, `"Unhandled error. (undefined)"`},
		{"an error with a listener is not thrown", `(() => { const e = new EventEmitter(); let got; e.on('error', (x) => { got = x; }); return [e.emit('error', 'x'), got]; })()`, `[true,"x"]`},
		{"errorMonitor sees errors before they throw", `(() => { const e = new EventEmitter(); const got = []; e.on(EventEmitter.errorMonitor, (x) => got.push(x.message)); try { e.emit('error', new Error('m')); } catch (x) { got.push('thrown'); } return got; })()`, `["m","thrown"]`},
		{"a listener that is not a function is refused", `(() => { try { new EventEmitter().on('a', 'x'); } catch (x) { return [x.name, x.code, x.message]; } })()`, `["TypeError","ERR_INVALID_ARG_TYPE","The \"listener\" argument must be of type function. Received type string ('x')"]`},
		{"a missing listener is refused", `(() => { try { new EventEmitter().once('a'); } catch (x) { return [x.name, x.code, x.message]; } })()`, `["TypeError","ERR_INVALID_ARG_TYPE","The \"listener\" argument must be of type function. Received undefined"]`},
		{"a negative max is refused", `(() => { try { new EventEmitter().setMaxListeners(-1); } catch (x) { return [x.name, x.code, x.message]; } })()`, `["RangeError","ERR_OUT_OF_RANGE","The value of \"setMaxListeners\" is out of range. It must be >= 0. Received -1"]`},
		{"a max that is not a number is refused", `(() => { try { new EventEmitter().setMaxListeners('a'); } catch (x) { return [x.name, x.code, x.message]; } })()`, `["TypeError","ERR_INVALID_ARG_TYPE","The \"setMaxListeners\" argument must be of type number. Received type string ('a')"]`},
		{"defaultMaxListeners is 10 and validated", `(() => { const d = EventEmitter.defaultMaxListeners; try { EventEmitter.defaultMaxListeners = -2; } catch (x) { return [d, x.code, x.message]; } })()`, `[10,"ERR_OUT_OF_RANGE","The value of \"defaultMaxListeners\" is out of range. It must be >= 0. Received -2"]`},
		{"getMaxListeners follows the default until set", `(() => { const e = new EventEmitter(); const a = e.getMaxListeners(); e.setMaxListeners(3); return [a, e.getMaxListeners(), e.setMaxListeners(4) === e]; })()`, `[10,3,true]`},
		{"an instance has Node's own keys", `Object.keys(new EventEmitter())`, `["_events","_eventsCount","_maxListeners"]`},
		{"the module is the class with its statics", `[typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, typeof EventEmitter.on, typeof EventEmitter.errorMonitor, typeof EventEmitter.captureRejectionSymbol, EventEmitter.usingDomains, EventEmitter.captureRejections, EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener, EventEmitter.prototype.on.name]`, `["function",true,"function","function","symbol","symbol",false,false,true,true,"addListener"]`},
		{"the prototype's methods in Node's order", `Object.getOwnPropertyNames(EventEmitter.prototype)`, `["constructor","_events","_eventsCount","_maxListeners","setMaxListeners","getMaxListeners","emit","addListener","on","prependListener","once","prependOnceListener","removeListener","off","removeAllListeners","listeners","rawListeners","listenerCount","eventNames"]`},
		{"util.inherits makes a subclass", `(() => { function Sub() { EventEmitter.call(this); } Object.setPrototypeOf(Sub.prototype, EventEmitter.prototype); const s = new Sub(); let got; s.on('a', (v) => { got = v; }); s.emit('a', 5); return [got, s instanceof EventEmitter]; })()`, `[5,true]`},
		{"a subclass without calling the constructor still works", `(() => { function Sub() {} Sub.prototype = Object.create(EventEmitter.prototype); const s = new Sub(); let got = 0; s.on('a', () => got++); s.emit('a'); return [got, Object.prototype.hasOwnProperty.call(s, '_events')]; })()`, `[1,true]`},
		{"class extends works", `(() => { class Foo extends EventEmitter { constructor() { super(); this.x = 1; } } const f = new Foo(); let got; f.once('a', function () { got = this.x; }); f.emit('a'); return [got, f instanceof EventEmitter, f.constructor.name]; })()`, `[1,true,"Foo"]`},
		{"listenerCount counts a given listener", `(() => { const e = new EventEmitter(); const f = () => {}; e.on('a', f); e.once('a', f); e.on('a', () => {}); return [e.listenerCount('a'), e.listenerCount('a', f), EventEmitter.listenerCount(e, 'a')]; })()`, `[3,2,3]`},
		{"_events holds a function, then an array", `(() => { const e = new EventEmitter(); const f = () => {}; e.on('a', f); const one = e._events.a === f; e.on('a', f); return [one, Array.isArray(e._events.a), e._eventsCount, Object.getPrototypeOf(e._events)]; })()`, `[true,true,1,null]`},
		{"once(emitter) resolves with the arguments", `(async () => { const e = new EventEmitter(); setTimeout(() => e.emit('ready', 1, 2), 0); return await EventEmitter.once(e, 'ready'); })()`, `[1,2]`},
		{"once(emitter) rejects on error", `(async () => { const e = new EventEmitter(); setTimeout(() => e.emit('error', new Error('bad')), 0); try { await EventEmitter.once(e, 'ready'); } catch (x) { return [x.message, e.listenerCount('ready'), e.listenerCount('error')]; } })()`, `["bad",0,0]`},
		{"once(emitter, 'error') resolves with the error", `(async () => { const e = new EventEmitter(); setTimeout(() => e.emit('error', 'x'), 0); return await EventEmitter.once(e, 'error'); })()`, `["x"]`},
		{"on(emitter) iterates events", `(async () => { const e = new EventEmitter(); setTimeout(() => { e.emit('d', 1); e.emit('d', 2); e.emit('d', 3); }, 0); const it = EventEmitter.on(e, 'd'); const got = [it[Symbol.asyncIterator]() === it]; for (let i = 0; i < 3; i++) got.push((await it.next()).value[0]); const end = await it.return(); return [got, end, e.listenerCount('d'), e.listenerCount('error')]; })()`, `[[true,1,2,3],{"done":true},0,0]`},
		{"on(emitter) throws an error event", `(async () => { const e = new EventEmitter(); const it = EventEmitter.on(e, 'd'); setTimeout(() => e.emit('error', new Error('stop')), 0); try { await it.next(); } catch (x) { return [x.message, (await it.next()).done, e.listenerCount('d')]; } })()`, `["stop",true,0]`},
		{"captureRejections sends a rejection to error", `(async () => { const e = new EventEmitter({captureRejections: true}); const p = new Promise((r) => e.on('error', (x) => r(x.message))); e.on('a', async () => { throw new Error('async boom'); }); e.emit('a'); return await p; })()`, `"async boom"`},
		{"a bad captureRejections option is refused", `(() => { try { new EventEmitter({captureRejections: 1}); } catch (x) { return [x.code, x.message]; } })()`, `["ERR_INVALID_ARG_TYPE","The \"options.captureRejections\" property must be of type boolean. Received type number (1)"]`},
		{"static setMaxListeners sets targets", `(() => { const e = new EventEmitter(); EventEmitter.setMaxListeners(2, e); return [e.getMaxListeners(), EventEmitter.getMaxListeners(e), EventEmitter.getEventListeners(e, 'x')]; })()`, `[2,2,[]]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

func TestTooManyListenersWarnOnceAsNodeDoes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      []string
	}{
		{"the eleventh listener warns", `const e = new EventEmitter(); for (let i = 0; i < 12; i++) e.on('foo', () => {});`,
			[]string{"MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 foo listeners added to [EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit"}},
		{"a subclass is named and its own max is used", `class Foo extends EventEmitter {} const f = new Foo(); f.setMaxListeners(1); f.on('x', () => {}); f.on('x', () => {});`,
			[]string{"MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 2 x listeners added to [Foo]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit"}},
		{"a max of zero never warns", `const e = new EventEmitter(); e.setMaxListeners(0); for (let i = 0; i < 20; i++) e.on('foo', () => {});`, nil},
		{"listeners of different events do not add up", `const e = new EventEmitter(); for (let i = 0; i < 20; i++) e.on('e' + i, () => {});`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			_, err := env.RT.RunString(tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, env.Warnings())
		})
	}
}

func TestEveryModuleOfARuntimeSharesOneClass(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	again, err := events.Exports(env)
	require.NoError(t, err)
	assert.True(t, again.SameAs(env.RT.Get("EventEmitter")), "a second Exports must return the class require('events') returned")
}

func TestUnhandledErrorsReadAsNodesInAStack(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	v, err := env.RT.RunString(`try { new EventEmitter().emit('error', 42) } catch (e) { e.stack.split('\n')[0] }`)
	require.NoError(t, err)
	assert.Equal(t, "Error [ERR_UNHANDLED_ERROR]: Unhandled error. (42)", v.String())
}
