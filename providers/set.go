package providers

import (
	"fmt"
	"net/http"
	"reflect"
	"sync"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

// SetConfig describes the fakes of one Set.
type SetConfig struct {
	// Configs configure providers by name; one left out gets its
	// defaults.
	Configs Configs
	// Seed makes every fake's ids and timestamps derive from it ("" for
	// random ids and the real clock); see fakekit.IDs.
	Seed string
	// Faults are added to every messaging provider's own (check and
	// diff fail every provider alike); the tenant's Auth0 domain keeps
	// its own, since its failing is not the provider failing.
	Faults []fakekit.Fault
	// Journal bounds each fake's journal (fakekit's defaults when zero).
	Journal fakekit.Limits
}

// Set is every registered provider's fake for one harness or server,
// each built on first use: building a fake (its router, its tables)
// costs more than a whole run, and most runs talk to one provider only.
// Safe for concurrent use.
type Set struct {
	members []*member
}

// member is one provider of a Set and its fake, once built.
type member struct {
	p    provider.Provider
	ids  *fakekit.IDs
	fake func() (provider.Fake, error)
	// built is set once fake has run, so Built never builds; faults,
	// when set, replace the configured ones as soon as it is built.
	mu     sync.Mutex
	built  provider.Fake
	faults *[]fakekit.Fault
}

// NewSet prepares a fake for every registered provider, building none.
// It refuses a configuration for a provider that does not exist or of
// the wrong type, naming the provider; the Set it returns then is still
// usable, every fake failing to build with that error, so that a caller
// with no error to return (a harness) reports it where a fake is
// reached.
func NewSet(cfg SetConfig) (*Set, error) {
	err := checkConfigs(cfg.Configs)
	s := &Set{}
	for _, p := range all {
		m := newMember(p, configFor(cfg.Configs, p.Name()), cfg)
		if err != nil {
			m.fake = func() (provider.Fake, error) { return nil, err }
		}
		s.members = append(s.members, m)
	}
	return s, err
}

// checkConfigs refuses a configuration for an unknown provider or of
// another type than the provider's NewConfig.
func checkConfigs(configs Configs) error {
	for name, c := range configs {
		p, err := Find(name)
		if err != nil {
			return err
		}
		if want := reflect.TypeOf(p.NewConfig()); c != nil && reflect.TypeOf(c) != want {
			return fmt.Errorf("the %s configuration is a %T; want %v, the value its NewConfig returns", p.Name(), c, want)
		}
	}
	return nil
}

// configFor is the configuration given for name, whatever its case.
func configFor(configs Configs, name string) any {
	for k, c := range configs {
		if p, ok := Lookup(k); ok && p.Name() == name {
			return c
		}
	}
	return nil
}

func newMember(p provider.Provider, cfg any, sc SetConfig) *member {
	m := &member{p: p, ids: fakekit.NewIDs(p.Name(), sc.Seed)}
	common := provider.Common{IDs: m.ids, Journal: sc.Journal}
	if provider.KindOf(p) == provider.Messaging {
		common.Faults = sc.Faults
	}
	m.fake = sync.OnceValues(func() (provider.Fake, error) {
		f, err := p.New(cfg, common)
		if err != nil {
			return nil, fmt.Errorf("building the fake %s: %w", p.Name(), err)
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		m.built = f
		if m.faults != nil {
			f.SetFaults(*m.faults)
		}
		return f, nil
	})
	return m
}

func (s *Set) member(name string) (*member, error) {
	p, err := Find(name)
	if err != nil {
		return nil, err
	}
	for _, m := range s.members {
		if m.p.Name() == p.Name() {
			return m, nil
		}
	}
	return nil, fmt.Errorf("no fake %s in this set", name) // unreachable: every provider has one
}

// Fake returns the fake of the provider called name, building it on
// first use.
func (s *Set) Fake(name string) (provider.Fake, error) {
	m, err := s.member(name)
	if err != nil {
		return nil, err
	}
	return m.fake()
}

// Handler answers as the fake of name, building it on the first request.
// A fake that cannot be built answers 500 with the reason.
func (s *Set) Handler(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, err := s.Fake(name)
		if err != nil {
			http.Error(w, "hookemu: "+err.Error(), http.StatusInternalServerError)
			return
		}
		f.ServeHTTP(w, r)
	})
}

// Build builds every fake now, as a server does before it listens, and
// returns the first failure.
func (s *Set) Build() error {
	for _, m := range s.members {
		if _, err := m.fake(); err != nil {
			return err
		}
	}
	return nil
}

// Built returns the fakes built so far, in registry order: the ones that
// can have received anything.
func (s *Set) Built() []provider.Fake {
	var out []provider.Fake
	for _, m := range s.members {
		m.mu.Lock()
		if m.built != nil {
			out = append(out, m.built)
		}
		m.mu.Unlock()
	}
	return out
}

// Entries are what every built fake received, provider by provider.
func (s *Set) Entries() []fakekit.Entry {
	var out []fakekit.Entry
	for _, f := range s.Built() {
		out = append(out, f.Journal().Entries()...)
	}
	return out
}

// Reseed makes the ids and timestamps of every fake, built or not,
// derive from seed from now on, as if the fakes were new.
func (s *Set) Reseed(seed string) {
	for _, m := range s.members {
		m.ids.Reseed(seed)
	}
}

// Reset forgets what every built fake received; faults stay.
func (s *Set) Reset() {
	for _, f := range s.Built() {
		f.Reset()
	}
}

// SetFaults replaces the faults of every provider, built or not: each
// gets the faults its configuration in configs lists (none when left
// out), so a pooled Set serves each loan with that loan's faults.
func (s *Set) SetFaults(configs Configs) {
	for _, m := range s.members {
		faults := FaultsOf(configFor(configs, m.p.Name()))
		m.mu.Lock()
		m.faults = &faults
		if m.built != nil {
			m.built.SetFaults(faults)
		}
		m.mu.Unlock()
	}
}
