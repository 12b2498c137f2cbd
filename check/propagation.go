package check

import (
	"fmt"

	"github.com/hookemu/hookemu/emulator"
)

// propagationChecks: with the provider failing, the hook must fail the
// message (cb with an error), or Auth0 tells the user a code is on its way
// that never comes. baseline is the matrix: without a request to a
// provider there, faults have nothing to act on, and the checks are
// returned as skipped.
//
// A failure under a fault proves something only when the same call
// succeeds without it: a hook that fails anyway (a 401 for secrets not
// given) would "fail on provider 500" for the wrong reason, so then the
// checks are skipped too.
func propagationChecks(faultRuns []run, baseline []run) (checks []Check, skipped []string) {
	reached, succeeded := false, false
	for _, r := range baseline {
		reached = reached || r.reachedProvider()
		succeeded = succeeded || r.report.Outcome == emulator.OutcomeSuccess
	}
	for i, r := range faultRuns {
		if !reached || !succeeded {
			skipped = append(skipped, faultCases[i].name)
			continue
		}
		checks = append(checks, judgeFailure(r, faultCases[i]))
	}
	return checks, skipped
}

func judgeFailure(r run, fc faultCase) Check {
	rep := r.report
	c := Check{Name: fc.name}
	switch rep.Outcome {
	case emulator.OutcomeError:
		c.Status = Pass
		c.Message = fmt.Sprintf("calls back with an error when the provider %s: %s", fc.what, clip(firstLine(headline(rep.Error)), 100))
	case emulator.OutcomeException:
		c.Status, c.Line = Warn, r.errorLine()
		c.Message = fmt.Sprintf("fails by throwing when the provider %s (%s), not through cb", fc.what, clip(firstLine(headline(rep.Error)), 100))
		c.Fix = "catch the failure and call cb(err), so Auth0 logs the provider's error"
	case emulator.OutcomeSuccess:
		return swallowed(c, r, fc)
	case emulator.OutcomeTimeout:
		return timedOut(c, r, fc)
	default:
		c.Status = Fail
		c.Message = fmt.Sprintf("hangs when the provider %s: it never calls cb", fc.what)
		c.Fix = "pass the failure on: .catch(function (err) { cb(err); }) (or try/catch around await)"
	}
	return c
}

// swallowed: the hook reported success although the provider failed.
func swallowed(c Check, r run, fc faultCase) Check {
	c.Status = Fail
	for _, ex := range r.report.Requests {
		if ex.AfterCallback {
			c.Message = fmt.Sprintf("succeeds although the provider %s: it calls back before its request finishes", fc.what)
			c.Fix = "move cb into the .then of the request (or after its await), and cb(err) into its .catch"
			return c
		}
	}
	c.Message = fmt.Sprintf("swallows provider errors: it calls back with success although the provider %s (cb(null, ...) in its catch?)", fc.what)
	c.Fix = "pass the error on: .catch(function (err) { cb(err); }); cb(null, ...) tells Auth0 the code was sent"
	return c
}

// timedOut: in the time-out case, a hook still waiting for the provider
// when the limit passes fails the message the way Auth0 would, which is
// right; waiting for nothing is a hang.
func timedOut(c Check, r run, fc faultCase) Check {
	if fc.short && waitingForProvider(r) {
		c.Status = Pass
		c.Message = fmt.Sprintf("fails at the time limit while the provider %s, as Auth0 would (a client timeout under 20 s would fail sooner, with a clearer error)", fc.what)
		return c
	}
	c.Status = Fail
	c.Message = fmt.Sprintf("hangs until the time limit (%s) when the provider %s", r.limit, fc.what)
	c.Fix = "call cb(err) as soon as the request fails; do not retry past Auth0's 20 s"
	return c
}

// waitingForProvider: a request to a provider had no answer when the run
// ended. The fake journals it as 499 once it notices the client gave up,
// which may be just after the run's report was taken, so the report's
// unanswered exchange counts too.
func waitingForProvider(r run) bool {
	for _, e := range r.received {
		if e.Status == statusClientClosedRequest {
			return true
		}
	}
	for _, ex := range r.providerExchanges() {
		if ex.Status == 0 {
			return true
		}
	}
	return false
}

// statusClientClosedRequest is what the fakes journal for a request whose
// client gave up during a delay fault (nginx's 499).
const statusClientClosedRequest = 499
