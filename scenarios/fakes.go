package scenarios

import (
	"encoding/json"
	"sync"

	"github.com/hookemu/hookemu/harness"
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
	f8, ft := job.Fake8x8, job.FakeTwilio
	f8.Faults, ft.Faults = nil, nil
	key, _ := json.Marshal([2]any{f8, ft}) // plain data: cannot fail
	return string(key)
}

func (p *harnessPool) get(s Job, key string) *harness.Harness {
	p.mu.Lock()
	var h *harness.Harness
	if list := p.free[key]; len(list) > 0 {
		h, p.free[key] = list[len(list)-1], list[:len(list)-1]
	}
	p.mu.Unlock()
	if h == nil {
		f8, ft := s.Fake8x8, s.FakeTwilio
		f8.Faults, ft.Faults = nil, nil
		h = harness.New(harness.Config{Fake8x8: f8, FakeTwilio: ft})
	}
	h.Reseed(s.Seed)
	h.Fake8x8().SetFaults(s.Fake8x8.Faults)
	h.FakeTwilio().SetFaults(s.FakeTwilio.Faults)
	return h
}

func (p *harnessPool) put(key string, h *harness.Harness) {
	h.Fake8x8().Reset()
	h.FakeTwilio().Reset()
	p.mu.Lock()
	p.free[key] = append(p.free[key], h)
	p.mu.Unlock()
}
