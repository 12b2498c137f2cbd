package emulator

import "time"

// Outcome is how an invocation ended, from Auth0's point of view.
type Outcome string

// The outcomes, as the JSON output names them.
const (
	// OutcomeSuccess: cb(null, ...) or cb() was called first (an Action's
	// promise resolved).
	OutcomeSuccess Outcome = "success"
	// OutcomeError: cb(err) was called first: the hook reported a failure.
	OutcomeError Outcome = "error"
	// OutcomeException: the hook threw (at once or in a later callback), or
	// an Action rejected by throwing.
	OutcomeException Outcome = "exception"
	// OutcomeTimeout: the time limit passed before cb.
	OutcomeTimeout Outcome = "timeout"
	// OutcomeNoCallback: everything the hook started finished and cb was
	// never called: Auth0 would wait until its time limit.
	OutcomeNoCallback Outcome = "no-callback"
	// OutcomeMemoryLimit: the run passed its memory limit and was stopped,
	// as Auth0 kills a container over its limit.
	OutcomeMemoryLimit Outcome = "memory-limit"
)

// Severity of a problem.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// ErrorInfo describes what the hook failed with: the error passed to cb,
// the exception thrown, or the timeout.
type ErrorInfo struct {
	Name    string `json:"name"`
	Message string `json:"message"`
	// Code is the error's code property as the hook would see it: a string
	// for Node and axios errors, a number for Twilio's.
	Code   any    `json:"code"`
	Status any    `json:"status"`
	Stack  string `json:"stack"`
}

// Log is one console call.
type Log struct {
	Level   string `json:"level"`
	Message string `json:"message"`
}

// Problem is something the user should know even when the hook succeeded:
// a missing secret, cb called twice, work after the callback.
type Problem struct {
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// Result is what one invocation did. It holds no requests: the harness,
// which carried them, records those.
type Result struct {
	Kind Kind
	// Runtime names the Node the code ran on: "node12".."node22".
	Runtime  string
	Outcome  Outcome
	Error    *ErrorInfo
	Response any
	Logs     []Log
	Problems []Problem
	Duration time.Duration
	// CallbackAfter is how long after the start cb was called (zero when it
	// never was).
	CallbackAfter time.Duration
}

// OK reports whether Auth0 would consider the message sent.
func (r Result) OK() bool { return r.Outcome == OutcomeSuccess }
