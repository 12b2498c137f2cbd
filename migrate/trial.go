package migrate

import (
	"context"
	"fmt"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
)

// trialTimeout bounds each trial run: the hook and the Action run with the
// documented payload and no secrets, so what matters is how they end, not
// a provider's full answer.
const trialTimeout = 5 * time.Second

// trialRun runs code once against fakes of its own, with the documented
// payload and the secrets the migration was given (none from the CLI).
func trialRun(opts Options, hook *emulator.Hook) harness.Report {
	h := harness.New(harness.Config{})
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: opts.Secrets, Timeout: trialTimeout}
	return h.Run(context.Background(), opts.Emulator, hook, in)
}

// lateRequestNotes are the requests the hook left in flight when it
// called cb: the Action does the same, so Auth0 may freeze it before they
// are sent. They are noted at the handler, to be awaited by hand.
func (r *rewriter) lateRequestNotes(hookRun harness.Report) {
	for _, ex := range hookRun.Requests {
		if ex.AfterCallback {
			r.note(r.h.fn, true, fmt.Sprintf("the hook calls cb while %s %s is still in flight, and the Action returns before it finishes just the same: Auth0 may freeze the Action before it is sent; await the request before returning", ex.Method, ex.URL))
		}
	}
}

// runsAsTheHook says how the Action ended differently from the hook with
// the same call, or "" when it ended the same way (both succeeded, or
// both failed with the same message). A difference means the Action does
// not run as an Action yet: something the rewrite left must change by
// hand.
func runsAsTheHook(hookRun, actionRun harness.Report) string {
	for _, d := range hookdiff.Compare(hookRun, actionRun) {
		if d.What == "outcome" || d.What == "error" {
			return fmt.Sprintf("run once against the fakes, the hook ended with %s and the Action with %s", shownOutcome(d.Old), shownOutcome(d.New))
		}
	}
	return ""
}

func shownOutcome(s string) string {
	if s == "" {
		return "(nothing)"
	}
	return s
}
