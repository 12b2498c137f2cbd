package scenarios

import (
	"encoding/json"
	"sync"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/providers"
)

// harnessPool lends harnesses to scenarios. Building the fakes (their
// routers above all) costs more than running a hook, so a harness built
// for one fake configuration serves scenario after scenario with that
// configuration: each borrows it alone, with its own faults set, and it
// is reset before the next one, so no scenario sees another's messages,
// journal or Verify attempts, and reseeded with the scenario's seed, so
// its ids and timestamps are those of a new harness.
type harnessPool struct {
	mu   sync.Mutex
	free map[string][]*harness.Harness
}

func newHarnessPool() *harnessPool {
	return &harnessPool{free: map[string][]*harness.Harness{}}
}

// fakesKey is the fake configuration without the faults, which are set
// on each loan.
func fakesKey(job Job) string {
	key, _ := json.Marshal(withoutFaults(job.providers())) // plain data: cannot fail
	return string(key)
}

// withoutFaults is configs with every provider's faults left out.
func withoutFaults(configs providers.Configs) providers.Configs {
	out := make(providers.Configs, len(configs))
	for name, cfg := range configs {
		out[name] = providers.WithoutFaults(cfg)
	}
	return out
}

func (p *harnessPool) get(s Job, key string) *harness.Harness {
	p.mu.Lock()
	var h *harness.Harness
	if list := p.free[key]; len(list) > 0 {
		h, p.free[key] = list[len(list)-1], list[:len(list)-1]
	}
	p.mu.Unlock()
	configs := s.providers()
	if h == nil {
		h = harness.New(harness.Config{Providers: withoutFaults(configs)})
	}
	h.Reseed(s.Seed)
	h.Fakes().SetFaults(configs)
	return h
}

func (p *harnessPool) put(key string, h *harness.Harness) {
	h.Fakes().Reset()
	p.mu.Lock()
	p.free[key] = append(p.free[key], h)
	p.mu.Unlock()
}
