package check

import (
	"context"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// run is one call of the hook and what came of it.
type run struct {
	label string
	code  string
	// target is what hookemu run takes to run the same code.
	target  string
	payload emulator.Payload
	limit   time.Duration
	// report has every secret masked, for showing; received is what the
	// fakes got, as sent, for judging: masking a short secret value ("1",
	// "us") would also mask it inside phone numbers and host names.
	report   harness.Report
	received []fakekit.Entry
}

// runner calls one loaded hook against fresh fakes.
type runner struct {
	em      *emulator.Emulator
	hook    *emulator.Hook
	secrets map[string]string
	base    emulator.Payload
	limit   time.Duration
	// shortLimit is the limit of the call whose provider never answers.
	shortLimit time.Duration
	stubs      *stubs.Set
	// cases are the calls Auth0 makes of this hook (casesFor), and
	// faultCase the one made against failing providers.
	cases     []emulator.Call
	faultCase emulator.Call
	trigger   string
	// target is what hookemu run takes to run the same code.
	target string
}

// runAll makes every call at once, each against fakes of its own, so the
// whole check takes about as long as its slowest call. Faults go on every
// fake: one the hook does not talk to never sees them, and a hook that
// falls back from one provider to another must see both fail.
func (rn runner) runAll(ctx context.Context) (matrixRuns, faultRuns []run) {
	matrixRuns = make([]run, len(rn.cases))
	faultRuns = make([]run, len(faultCases))
	var wg sync.WaitGroup
	for i, c := range rn.cases {
		wg.Go(func() { matrixRuns[i] = rn.call(ctx, c, label(c, rn.trigger), rn.limit, nil) })
	}
	for i, f := range faultCases {
		wg.Go(func() { faultRuns[i] = rn.callFault(ctx, f) })
	}
	wg.Wait()
	return matrixRuns, faultRuns
}

// callFault makes the call of one fault case. The time-out case's short
// limit can pass before a slow (or loaded) machine has even sent the
// request; a run that timed out without waiting on a provider is made
// again with the full limit, so that the verdict never depends on the
// machine's speed.
func (rn runner) callFault(ctx context.Context, f faultCase) run {
	faults := []fakekit.Fault{f.fault}
	if !f.short {
		return rn.call(ctx, rn.faultCase, f.name, rn.limit, faults)
	}
	r := rn.call(ctx, rn.faultCase, f.name, rn.shortLimit, faults)
	if r.report.Outcome == emulator.OutcomeTimeout && !waitingForProvider(r) && rn.shortLimit < rn.limit && ctx.Err() == nil {
		r = rn.call(ctx, rn.faultCase, f.name, rn.limit, faults)
	}
	return r
}

// gaveUpWait bounds the wait for a fake to journal the request its client
// gave up on when the run timed out.
const gaveUpWait = 500 * time.Millisecond

func (rn runner) call(ctx context.Context, c emulator.Call, label string, limit time.Duration, faults []fakekit.Fault) run {
	h := harness.New(harness.Config{Faults: faults})
	h.SetStubs(rn.stubs)
	payload := c.Payload(rn.base)
	rep := h.Run(ctx, rn.em, rn.hook, emulator.Invocation{Payload: payload, Secrets: rn.secrets, Timeout: limit})
	if rep.Outcome == emulator.OutcomeTimeout {
		awaitGaveUp(h)
	}
	received := messagingEntries(h.Fakes().Entries())
	return run{label: label, code: c.Code, target: rn.target, payload: payload, limit: limit, report: rep, received: received}
}

// awaitGaveUp waits (briefly) until a fake has journaled the request the
// run abandoned at its time limit: the fake notices only after the run
// has ended.
func awaitGaveUp(h *harness.Harness) {
	ctx, cancel := context.WithTimeout(context.Background(), gaveUpWait)
	defer cancel()
	gaveUp := func(entries []fakekit.Entry) bool {
		return slices.ContainsFunc(entries, func(e fakekit.Entry) bool { return e.Status == statusClientClosedRequest })
	}
	var wg sync.WaitGroup
	for _, f := range h.Fakes().Built() {
		j := f.Journal()
		wg.Go(func() {
			if _, err := j.WaitFor(ctx, gaveUp); err == nil {
				cancel()
			}
		})
	}
	wg.Wait()
}

// reachedProvider reports whether any request got to a fake provider.
func (r run) reachedProvider() bool {
	return len(r.received) > 0 || len(r.providerExchanges()) > 0
}

// providerExchanges are the requests sent to a fake provider, with
// Provider filled in.
func (r run) providerExchanges() []harness.Exchange {
	var out []harness.Exchange
	for _, ex := range r.report.Requests {
		if ex.Provider = providerOf(ex); ex.Provider != "" {
			out = append(out, ex)
		}
	}
	return out
}

// providerOf names the messaging provider a request went to, "" for any
// other host (the tenant's own Auth0 domain delivers no message, so
// reaching it is not reaching a provider). The harness names the fake
// once it has answered; a request still unanswered when the run ended
// (the provider time-out case) is known by its host.
func providerOf(ex harness.Exchange) string {
	p, ok := providers.Lookup(ex.Provider)
	if !ok {
		u, err := url.Parse(ex.URL)
		if err != nil {
			return ""
		}
		if p, ok = providers.ForHost(u.Hostname()); !ok {
			return ""
		}
	}
	if provider.KindOf(p) != provider.Messaging {
		return ""
	}
	return p.Name()
}

// messagingEntries are the entries of messaging providers only.
func messagingEntries(entries []fakekit.Entry) []fakekit.Entry {
	return slices.DeleteFunc(entries, func(e fakekit.Entry) bool {
		p, ok := providers.Lookup(e.Provider)
		return !ok || provider.KindOf(p) != provider.Messaging
	})
}

// calledBack reports whether cb was called, with or without an error.
func (r run) calledBack() bool {
	return r.report.Outcome == emulator.OutcomeSuccess || r.report.Outcome == emulator.OutcomeError
}
