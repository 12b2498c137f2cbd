package fakeserver

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// Server is every registered provider's fake (or, with Config.Forward,
// recording proxy) and the REST API over what they received, on one
// http.Handler. It holds no package state and is safe for concurrent use.
type Server struct {
	cfg       Config
	mask      masker
	providers []served
	// routes finds a request's provider by host or path.
	routes routes
	api    http.Handler
	// fakes are the fakes behind the server; nil when forwarding.
	fakes *providers.Set
	// stubs answer for the hosts they name (Config.Stubs, and what the
	// REST API adds).
	stubs *stubs.Set
	// stubJournal records what the stubbed hosts received.
	stubJournal *fakekit.Journal
	// seq numbers every provider's requests in one order, for cursors.
	seq *fakekit.Sequence
	// waiters counts every Wait in flight, so a test can know one is in
	// place before it acts; polls counts the REST API's long polls, which
	// Config.MaxWaiters bounds.
	waiters, polls atomic.Int64
	// events hands what happens to the event stream's clients.
	events hub
	// heartbeat is how often the event stream says it is alive.
	heartbeat time.Duration
	// token is what a browser's state-changing request must carry.
	token string
	// runner answers the runner's endpoints; nil without Config.Runner.
	runner http.Handler
}

var _ http.Handler = (*Server)(nil)

// served is one provider the server answers for: who answers its
// requests, what was received, and its faults (nil when forwarding,
// since the real provider answers).
type served struct {
	p       provider.Provider
	name    string
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
	secrets, learned := harness.NewRedactor(cfg.Secrets), &learnedSecrets{}
	cfg.Logger = maskedLogger(cfg.Logger, secrets, learned)
	mask := masker{secrets: secrets, credentials: &redactorCache{}, texts: newTextCache(cfg.MaxMessages), learned: learned}
	// A search's kept texts were masked without what was just learned.
	learned.onChange = mask.texts.reset
	s := &Server{cfg: cfg, seq: &fakekit.Sequence{}, mask: mask, stubs: cfg.Stubs, heartbeat: DefaultHeartbeat, token: newToken()}
	s.events.s = s
	if s.stubs == nil {
		s.stubs = &stubs.Set{}
	}
	s.stubJournal = fakekit.NewBoundedJournal(fakekit.Limits{Entries: maxStubRequests})
	if cfg.Forward != nil {
		s.providers, err = forwardProviders(cfg)
	} else {
		s.providers, s.fakes, err = fakeProviders(cfg)
	}
	if err != nil {
		return nil, err
	}
	for _, p := range s.providers {
		p.journal.ShareSequence(s.seq)
	}
	s.routes = newRoutes(s.providers)
	if cfg.Runner != nil {
		s.runner = cfg.Runner(RunnerEnv{Fakes: s.fakes, MaskSecrets: s.MaskSecrets})
	}
	s.api = s.newAPI()
	return s, nil
}

// fakeProviders builds every registered provider's fake: a server
// answers all of them, and its journals must exist before the first
// request so that the REST API can wait on them.
func fakeProviders(cfg Config) ([]served, *providers.Set, error) {
	set, err := providers.NewSet(providers.SetConfig{
		Configs: cfg.Providers,
		Journal: fakekit.Limits{Entries: cfg.MaxMessages, Bytes: cfg.MaxBytes},
	})
	if err == nil {
		err = set.Build()
	}
	if err != nil {
		return nil, nil, err
	}
	var out []served
	for _, p := range providers.All() {
		f, err := set.Fake(p.Name())
		if err != nil {
			return nil, nil, err
		}
		out = append(out, served{p: p, name: p.Name(), handler: f, journal: f.Journal(), reset: f.Reset, faults: f})
	}
	return out, set, nil
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
		if !s.refuseRebound(w, r) && !s.refuseCrossSite(w, r) {
			s.api.ServeHTTP(w, r)
		}
		return
	}
	if s.stubs.Serves(r.Host) {
		s.serveStub(w, r)
		return
	}
	if p, rest, ok := s.underName(r.URL.Path); ok {
		p.handler.ServeHTTP(w, withPath(r, rest))
		return
	}
	if p := s.providerFor(r); p != nil {
		p.handler.ServeHTTP(w, r)
		return
	}
	if s.cfg.UI != nil && isUIPath(r.URL.Path) {
		if !s.refuseForeignHost(w, r) && !s.refuseCrossSite(w, r) {
			s.cfg.UI.ServeHTTP(w, r)
		}
		return
	}
	writeError(w, http.StatusNotFound, s.nothingServed(r.URL.Path))
}

// route is the provider that answers r, if any: the one it names under
// /NAME/, by host, or by path.
func (s *Server) route(r *http.Request) *served {
	if p, _, ok := s.underName(r.URL.Path); ok {
		return p
	}
	return s.providerFor(r)
}

// nothingServed says what is served, since path is not: each provider's
// paths, /NAME/ for every provider, and the REST API.
func (s *Server) nothingServed(path string) string {
	var paths, names []string
	for _, p := range s.providers {
		names = append(names, "/"+p.name+"/")
		if prefixes := p.p.Paths(); len(prefixes) > 0 {
			paths = append(paths, p.p.Title()+" paths start with "+orList(prefixes))
		}
	}
	return fmt.Sprintf("nothing is served at %s: %s; every provider is also served under its name (%s), "+
		"and this server's own API is under %sapi/v1/", path, strings.Join(paths, ", "), strings.Join(names, ", "), apiRoot)
}

// orList is "a", "a or b", "a, b or c".
func orList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// underName finds the provider a path names in its first segment
// (/sns/...), and the path the provider sees without it.
func (s *Server) underName(path string) (*served, string, bool) {
	first, rest, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	p := s.provider(first)
	if p == nil || first != p.name {
		return nil, "", false
	}
	return p, "/" + rest, true
}

// withPath is r as its provider sees it, at path.
func withPath(r *http.Request, path string) *http.Request {
	r2 := r.Clone(r.Context())
	r2.URL.Path, r2.URL.RawPath = path, ""
	r2.RequestURI = r2.URL.RequestURI()
	return r2
}

// providerFor finds who answers r: the provider whose host the request
// names (a client that reaches this server under a provider's host
// name), else the one whose paths it takes.
func (s *Server) providerFor(r *http.Request) *served {
	i := s.routes.byHost(r.Host)
	if i < 0 {
		i = s.routes.byPath(r.URL.Path)
	}
	if i < 0 {
		return nil
	}
	return &s.providers[i]
}

// provider finds the provider called name, whatever its case.
func (s *Server) provider(name string) *served {
	for i := range s.providers {
		if strings.EqualFold(s.providers[i].name, name) {
			return &s.providers[i]
		}
	}
	return nil
}

// providerNames lists the providers for error messages ("8x8 and
// twilio").
func (s *Server) providerNames() string {
	names := make([]string, len(s.providers))
	for i, p := range s.providers {
		names[i] = p.name
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// Fake is the fake of the provider called name behind the server, for
// Go tests that want its typed records; nil when forwarding or when no
// such provider is registered.
func (s *Server) Fake(name string) provider.Fake {
	if s.fakes == nil {
		return nil
	}
	f, err := s.fakes.Fake(name)
	if err != nil {
		return nil
	}
	return f
}

// Forwarding says whether requests go to the real providers.
func (s *Server) Forwarding() bool { return s.cfg.Forward != nil }

// Reset forgets everything received by every provider; faults stay.
func (s *Server) Reset() {
	for _, p := range s.providers {
		p.reset()
	}
	s.mask.texts.reset()
	s.events.publish(Event{Name: EventDeleted, Data: []byte("{}")})
}

// Fakes are the fakes behind the server, to lend to a harness (the
// runner) so that what it sends shows in the API and the event stream;
// nil when forwarding.
func (s *Server) Fakes() *providers.Set { return s.fakes }
