package emulator

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/loop"
)

// errTimeLimit is the interrupt value used when the time limit passes.
var errTimeLimit = errors.New("time limit")

// exitRequest is the interrupt value process.exit uses.
type exitRequest struct{ code int }

// evaluate runs the module code and returns module.exports. A throw here is
// a load error: Auth0 could never call the handler. The error is the
// script's own (an exception or an interrupt); loadError describes it.
func (inv *invocation) evaluate() (goja.Value, error) {
	if inv.hook.nodeExtras {
		inv.installNodeExtras()
	}
	wrapper, err := inv.rt.RunProgram(inv.hook.program)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(wrapper)
	module := inv.rt.NewObject()
	exports := inv.rt.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("id", ".")
	_ = module.Set("filename", inv.hook.Name)
	_ = module.Set("loaded", false)
	_, err = fn(exports, exports, inv.rt.Get("require"), module, inv.rt.ToValue(inv.hook.Name), inv.rt.ToValue("/data"))
	if err != nil {
		return nil, err
	}
	_ = module.Set("loaded", true)
	return module.Get("exports"), nil
}

// stoppedByLimit reports whether err ended the script because a limit
// (time, memory, process.exit) interrupted it, rather than a throw.
func (inv *invocation) stoppedByLimit(err error) bool {
	return isInterrupt(err) || inv.memoryStop.Load() != nil
}

func (inv *invocation) loadError(err error) error {
	info, _ := inv.describeFailure(err)
	line, col := stackPosition(info.Stack, inv.hook.Name)
	return &LoadError{
		File: inv.hook.Name, Line: line, Column: col,
		Message: fmt.Sprintf("%s threw while loading: %s", inv.hook.Kind.Noun(), headline(info)),
		Source:  sourceLine(inv.hook.Source, line),
		Hint:    "code at the top level of the file runs when Auth0 loads it; fix it so loading cannot throw",
	}
}

// kindOf tells from the exports whether this is a Hook or an Action.
func kindOf(inv *invocation, exports goja.Value) (Kind, error) {
	if _, ok := goja.AssertFunction(exports); ok {
		return KindHook, nil
	}
	if obj, ok := exports.(*goja.Object); ok {
		for _, name := range ActionHandlers() {
			if _, ok := goja.AssertFunction(obj.Get(name)); ok {
				return KindAction, nil
			}
		}
	}
	return "", fmt.Errorf("module.exports is %s, not a function: a send-phone-message hook exports function (recipient, text, context, cb)", describeJS(exports))
}

// run is the whole invocation: load, call, drive the loop to an outcome,
// then let late work finish within the grace.
func (inv *invocation) run() Result {
	inv.call()
	inv.result.Duration = inv.elapsed()
	return inv.result
}

func (inv *invocation) call() {
	exports, err := inv.evaluate()
	if err != nil {
		if inv.stoppedByLimit(err) {
			inv.uncaught(err)
			return
		}
		inv.fail(OutcomeException, &ErrorInfo{Name: "Error", Message: inv.loadError(err).Error()})
		return
	}
	if inv.hook.Kind == KindAction {
		inv.callAction(exports)
		return
	}
	handler, ok := goja.AssertFunction(exports)
	if !ok {
		inv.fail(OutcomeException, &ErrorInfo{Name: "TypeError", Message: "module.exports is not a function"})
		return
	}
	inv.loop.Enqueue(inv.guard(func() error {
		ctxObj := inv.buildContext()
		_, err := handler(goja.Undefined(), inv.em.strs.value(inv.rt, inv.in.Payload.Recipient), inv.em.strs.value(inv.rt, inv.in.Payload.Text), ctxObj, jsName(inv.rt, inv.rt.ToValue(inv.callback), "callback"))
		return err
	}))
	inv.drive()
}

// drive runs the loop until the hook called back, failed, went idle or ran
// out of time.
func (inv *invocation) drive() {
	err := inv.loop.Run(inv.ctx)
	switch {
	case errors.Is(err, loop.ErrStopped):
		inv.grace()
	case err == nil:
		inv.fail(OutcomeNoCallback, &ErrorInfo{Name: "Error", Message: "the hook finished all its work without calling cb; Auth0 would wait until its time limit and fail the message"})
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		inv.timedOut(nil)
	case errors.Is(err, errUnhandledRejection):
		// checkRejections has recorded the outcome.
	case inv.called:
		inv.lateException(err)
	default:
		inv.uncaught(err)
	}
}

// lateException reports an exception thrown after cb: the message already
// went out, but Node would have crashed the sandbox.
func (inv *invocation) lateException(err error) {
	info, _ := inv.describeFailure(err)
	inv.problem(SeverityError, "uncaught exception after "+inv.hook.Kind.Ended()+": "+headline(info)+stackSuffix(info))
}

// grace lets work the hook left running after cb go on for a moment, so
// the result can show it, then abandons it.
func (inv *invocation) grace() {
	if inv.loop.Pending() == 0 {
		return // nothing left to run: the loop would end at once, so no timer is armed
	}
	inv.graceRun()
}

// graceRun is grace when work is left: the loop runs until it is idle or
// the grace ends.
func (inv *invocation) graceRun() {
	remaining := time.Until(deadlineOf(inv.ctx))
	wait := min(inv.em.cfg.Grace, remaining)
	ctx, cancel := context.WithTimeout(inv.ctx, wait)
	defer cancel()
	// JS still running when the grace ends is interrupted by a timer: the
	// run's own interrupt (interruptWhenDone) covers the run's context
	// ending first, so a second context.AfterFunc would only add its
	// registration to every run.
	stop := time.AfterFunc(wait, func() { inv.rt.Interrupt(errTimeLimit) })
	defer stop.Stop()
	for {
		err := inv.loop.Run(ctx)
		switch {
		case err == nil:
			return
		case errors.Is(err, loop.ErrStopped):
			continue // a second cb stops the loop again; keep going
		case inv.memoryStop.Load() != nil:
			inv.problem(SeverityError, "after cb was called: "+inv.memoryStop.Load().message())
			return
		case errors.Is(err, context.DeadlineExceeded) || isInterrupt(err):
			inv.leftRunning(fmt.Sprintf("%s after %s", wait.Round(time.Millisecond), inv.hook.Kind.Ended()))
			return
		case errors.Is(err, context.Canceled):
			// The caller ended the run (Ctrl-C, a runner request gone):
			// nothing the code threw.
			inv.leftRunning(fmt.Sprintf("after %s when the run was cancelled", inv.hook.Kind.Ended()))
			return
		default:
			inv.lateException(err)
			return
		}
	}
}

// leftRunning reports work left running after the callback, when: how long
// after it the run stopped waiting.
func (inv *invocation) leftRunning(when string) {
	kind := inv.hook.Kind
	inv.problem(SeverityWarning, fmt.Sprintf("work was still running %s and was abandoned; Auth0 may freeze %s before such work finishes: %s",
		when, kind.Noun(), kind.FinishFirst()))
}

func (inv *invocation) uncaught(err error) {
	if inv.overMemory() {
		return
	}
	if isInterrupt(err) {
		var interrupted *goja.InterruptedError
		errors.As(err, &interrupted)
		if exit, ok := interrupted.Value().(exitRequest); ok {
			inv.fail(OutcomeException, &ErrorInfo{Name: "Error", Message: fmt.Sprintf("the hook called process.exit(%d); in Auth0 this kills the sandbox and fails the message", exit.code), Stack: inv.hookStack(interrupted.String())})
			return
		}
		inv.timedOut(interrupted)
		return
	}
	info, _ := inv.describeFailure(err)
	inv.fail(OutcomeException, info)
}

// limit is the run's time limit.
func (inv *invocation) limit() time.Duration {
	if inv.in.Timeout > 0 {
		return inv.in.Timeout
	}
	return inv.em.cfg.Timeout
}

func (inv *invocation) timedOut(interrupted *goja.InterruptedError) {
	info := &ErrorInfo{Name: "Error", Message: fmt.Sprintf("Request to Webtask exceeded allowed execution time (%s): the hook did not call cb in time", inv.limit())}
	if interrupted != nil {
		info.Stack = inv.hookStack(interrupted.String())
		info.Message += "; it was still running JavaScript (an endless loop?)"
	}
	inv.fail(OutcomeTimeout, info)
}

func (inv *invocation) fail(outcome Outcome, info *ErrorInfo) {
	inv.result.Outcome = outcome
	inv.result.Error = info
}

// callback is the cb the hook gets. Only the first call counts, as in
// Auth0; later ones are reported.
func (inv *invocation) callback(call goja.FunctionCall) goja.Value {
	if inv.called {
		inv.problem(SeverityError, fmt.Sprintf("cb was called again %s after the first call; Auth0 ignores every call after the first%s", (inv.elapsed()-inv.result.CallbackAfter).Round(time.Millisecond), inv.jsStack()))
		return goja.Undefined()
	}
	inv.called = true
	inv.calledBack.Store(true)
	inv.result.CallbackAfter = inv.elapsed()
	errArg := call.Argument(0)
	if errArg.ToBoolean() {
		info, primitive := inv.describeValue(errArg)
		if primitive {
			inv.problem(SeverityWarning, "cb was called with "+describeJS(errArg)+" as the error, not an Error object: Auth0's log shows no stack for it")
		}
		inv.fail(OutcomeError, info)
	} else {
		inv.result.Outcome = OutcomeSuccess
		inv.result.Response = inv.exportJSON(call.Argument(1))
	}
	inv.loop.Stop()
	return goja.Undefined()
}

// guard wraps a loop callback with what Node does after each macrotask:
// reporting promise rejections nobody handled.
func (inv *invocation) guard(fn func() error) func() error {
	return func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error in hookemu (please report it): %v", r)
			}
		}()
		if err := fn(); err != nil {
			return err
		}
		return inv.checkRejections()
	}
}

func isInterrupt(err error) bool {
	var interrupted *goja.InterruptedError
	return errors.As(err, &interrupted)
}

func deadlineOf(ctx context.Context) time.Time {
	d, ok := ctx.Deadline()
	if !ok {
		return time.Now().Add(DefaultTimeout)
	}
	return d
}
