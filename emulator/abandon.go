package emulator

import (
	"fmt"
	"time"

	"github.com/hookemu/hookemu/internal/stackstart"
)

// AbandonMargin is how long after its time limit a run whose script does
// not yield (a built-in that runs in one Go call, such as JSON.parse of a
// huge text) is given up: the caller gets a timeout result and the run's
// goroutine is left to finish on its own, its result ignored.
const AbandonMargin = time.Second

// detached runs fn on a goroutine of its own and waits for it until the
// invocation's time limit plus AbandonMargin. It reports whether fn
// finished; a panic in fn is returned as an internal error.
func (inv *invocation) detached(fn func()) (finished bool, internal error) {
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("internal error in hookemu (please report it): %v", r)
			}
		}()
		// Every run's goroutine reaches 8 KiB (resolving a require does);
		// sized at once, its stack is copied while nearly empty instead
		// of twice with the run's frames on it (internal/stackstart).
		stackstart.To8K()
		fn()
		done <- nil
	}()
	// Nearly every run ends before its context does, and then needs no
	// timer: the margin's is started only once the context has ended (at
	// the limit, or earlier when cancelled), and ends at the same time.
	select {
	case err := <-done:
		return true, err
	case <-inv.ctx.Done():
	}
	timer := time.NewTimer(time.Until(deadlineOf(inv.ctx)) + AbandonMargin)
	defer timer.Stop()
	select {
	case err := <-done:
		return true, err
	case <-timer.C:
		return false, nil
	}
}

// abandoned is the result of a run given up because its script would not
// yield: a timeout, or the memory limit when that is what stopped it.
func (inv *invocation) abandoned() Result {
	r := Result{Kind: inv.hook.Kind, Runtime: inv.Node().Name, Outcome: OutcomeTimeout, Duration: inv.elapsed()}
	if m := inv.memoryStop.Load(); m != nil {
		r.Outcome = OutcomeMemoryLimit
		r.Error = &ErrorInfo{Name: "Error", Message: m.message()}
	} else {
		r.Error = &ErrorInfo{Name: "Error", Message: fmt.Sprintf("Request to Webtask exceeded allowed execution time (%s): the hook did not call cb in time", inv.limit())}
	}
	r.Error.Message += fmt.Sprintf("; it was inside a built-in that cannot be interrupted (a huge JSON.parse, a regular expression, a walk over a huge array) and was abandoned %s after its limit", AbandonMargin)
	return r
}
