package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

func TestErrorCaptureStackTraceIsV8s(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	tests := []struct{ name, body, want string }{
		{"a plain object gets a stack headed Error",
			`const o = {}; Error.captureStackTrace(o); return o.stack.split('\n')[0];`, `"Error"`},
		{"the header is the object's name and message",
			`const o = {name: 'X', message: 'm'}; Error.captureStackTrace(o); return o.stack.split('\n')[0];`, `"X: m"`},
		{"the frames start at the caller of the function given",
			`class E extends Error { constructor(m) { super(m); this.name = 'HTTPError'; Error.captureStackTrace(this, this.constructor); } }
			 function makeIt() { return new E('boom'); }
			 const lines = makeIt().stack.split('\n'); return [lines[0], /^\tat makeIt \(action.js:/.test(lines[1])];`, `["HTTPError: boom",true]`},
		{"stack is writable and not enumerable",
			`const o = {}; Error.captureStackTrace(o); const d = Object.getOwnPropertyDescriptor(o, 'stack'); return [d.writable, d.enumerable, d.configurable];`, `[true,false,true]`},
		{"captureStackTrace is not among the frames",
			`function here() { const o = {}; Error.captureStackTrace(o); return o.stack.split('\n').slice(0, 2); } const lines = here(); return [lines[0], /^\tat here \(action.js:/.test(lines[1])];`, `["Error",true]`},
		{"a subclass's constructor is left out too",
			`class A extends Error { constructor(m) { super(m); Error.captureStackTrace(this, this.constructor); } } class B extends A {}
			 function makeIt() { return new B('boom'); } return /^\tat makeIt \(action.js:/.test(makeIt().stack.split('\n')[1]);`, `true`},
		{"a primitive is refused with a TypeError",
			`try { Error.captureStackTrace(1); } catch (e) { return e.name; }`, `"TypeError"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, response(t, runIn(t, em, t.TempDir(), tt.body)))
		})
	}
}
