// Package modtest runs a module shim in a bare runtime for the shim's own
// tests: a goja runtime, an event loop and a Host whose transport the test
// chooses (usually an httptest server or a fake's handler). It is the
// smallest environment a module can be required in; end-to-end behaviour
// inside a hook is tested in the emulator package.
package modtest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/loop"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jslower"
)

// Env is one runtime with its loop. Not safe for concurrent use; create
// one per test.
type Env struct {
	RT        *goja.Runtime
	Loop      *loop.Loop
	transport http.RoundTripper
	ctx       context.Context
	cancel    context.CancelFunc
	action    bool
	node      runtimes.Runtime
	env       map[string]string

	provided map[string]modules.Module
	loaded   map[string]goja.Value
	memory   int64

	mu         sync.Mutex
	warnings   []string
	overMemory []string
}

var _ modules.Host = (*Env)(nil)

// New returns an environment whose HTTP goes through transport. The
// runtime has `console.log` (into Logs), setTimeout and, as the
// emulator's, Symbol.asyncIterator.
func New(t testing.TB, transport http.RoundTripper) *Env {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	e := &Env{RT: goja.New(), Loop: loop.New(), transport: transport, ctx: ctx, cancel: cancel, env: map[string]string{}}
	jslower.InstallRuntime(e.RT)
	_ = e.RT.Set("setTimeout", func(fn goja.Callable, ms float64) int {
		return e.Loop.AddTimer(time.Duration(ms*float64(time.Millisecond)), false, func() error {
			_, err := fn(goja.Undefined())
			return err
		})
	})
	return e
}

// Runtime, Context, Transport, RegisterCallback, Action, Getenv and Warn
// implement modules.Host.
func (e *Env) Runtime() *goja.Runtime               { return e.RT }
func (e *Env) Context() context.Context             { return e.ctx }
func (e *Env) Transport() http.RoundTripper         { return e.transport }
func (e *Env) RegisterCallback() func(func() error) { return e.Loop.RegisterCallback() }
func (e *Env) Action() bool                         { return e.action }

// Node is the runtime SetRuntime chose, else the kind's default, as the
// emulator picks it.
func (e *Env) Node() runtimes.Runtime {
	if !e.node.IsZero() {
		return e.node
	}
	return runtimes.Default(e.action)
}

// SetRuntime makes the code run on r (process.version, User-Agents).
func (e *Env) SetRuntime(r runtimes.Runtime)     { e.node = r }
func (e *Env) Getenv(name string) (string, bool) { v, ok := e.env[name]; return v, ok }
func (e *Env) Warn(message string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.warnings = append(e.warnings, message)
}

// Cancel ends the Env's context, as the end of a run ends a Host's.
func (e *Env) Cancel() { e.cancel() }

// SetAction switches the Host to Action (Node 18+) semantics.
func (e *Env) SetAction(action bool) { e.action = action }

// Setenv sets a variable of the emulated process.env.
func (e *Env) Setenv(name, value string) { e.env[name] = value }

// Warnings returns what the module reported through Warn.
func (e *Env) Warnings() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.warnings...)
}

// Require loads m at version (as a require would) and binds it to the
// global name.
func (e *Env) Require(t testing.TB, m modules.Module, version, name string) goja.Value {
	t.Helper()
	resolved, err := m.Resolve(version, e.action)
	if err != nil {
		t.Fatalf("resolve %s@%s: %v", m.Name, version, err)
	}
	exports, err := m.Load(e, resolved)
	if err != nil {
		t.Fatalf("load %s@%s: %v", m.Name, resolved, err)
	}
	if err := e.RT.Set(name, exports); err != nil {
		t.Fatal(err)
	}
	return exports
}

// Await evaluates src (whose value may be a promise), runs the loop until
// idle, and returns the settled value, or the rejection (or exception) as
// an error of type *Rejection.
func (e *Env) Await(src string) (goja.Value, error) {
	v, err := e.RT.RunString(src)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(e.ctx, time.Minute) // generous: a loaded machine is slow, not wrong
	defer cancel()
	if err := e.Loop.Run(ctx); err != nil {
		return nil, err
	}
	p, ok := v.Export().(*goja.Promise)
	if !ok {
		return v, nil
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return p.Result(), nil
	case goja.PromiseStateRejected:
		return nil, &Rejection{Value: p.Result()}
	default:
		return nil, fmt.Errorf("promise still pending after the loop went idle")
	}
}

// Run evaluates src in the runtime and returns its value; an exception
// fails the test.
func (e *Env) Run(t testing.TB, src string) goja.Value {
	t.Helper()
	v, err := e.RT.RunString(src)
	if err != nil {
		t.Fatalf("Run(%s): %v", src, err)
	}
	return v
}

// AwaitBody runs body as the body of an async function, settles it as
// Await does, and returns JSON.stringify of what it returned ("null" for
// nothing); a rejection or an exception fails the test. It is how a
// shim's test writes a hook's steps: `const r = await x.send(); return r.id;`.
func (e *Env) AwaitBody(t testing.TB, body string) string {
	t.Helper()
	v, err := e.Await("(async () => { const __r = await (async () => {" + body + "})(); return JSON.stringify(__r === undefined ? null : __r); })()")
	if err != nil {
		t.Fatalf("AwaitBody: %v\n%s", err, body)
	}
	return v.String()
}

// JSON evaluates src in the runtime and returns JSON.stringify of it: the
// easy way for a test to look at a JS value.
func (e *Env) JSON(t testing.TB, src string) string {
	t.Helper()
	v, err := e.RT.RunString("JSON.stringify(" + src + ")")
	if err != nil {
		t.Fatalf("JSON(%s): %v", src, err)
	}
	return v.String()
}

// AwaitJSON is Await then JSON.stringify of the settled value; the test
// fails on a rejection or an exception.
func (e *Env) AwaitJSON(t testing.TB, src string) string {
	t.Helper()
	v, err := e.Await(src)
	if err != nil {
		t.Fatalf("Await(%s): %v", src, err)
	}
	if err := e.RT.Set("__awaited", v); err != nil {
		t.Fatalf("AwaitJSON: %v", err)
	}
	return e.JSON(t, "__awaited")
}

// Rejection is a promise's rejection value.
type Rejection struct{ Value goja.Value }

func (r *Rejection) Error() string { return "rejected: " + r.Value.String() }

// HandlerTransport serves every request with h in-process, whatever its
// host: the simplest way to point a shim at a fake.
func HandlerTransport(h http.Handler) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if err := r.Context().Err(); err != nil {
			return nil, err
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		return rec.Result(), nil
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
