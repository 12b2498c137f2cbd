package fakeserver

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/stubs"
)

// Server is both fakes (or, with Config.Forward, both recording proxies)
// and the REST API over what they received, on one http.Handler. It
// holds no package state and is safe for concurrent use.
type Server struct {
	cfg        Config
	mask       masker
	providers  []provider
	api        http.Handler
	fake8x8    *fake8x8.Server
	fakeTwilio *faketwilio.Server
	// stubs answer for the hosts they name (Config.Stubs, and what the
	// REST API adds).
	stubs *stubs.Set
	// seq numbers every provider's requests in one order, for cursors.
	seq *fakekit.Sequence
	// waiters counts every Wait in flight, so a test can know one is in
	// place before it acts; polls counts the REST API's long polls, which
	// Config.MaxWaiters bounds.
	waiters, polls atomic.Int64
}

var _ http.Handler = (*Server)(nil)

// provider is one provider the server answers for: which paths are its,
// who answers them, what was received, and its faults (nil when
// forwarding, since the real provider answers).
type provider struct {
	name    string
	serves  func(path string) bool
	handler http.Handler
	journal *fakekit.Journal
	reset   func()
	faults  faultHolder
}

// faultHolder is what the fakes offer to change their faults.
type faultHolder interface {
	SetFaults([]fakekit.Fault)
	Faults() []fakekit.Fault
}

// New returns a server configured by cfg, or an error that says which
// setting to change.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	secrets := harness.NewRedactor(cfg.Secrets)
	cfg.Logger = maskedLogger(cfg.Logger, secrets)
	s := &Server{cfg: cfg, seq: &fakekit.Sequence{}, mask: masker{secrets: secrets}, stubs: cfg.Stubs}
	if s.stubs == nil {
		s.stubs = &stubs.Set{}
	}
	if cfg.Forward != nil {
		if s.providers, err = forwardProviders(cfg); err != nil {
			return nil, err
		}
	} else {
		s.fake8x8 = fake8x8.New(cfg.Fake8x8)
		s.fakeTwilio = faketwilio.New(cfg.FakeTwilio)
		s.providers = []provider{
			{name: fake8x8.Name, serves: is8x8Path, handler: s.fake8x8, journal: s.fake8x8.Journal(), reset: s.fake8x8.Reset, faults: s.fake8x8},
			{name: faketwilio.Name, serves: isTwilioPath, handler: s.fakeTwilio, journal: s.fakeTwilio.Journal(), reset: s.fakeTwilio.Reset, faults: s.fakeTwilio},
		}
	}
	for _, p := range s.providers {
		p.journal.ShareSequence(s.seq)
	}
	s.api = s.newAPI()
	return s, nil
}

// Paths of each provider; they do not overlap, so one port serves both.
func is8x8Path(path string) bool { return strings.HasPrefix(path, "/api/v1/") }

func isTwilioPath(path string) bool {
	return strings.HasPrefix(path, "/2010-04-01/") || isVerifyPath(path)
}

func isVerifyPath(path string) bool {
	return strings.HasPrefix(path, "/v2/Services") || strings.HasPrefix(path, "/v1/Services")
}

// apiRoot is where the server's own endpoints live, apart from any
// provider's paths.
const apiRoot = "/_hookemu/"

// ServeHTTP answers r as the provider its path belongs to, or as the REST
// API under /_hookemu/.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.limitBodyTime(w, r)
	if s.cfg.Logger != nil {
		s.logRequest(w, r)
		return
	}
	s.dispatch(w, r)
}

func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, apiRoot) {
		s.api.ServeHTTP(w, r)
		return
	}
	if s.stubs.Serves(r.Host) {
		s.stubs.ServeHTTP(w, r)
		return
	}
	if p := s.providerFor(r.URL.Path); p != nil {
		p.handler.ServeHTTP(w, r)
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("nothing is served at %s: 8x8 paths start with /api/v1/, "+
		"Twilio paths with /2010-04-01/, /v2/Services/ or /v1/Services/, and this server's own API is under %sapi/v1/",
		r.URL.Path, apiRoot))
}

func (s *Server) providerFor(path string) *provider {
	for i := range s.providers {
		if s.providers[i].serves(path) {
			return &s.providers[i]
		}
	}
	return nil
}

func (s *Server) provider(name string) *provider {
	for i := range s.providers {
		if s.providers[i].name == name {
			return &s.providers[i]
		}
	}
	return nil
}

// providerNames lists the providers for error messages.
func (s *Server) providerNames() string {
	names := make([]string, len(s.providers))
	for i, p := range s.providers {
		names[i] = p.name
	}
	return strings.Join(names, " and ")
}

// Fake8x8 is the fake 8x8 behind the server, for Go tests that want its
// typed messages; nil when forwarding.
func (s *Server) Fake8x8() *fake8x8.Server { return s.fake8x8 }

// FakeTwilio is the fake Twilio behind the server; nil when forwarding.
func (s *Server) FakeTwilio() *faketwilio.Server { return s.fakeTwilio }

// Forwarding says whether requests go to the real providers.
func (s *Server) Forwarding() bool { return s.cfg.Forward != nil }

// Reset forgets everything received by every provider; faults stay.
func (s *Server) Reset() {
	for _, p := range s.providers {
		p.reset()
	}
}
