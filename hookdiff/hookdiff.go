// Package hookdiff runs two versions of send-phone-message code (a Hook
// and the Action migrated from it, or any two files) over the same calls
// and says whether they behave the same: `hookemu diff` prints what Run
// returns.
//
// The calls are a matrix: sms and voice, enrollment and second factor,
// each with the provider answering and with the provider failing (a
// fault {destination "*", status 500} on every messaging
// provider's fake). Each version runs
// each call against fakes of its own, all at once.
//
// Two runs behave the same when they sent the same requests and reached
// the same outcome:
//
//   - Requests are matched as a set (requests sent in parallel need not
//     start in the same order) and compared by method, URL, headers and
//     body. Every header counts except those an HTTP library sets by
//     itself and that change between its versions without changing what
//     the provider does (IgnoredHeaders); an AWS request's X-Amz-Date,
//     and its signature, count only when both runs signed in the same
//     second (the rest of the Authorization header always does). A body is compared as JSON
//     when both are JSON (key order and spacing do not matter), as form
//     fields when both are forms (urlencoded or multipart), as text
//     otherwise.
//   - Outcomes compare as Auth0 sees them: success, failure (a hook's
//     cb(err) or throw, an Action's throw or rejection), timeout, or a
//     hook that never called back. Two failures must fail with the same
//     error message (not necessarily the same class: axios 1.x throws an
//     AxiosError where 0.x threw an Error, with the same message).
//
// Each case also carries Warnings: a request either run still had in
// flight when it called cb (or the Action returned), which Auth0 may
// never finish, whether or not the runs differ.
//
// Where two runs differ, each Difference names what (request 2's header
// Content-Type, the body's field text, the outcome) with both values.
package hookdiff

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/stubs"
)

// IgnoredHeaders are not compared: HTTP libraries set them by themselves
// and change them between versions (axios 1.x adds compress to
// Accept-Encoding, every release has its own User-Agent) while the
// provider answers the same.
var IgnoredHeaders = []string{"Accept", "Accept-Encoding", "Connection", "Content-Length", "User-Agent"}

// Options say how to run the two versions.
type Options struct {
	// Secrets are given to both versions.
	Secrets map[string]string
	// Emulator runs both; nil is emulator.New(emulator.Config{}).
	Emulator *emulator.Emulator
	// Payload is what every call starts from (the Auth0 runner's example
	// when zero); each case sets its own message type, action, code and
	// text over it.
	Payload emulator.Payload
	// Timeout is each call's time limit (Auth0's 20 s when zero).
	Timeout time.Duration
	// Cases replaces the matrix (nil runs Matrix()).
	Cases []Case
	// Stubs answer the hosts no fake knows, for both versions alike.
	Stubs *stubs.Set
}

// Result is the comparison of two versions over every case.
type Result struct {
	Old            string       `json:"old"`
	New            string       `json:"new"`
	IgnoredHeaders []string     `json:"ignored_headers"`
	Cases          []CaseResult `json:"cases"`
}

// Same reports whether no case differs.
func (r Result) Same() bool {
	for _, c := range r.Cases {
		if !c.Same() {
			return false
		}
	}
	return true
}

// CaseResult is one call made to both versions.
type CaseResult struct {
	Name        string       `json:"name"`
	Case        Case         `json:"case"`
	Differences []Difference `json:"differences"`
	// Warnings are what either run did that Auth0 may not finish, whether
	// or not the two differ: a request still in flight when the hook
	// called cb or the Action returned, each as "FILE: problem".
	Warnings []string       `json:"warnings"`
	Old      harness.Report `json:"old_run"`
	New      harness.Report `json:"new_run"`
}

// Same reports whether the two runs sent the same requests and reached
// the same outcome.
func (c CaseResult) Same() bool { return len(c.Differences) == 0 }

// lateWarnings are one run's requests still in flight at its end, in the
// words the run's own report uses, under the file's name.
func lateWarnings(hook *emulator.Hook, rep harness.Report) []string {
	warnings := []string{}
	for _, p := range harness.LateRequestProblems(hook.Kind, rep.Requests) {
		warnings = append(warnings, hook.Name+": "+p.Message)
	}
	return warnings
}

// FailedAlike reports whether every call failed in both versions, the
// same way: the comparison then says only that both fail, typically
// because the provider refused credentials that were not given.
func (r Result) FailedAlike() bool {
	for _, c := range r.Cases {
		if !c.Same() || outcomeClass(c.Old.Outcome) != "failure" {
			return false
		}
	}
	return len(r.Cases) > 0
}

// Run calls both versions with every case and compares each pair of runs.
func Run(ctx context.Context, oldHook, newHook *emulator.Hook, opts Options) Result {
	if opts.Emulator == nil {
		opts.Emulator = emulator.New(emulator.Config{})
	}
	cases := opts.Cases
	if cases == nil {
		cases = Matrix()
	}
	res := Result{Old: oldHook.Name, New: newHook.Name, IgnoredHeaders: append([]string(nil), IgnoredHeaders...), Cases: make([]CaseResult, len(cases))}
	var wg sync.WaitGroup
	for i, c := range cases {
		res.Cases[i].Name, res.Cases[i].Case = c.Name(), c
		wg.Go(func() { res.Cases[i].Old = call(ctx, oldHook, c, opts) })
		wg.Go(func() { res.Cases[i].New = call(ctx, newHook, c, opts) })
	}
	wg.Wait()
	for i := range res.Cases {
		if res.Cases[i].Differences = Compare(res.Cases[i].Old, res.Cases[i].New); res.Cases[i].Differences == nil {
			res.Cases[i].Differences = []Difference{}
		}
		res.Cases[i].Warnings = append(lateWarnings(oldHook, res.Cases[i].Old), lateWarnings(newHook, res.Cases[i].New)...)
	}
	return res
}

// call runs one version once, against fakes of its own.
func call(ctx context.Context, hook *emulator.Hook, c Case, opts Options) harness.Report {
	var faults []fakekit.Fault
	if c.ProviderFails {
		faults = []fakekit.Fault{{Destination: "*", Status: 500}}
	}
	// Both versions get the same seed, so the ids they are answered with
	// are alike and no difference comes from the fakes.
	h := harness.New(harness.Config{Faults: faults, Seed: c.Name()})
	h.SetStubs(opts.Stubs)
	in := emulator.Invocation{Payload: c.Payload(opts.Payload), Secrets: opts.Secrets, Timeout: opts.Timeout}
	return h.Run(ctx, opts.Emulator, hook, in)
}

// ignored tells whether a header is one of IgnoredHeaders.
func ignored(name string) bool {
	for _, h := range IgnoredHeaders {
		if strings.EqualFold(h, name) {
			return true
		}
	}
	return false
}
