package emulator

import (
	"context"
	"net/http"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/loop"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// invocation is the state of one run. Everything but the fields marked
// otherwise belongs to the JS goroutine.
type invocation struct {
	em         *Emulator
	hook       *Hook
	in         Invocation
	rt         *goja.Runtime
	loop       *loop.Loop
	ctx        context.Context // ends at the time limit, or when the run is over
	cancel     context.CancelFunc
	transport  http.RoundTripper
	start      time.Time
	calledBack *atomic.Bool // read by the transport from other goroutines
	memLimit   int64
	memoryStop atomic.Pointer[memoryExceeded] // set from the watchdog too
	timers     *timerClasses                  // Timeout and Immediate, made on first use
	nodeLimits modules.NodeLimits

	called   bool
	result   Result
	logBytes int
	logsCut  bool
	reported map[string]bool // problems already reported, by key (nil until the first)
	required map[string]goja.Value
	// packageModules are the module objects of files loaded from
	// node_modules, by real path (nil until the first); nodeModules reads
	// them.
	packageModules map[string]*goja.Object
	// requireCache is require.cache: the same modules by virtual path. A
	// module deleted from it is evaluated again at the next require, as
	// in Node.
	requireCache *goja.Object
	// nodeExtras is set once installNodeExtras has run.
	nodeExtras bool
	// scope serves the globals not used yet (see installGlobals).
	// methodGuards and methodTraps are the guarded methods (guardMethod).
	methodGuards []methodGuard
	methodTraps  *goja.ProxyTrapConfig
	scope        *globalScope
	nodeModules  *nodemodules.Loader
	process      *goja.Object
	rejections   []*goja.Promise
	// limitTimer, stopInterrupt and memoryWatch are stopped when the run
	// ends: the interrupt at the time limit and at the end of the
	// caller's context (nil when it cannot end), and the memory
	// watchdog's first sample.
	limitTimer    *time.Timer
	stopInterrupt func() bool
	memoryWatch   *time.Timer
	heapSample    [2]metrics.Sample // the watchdog's, one per heapMetrics
	// usedActionOnly is set when code of a kind not known yet (while it
	// loads) asked for what only Actions have.
	usedActionOnly bool
	// notified is the last api.notification call of a
	// custom-phone-provider Action, nil when none was made.
	notified *notificationCall
}

var _ modules.Host = (*invocation)(nil)

type callbackKey struct{}

// runState is what the transport asks of a run from other goroutines,
// through the context of each request.
type runState struct {
	calledBack atomic.Bool
	// ctx is the run's own context: done once the run is over.
	ctx context.Context
}

// CalledBack reports whether the hook whose request carries ctx had called
// back (or resolved) by now. The harness asks it to mark requests that
// were still running after the callback, which Auth0 may never finish.
func CalledBack(ctx context.Context) bool {
	s, ok := ctx.Value(callbackKey{}).(*runState)
	return ok && s.calledBack.Load()
}

// RunOver reports whether the run whose request carries ctx is over (its
// time limit passed, or it ended after cb and the grace), so that a
// request failing now fails because the run ended: the harness then
// records it as left without an answer, however far it had got.
func RunOver(ctx context.Context) bool {
	s, ok := ctx.Value(callbackKey{}).(*runState)
	return ok && s.ctx.Err() != nil
}

func (e *Emulator) newInvocation(parent context.Context, hook *Hook, in Invocation) *invocation {
	timeout := in.Timeout
	if timeout <= 0 {
		timeout = e.cfg.Timeout
	}
	state := new(runState)
	ctx, cancel := context.WithTimeout(context.WithValue(parent, callbackKey{}, state), timeout)
	state.ctx = ctx
	transport := in.Transport
	if transport == nil {
		transport = refuseTransport{}
	}
	inv := &invocation{
		em: e, hook: hook, in: in, rt: goja.New(), loop: loop.New(),
		ctx: ctx, cancel: cancel, transport: transport, start: time.Now(),
		calledBack: &state.calledBack, required: map[string]goja.Value{},
	}
	inv.result.Kind = hook.Kind
	inv.result.Runtime = inv.Node().Name
	inv.memLimit = in.Memory
	if inv.memLimit <= 0 {
		inv.memLimit = e.cfg.Memory
	}
	inv.nodeLimits = modules.LimitsOf(hook.Kind == KindAction)
	inv.rt.SetMaxCallStackSize(e.cfg.MaxCallStackSize)
	inv.rt.SetPromiseRejectionTracker(inv.trackRejection)
	inv.interruptWhenDone(parent, errTimeLimit)
	inv.installGlobals()
	inv.installGuards()
	inv.watchMemory()
	return inv
}

// interruptWhenDone stops running JS (even `while(true){}`) when the
// run's context ends on its own: at its deadline, by a timer of its own,
// or when parent ends. (context.AfterFunc on the run's context would
// give it a map of children in every run; the run ending it at close
// needs no interrupt.)
func (inv *invocation) interruptWhenDone(parent context.Context, reason any) {
	interrupt := func() { inv.rt.Interrupt(reason) }
	inv.limitTimer = time.AfterFunc(time.Until(deadlineOf(inv.ctx)), interrupt)
	if parent.Done() != nil {
		inv.stopInterrupt = context.AfterFunc(parent, interrupt)
	}
}

func (inv *invocation) close() {
	inv.cancel()
	inv.limitTimer.Stop()
	if inv.stopInterrupt != nil {
		inv.stopInterrupt()
	}
	inv.memoryWatch.Stop()
	inv.loop.Close()
}

// Host implementation for modules.

func (inv *invocation) Runtime() *goja.Runtime       { return inv.rt }
func (inv *invocation) Context() context.Context     { return inv.ctx }
func (inv *invocation) Transport() http.RoundTripper { return inv.transport }
func (inv *invocation) Action() bool                 { return inv.hook.Kind == KindAction }

// Node is the runtime the hook was loaded for, or its kind's default
// while that is still being learned.
func (inv *invocation) Node() runtimes.Runtime {
	if !inv.hook.Runtime.IsZero() {
		return inv.hook.Runtime
	}
	return runtimes.Default(inv.Action())
}

// actionOnly reports whether what only Actions have may be used, and
// notes the asking while the kind is not known yet.
func (inv *invocation) actionOnly() bool {
	if inv.hook.Kind == "" {
		inv.usedActionOnly = true
	}
	return inv.Action()
}

// ActionOnly is actionOnly for modules (see modules.ActionOnly).
func (inv *invocation) ActionOnly() bool { return inv.actionOnly() }

// RegisterCallback wraps the loop's, so every callback a module queues is
// followed by the checks Node makes after a macrotask (unhandled
// rejections).
func (inv *invocation) RegisterCallback() func(func() error) {
	enqueue := inv.loop.RegisterCallback()
	return func(fn func() error) { enqueue(inv.guard(fn)) }
}

func (inv *invocation) Warn(message string) {
	inv.problemOnce("warn:"+message, SeverityWarning, message)
}

// Getenv reads the emulated process.env.
func (inv *invocation) Getenv(name string) (string, bool) {
	env := inv.processEnv()
	if env == nil {
		return "", false
	}
	v := env.Get(name)
	if v == nil || goja.IsUndefined(v) {
		return "", false
	}
	return v.String(), true
}

func (inv *invocation) problem(severity, message string) {
	inv.result.Problems = append(inv.result.Problems, Problem{Severity: severity, Message: message})
}

// problemOnce reports a problem the first time key is seen, so a hook
// that reads a missing secret in a loop gets one line, not thousands.
func (inv *invocation) problemOnce(key, severity, message string) {
	if inv.reported[key] {
		return
	}
	if inv.reported == nil {
		inv.reported = map[string]bool{}
	}
	inv.reported[key] = true
	inv.problem(severity, message)
}

func (inv *invocation) elapsed() time.Duration { return time.Since(inv.start) }
