// Package harness wires one run of a hook: it starts the fake provider
// APIs, routes the hook's outbound HTTP to them in-process (or, for hosts
// the user allowed, to the network), records every exchange, and masks
// every secret in what it reports.
//
// Offline means offline: a request to a host no fake serves and the user
// did not allow fails inside the hook exactly like a failed DNS lookup,
// and the report names the host and the flag that would allow it.
package harness

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// Config describes the world a hook runs in.
type Config struct {
	// Providers configure the fakes by provider name ("8x8": a
	// *fake8x8.Config, as the provider's NewConfig returns); a provider
	// left out gets its permissive defaults.
	Providers providers.Configs
	// Faults are added to every messaging provider's own: check and
	// diff fail every provider alike (see providers.SetConfig).
	Faults []fakekit.Fault
	// AllowHosts may be reached over the real network, by exact host name.
	AllowHosts []string
	// Network carries requests to allowed hosts; nil uses a plain
	// http.Transport.
	Network http.RoundTripper
	// Seed makes the fakes' ids and timestamps derive from it, so every
	// run with the same seed gets byte-identical answers (scenarios seed
	// with their name); "" gives random ids and the real clock. Real mode
	// shows the real provider's ids whatever the seed.
	Seed string
	// Stubs answer for the hosts they name, before any fake, in fake and
	// real mode alike; nil stubs nothing.
	Stubs *stubs.Set
	// Fakes, when set, are the fakes provider requests go to instead of
	// fakes of the harness's own: `hookemu serve`'s runner lends its
	// server's, so what a run sends shows in the inbox. Providers, Faults
	// and Seed are then the lender's business and ignored here, and
	// Reseed must not be called (it would reseed the lender's fakes).
	// Every other rule holds: masking, stubs, unknown hosts blocked.
	Fakes *providers.Set
	// Journal bounds what each of the harness's own fakes keeps of the
	// requests it received and the messages it accepted; zero fields take
	// InProcessJournal's.
	Journal fakekit.Limits
}

// InProcessJournal bounds the journals of a harness's fakes unless its
// Config says otherwise. A harness serves one run after another in one
// process (a suite, check's call matrix, a benchmark), and each request
// the fakes keep costs about 2 KB: serve's bounds (fakekit's defaults,
// 10,000 entries or 64 MiB per fake) would let thousands of runs grow the
// process by tens of megabytes for a history nobody reads. 2 MiB keeps
// about a thousand requests per provider: far more than a scenario looks
// back on.
var InProcessJournal = fakekit.Limits{Entries: fakekit.DefaultJournalSize, Bytes: 2 << 20}

// Harness owns the fakes for a series of runs: runs share them (so a
// scenario can see what earlier runs sent), and each run records its own
// exchanges. Safe for concurrent use.
type Harness struct {
	cfg Config
	// fakes are built on first use: building one compiles its routes,
	// which costs more than a whole run, and most runs talk to one
	// provider only.
	fakes   *providers.Set
	routes  []Route
	allowed map[string]bool
	network http.RoundTripper
	redact  redactorMemo
	stubs   atomic.Pointer[stubs.Set]
	// between, set by tests only, puts a transport of theirs between a
	// run and its recorder.
	between func(*recorder) http.RoundTripper
}

// New starts the fakes described by cfg; provider requests go to them.
// A provider configuration the registry refuses (an unknown provider, a
// value of the wrong type) makes every provider request fail with the
// reason; NewReal returns it instead.
func New(cfg Config) *Harness {
	h, _ := newHarness(cfg)
	return h
}

func newHarness(cfg Config) (*Harness, error) {
	fakes, err := cfg.Fakes, error(nil)
	if fakes == nil {
		fakes, err = providers.NewSet(providers.SetConfig{Configs: cfg.Providers, Seed: cfg.Seed, Faults: cfg.Faults, Journal: inProcess(cfg.Journal)})
	}
	h := &Harness{
		cfg:     cfg,
		fakes:   fakes,
		allowed: map[string]bool{},
	}
	h.routes = h.fakeRoutes()
	h.stubs.Store(cfg.Stubs)
	for _, host := range cfg.AllowHosts {
		h.allowed[strings.ToLower(host)] = true
	}
	h.network = cfg.Network
	if h.network == nil && len(h.allowed) > 0 {
		h.network = &http.Transport{Proxy: http.ProxyFromEnvironment, TLSHandshakeTimeout: 10 * time.Second}
	}
	return h, err
}

// inProcess fills the bounds l leaves unset with InProcessJournal's.
func inProcess(l fakekit.Limits) fakekit.Limits {
	if l.Entries <= 0 {
		l.Entries = InProcessJournal.Entries
	}
	if l.Bytes <= 0 {
		l.Bytes = InProcessJournal.Bytes
	}
	return l
}

// NewReal is New in real mode: provider requests go to the real APIs
// through a recording proxy, after the fakes have judged them. Nothing
// but this function turns real mode on.
func NewReal(cfg Config, real Real) (*Harness, error) {
	h, err := newHarness(cfg)
	if err != nil {
		return nil, err
	}
	routes, err := h.realRoutes(&real)
	if err != nil {
		return nil, err
	}
	h.routes = routes
	return h, nil
}

// fakeRoutes send each registered provider's hosts to its fake.
func (h *Harness) fakeRoutes() []Route {
	var routes []Route
	for _, p := range providers.All() {
		hosts := p.Hosts()
		routes = append(routes, Route{
			Provider: p.Name(),
			Match:    func(host string) bool { return provider.MatchesAny(hosts, host) },
			Handler:  h.fakes.Handler(p.Name()),
		})
	}
	return routes
}

// Reseed makes the fakes' ids and timestamps from now on derive from
// seed, as if they were new: a harness lent to one scenario after another
// is reseeded for each. It does not build a fake that was not yet used.
func (h *Harness) Reseed(seed string) { h.fakes.Reseed(seed) }

// Fakes are the fakes the runs talk to, built as runs reach them.
func (h *Harness) Fakes() *providers.Set { return h.fakes }

// Fake is the fake of the provider called name ("8x8"), built now if no
// run has reached it yet; nil when no such provider is registered or its
// configuration was refused.
func (h *Harness) Fake(name string) provider.Fake {
	f, err := h.fakes.Fake(name)
	if err != nil {
		return nil
	}
	return f
}

// Run calls hook once and reports what happened, with every secret in
// in.Secrets masked.
func (h *Harness) Run(ctx context.Context, em *emulator.Emulator, hook *emulator.Hook, in emulator.Invocation) Report {
	rec := &recorder{routes: h.routes, stubs: h.stubs.Load(), allowed: h.allowed, network: h.network}
	in.Transport = rec
	if h.between != nil {
		in.Transport = h.between(rec)
	}
	result := em.Run(ctx, hook, in)
	exchanges, blocked := rec.snapshot()
	result.Problems = append(result.Problems, LateRequestProblems(hook.Kind, exchanges)...)
	result.Problems = append(result.Problems, RefusedProblems(result.Outcome, exchanges)...)
	for _, host := range blocked {
		result.Problems = append(result.Problems, emulator.Problem{
			Severity: emulator.SeverityError,
			Message: fmt.Sprintf(blockedOpening+"%s"+blockedClosing+"no fake or stub serves that host and runs are offline; "+
				"say what it answers with --stubs %s=FILE (stubs: in a scenario), or, "+
				"if the hook really must reach it, pass --allow-host %s", host, host, host),
		})
	}
	result.Problems = append(result.Problems, stubMissProblems(rec.stubMisses())...)
	return newReport(hook, result, exchanges).Redact(h.redact.get(in.Secrets))
}

// The words around the host in the problem of a blocked request, which
// BlockedHosts reads back.
const (
	blockedOpening = "request to "
	blockedClosing = " was blocked: "
)

// BlockedHosts are the hosts rep's requests could not go to (no fake, no
// stub, not allowed out), as its problems name them: sorted, and masked
// where a host is a secret's value.
func BlockedHosts(rep Report) []string {
	var hosts []string
	for _, p := range rep.Problems {
		rest, ok := strings.CutPrefix(p.Message, blockedOpening)
		if !ok {
			continue
		}
		if host, _, ok := strings.Cut(rest, blockedClosing); ok && !slices.Contains(hosts, host) {
			hosts = append(hosts, host)
		}
	}
	slices.Sort(hosts)
	return hosts
}
