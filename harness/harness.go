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
	"strings"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

// Config describes the world a hook runs in.
type Config struct {
	Fake8x8    fake8x8.Config
	FakeTwilio faketwilio.Config
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
}

// Harness owns the fakes for a series of runs: runs share them (so a
// scenario can see what earlier runs sent), and each run records its own
// exchanges. Safe for concurrent use.
type Harness struct {
	cfg Config
	// The fakes are built on first use: building one compiles its routes,
	// which costs more than a whole run, and most runs talk to one
	// provider only.
	fake8x8 func() *fake8x8.Server
	twilio  func() *faketwilio.Server
	routes  []Route
	allowed map[string]bool
	network http.RoundTripper
	redact  redactorMemo
}

// New starts the fakes described by cfg; provider requests go to them.
func New(cfg Config) *Harness {
	if cfg.Fake8x8.IDs == nil {
		cfg.Fake8x8.IDs = fakekit.NewIDs(fake8x8.Provider, cfg.Seed)
	}
	if cfg.FakeTwilio.IDs == nil {
		cfg.FakeTwilio.IDs = fakekit.NewIDs(faketwilio.Provider, cfg.Seed)
	}
	h := &Harness{
		cfg:     cfg,
		fake8x8: sync.OnceValue(func() *fake8x8.Server { return fake8x8.New(cfg.Fake8x8) }),
		twilio:  sync.OnceValue(func() *faketwilio.Server { return faketwilio.New(cfg.FakeTwilio) }),
		allowed: map[string]bool{},
	}
	h.routes = h.fakeRoutes()
	for _, host := range cfg.AllowHosts {
		h.allowed[strings.ToLower(host)] = true
	}
	h.network = cfg.Network
	if h.network == nil && len(h.allowed) > 0 {
		h.network = &http.Transport{Proxy: http.ProxyFromEnvironment, TLSHandshakeTimeout: 10 * time.Second}
	}
	return h
}

// NewReal is New in real mode: provider requests go to the real APIs
// through a recording proxy, after the fakes have judged them. Nothing
// but this function turns real mode on.
func NewReal(cfg Config, real Real) (*Harness, error) {
	h := New(cfg)
	routes, err := h.realRoutes(&real)
	if err != nil {
		return nil, err
	}
	h.routes = routes
	return h, nil
}

func (h *Harness) fakeRoutes() []Route {
	return []Route{
		{Provider: "8x8", Match: hostIn(fake8x8.Hosts()), Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h.fake8x8().ServeHTTP(w, r)
		})},
		{Provider: "twilio", Match: faketwilio.IsHost, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h.twilio().ServeHTTP(w, r)
		})},
	}
}

func hostIn(hosts []string) func(string) bool {
	return func(host string) bool {
		for _, h := range hosts {
			if h == host {
				return true
			}
		}
		return false
	}
}

// Reseed makes the fakes' ids and timestamps from now on derive from
// seed, as if they were new: a harness lent to one scenario after another
// is reseeded for each. It does not build a fake that was not yet used.
func (h *Harness) Reseed(seed string) {
	h.cfg.Fake8x8.IDs.Reseed(seed)
	h.cfg.FakeTwilio.IDs.Reseed(seed)
}

// Fake8x8 is the fake 8x8 API the runs talk to.
func (h *Harness) Fake8x8() *fake8x8.Server { return h.fake8x8() }

// FakeTwilio is the fake Twilio API the runs talk to.
func (h *Harness) FakeTwilio() *faketwilio.Server { return h.twilio() }

// Run calls hook once and reports what happened, with every secret in
// in.Secrets masked.
func (h *Harness) Run(ctx context.Context, em *emulator.Emulator, hook *emulator.Hook, in emulator.Invocation) Report {
	rec := &recorder{routes: h.routes, allowed: h.allowed, network: h.network}
	in.Transport = rec
	result := em.Run(ctx, hook, in)
	exchanges, blocked := rec.snapshot()
	result.Problems = append(result.Problems, LateRequestProblems(hook.Kind, exchanges)...)
	for _, host := range blocked {
		result.Problems = append(result.Problems, emulator.Problem{
			Severity: emulator.SeverityError,
			Message: fmt.Sprintf("request to %s was blocked: no fake serves that host and runs are offline; "+
				"if the hook really must reach it, pass --allow-host %s", host, host),
		})
	}
	return newReport(hook, result, exchanges).Redact(h.redact.get(in.Secrets))
}
