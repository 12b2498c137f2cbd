package harness

import (
	"fmt"

	"github.com/hookemu/hookemu/emulator"
)

// LateRequestProblems are the problems of requests still in flight when the code
// reported its result (cb, or an Action's return), whether or not they
// finished in the grace that follows: Auth0 may freeze the sandbox the
// moment the result is in, so such a message may never be sent.
func LateRequestProblems(kind emulator.Kind, exchanges []Exchange) []emulator.Problem {
	var problems []emulator.Problem
	for _, ex := range exchanges {
		if !ex.AfterCallback {
			continue
		}
		problems = append(problems, emulator.Problem{
			Severity: emulator.SeverityWarning,
			Message: fmt.Sprintf("%s %s was still in flight when %s: Auth0 may freeze %s before it is sent; %s",
				ex.Method, ex.URL, kind.Ended(), kind.Noun(), kind.FinishFirst()),
		})
	}
	return problems
}
