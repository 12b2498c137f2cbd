package emulator

import (
	"errors"
	"fmt"

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

// errUnhandledRejection ends a run as Node 15 and later end the process.
var errUnhandledRejection = errors.New("unhandled promise rejection")

// rejectionCrashesSince is the Node major whose default for an unhandled
// rejection became --unhandled-rejections=throw (nodejs/node#33021, Node
// 15.0.0): the process ends. Node 12 printed a warning and went on.
const rejectionCrashesSince = 15

// checkRejections reports the rejections still unhandled after a
// macrotask. On Node 15 and later one that comes before the code reported
// its result crashes the process, which fails the run; on Node 12 it is a
// warning and the run goes on.
func (inv *invocation) checkRejections() error {
	if len(inv.rejections) == 0 {
		return nil
	}
	pending := inv.rejections
	inv.rejections = nil
	for _, p := range pending {
		info, _ := inv.describeValue(p.Result())
		if inv.Node().AtLeast(rejectionCrashesSince) && !inv.called {
			inv.fail(OutcomeException, info)
			inv.problem(SeverityError, fmt.Sprintf("unhandled promise rejection: %s%s; %s ends the process on it, so %s fails",
				headline(info), stackSuffix(info), inv.Node().Title(), inv.hook.Kind.Noun()))
			return errUnhandledRejection
		}
		inv.problem(SeverityError, "unhandled promise rejection: "+headline(info)+stackSuffix(info)+inv.unnoticedRejection())
	}
	return nil
}

// unnoticedRejection says why a rejection that did not fail the run still
// matters: Node 12 only printed a warning; on a newer Node the code had
// already reported its result, so that result no longer shows the
// failure.
func (inv *invocation) unnoticedRejection() string {
	fix := "add a .catch that calls cb(err)"
	if inv.hook.Kind == KindAction {
		fix = "await the promise before returning and let its error propagate"
	}
	if !inv.Node().AtLeast(rejectionCrashesSince) {
		return fmt.Sprintf("; %s only printed a warning, so a failure here goes unnoticed: %s", inv.Node().Title(), fix)
	}
	return fmt.Sprintf("; it came after %s, so the failure goes unnoticed: %s", inv.hook.Kind.Ended(), fix)
}
