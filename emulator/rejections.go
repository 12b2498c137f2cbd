package emulator

import (
	"errors"

	"github.com/dop251/goja"
)

// trackRejection keeps the promises rejected with no handler yet; a
// handler attached later (in the same tick) takes a promise off the list.
func (inv *invocation) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		inv.rejections = append(inv.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range inv.rejections {
			if q == p {
				inv.rejections = append(inv.rejections[:i], inv.rejections[i+1:]...)
				break
			}
		}
	}
}

// errUnhandledRejection ends an Action as Node 18 ends the process.
var errUnhandledRejection = errors.New("unhandled promise rejection")

// checkRejections reports the rejections still unhandled after a
// macrotask. Node 12 (Hooks) only printed a warning and went on; Node 15+
// (Actions) crashes, which fails the execution.
func (inv *invocation) checkRejections() error {
	if len(inv.rejections) == 0 {
		return nil
	}
	pending := inv.rejections
	inv.rejections = nil
	for _, p := range pending {
		info, _ := inv.describeValue(p.Result())
		if inv.hook.Kind == KindAction && !inv.called {
			inv.fail(OutcomeException, info)
			inv.problem(SeverityError, "unhandled promise rejection: "+headline(info)+stackSuffix(info)+"; Node 18 ends the process on it, so the Action fails")
			return errUnhandledRejection
		}
		inv.problem(SeverityError, "unhandled promise rejection: "+headline(info)+stackSuffix(info)+inv.unnoticedRejection())
	}
	return nil
}

// unnoticedRejection says why a rejection that did not fail the run still
// matters: a Hook's Node 12 only printed a warning; an Action had already
// returned, so its result no longer shows the failure.
func (inv *invocation) unnoticedRejection() string {
	if inv.hook.Kind == KindAction {
		return "; it came after the Action returned, so the failure goes unnoticed: await the promise before returning and let its error propagate"
	}
	return "; Node 12 only printed a warning, so a failure here goes unnoticed: add a .catch that calls cb(err)"
}
