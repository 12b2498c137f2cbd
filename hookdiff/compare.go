package hookdiff

import (
	"fmt"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

// Difference is one thing two runs did differently.
type Difference struct {
	// Request is the request's number (from 1) in the old run, or in the
	// new run when only it sent the request; 0 when the difference is
	// not about a request (the outcome).
	Request int `json:"request,omitempty"`
	// Where is the request as "METHOD URL", as the old run sent it.
	Where string `json:"where,omitempty"`
	// What differs: "method", "url", "header Content-Type", "body",
	// "body .text", "body field To", "request" (sent by one run only),
	// "outcome", "error".
	What string `json:"what"`
	// Old and New are the values; "" where a run has none.
	Old string `json:"old"`
	New string `json:"new"`
}

// Compare says how two runs differ; nil when they sent the same requests
// and reached the same outcome.
func Compare(oldRun, newRun harness.Report) []Difference {
	diffs := compareRequests(oldRun.Requests, newRun.Requests)
	return append(diffs, compareOutcomes(oldRun, newRun)...)
}

// compareOutcomes compares outcomes as Auth0 sees them, then the
// messages of two failures' errors (not their class, which changes
// between library versions: axios 1.x throws an AxiosError where 0.x
// threw an Error, with the same message).
func compareOutcomes(oldRun, newRun harness.Report) []Difference {
	if outcomeClass(oldRun.Outcome) != outcomeClass(newRun.Outcome) {
		return []Difference{{What: "outcome", Old: describeOutcome(oldRun), New: describeOutcome(newRun)}}
	}
	if outcomeClass(oldRun.Outcome) != "failure" {
		return nil
	}
	if message(oldRun.Error) != message(newRun.Error) {
		return []Difference{{What: "error", Old: headline(oldRun.Error), New: headline(newRun.Error)}}
	}
	return nil
}

// outcomeClass folds a hook's cb(err) (error) and a throw (exception)
// together: Auth0 fails the message either way, and an Action's throw is
// its cb(err).
func outcomeClass(o emulator.Outcome) string {
	switch o {
	case emulator.OutcomeError, emulator.OutcomeException:
		return "failure"
	}
	return string(o)
}

// describeOutcome says how a run ended: "success", "error: Error:
// Request failed with status code 500".
func describeOutcome(rep harness.Report) string {
	if rep.Error == nil {
		return string(rep.Outcome)
	}
	return fmt.Sprintf("%s: %s", rep.Outcome, headline(rep.Error))
}

func message(e *emulator.ErrorInfo) string {
	if e == nil {
		return ""
	}
	return e.Message
}

func headline(e *emulator.ErrorInfo) string {
	if e == nil {
		return ""
	}
	if e.Name == "" {
		return e.Message
	}
	return e.Name + ": " + e.Message
}
