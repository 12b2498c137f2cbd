package fakekit

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Fault makes a fake misbehave for one destination: answer with an HTTP
// status (and the provider's matching error body), or answer late, or both.
// Faults are deterministic unless Probability is set, which callers switch
// on explicitly for chaos testing.
type Fault struct {
	// Destination is compared by its digits alone, so "+65 9999-0000" and
	// "6599990000" name the same number; "*" matches every destination.
	Destination string        `json:"destination" yaml:"destination"`
	Status      int           `json:"status,omitempty" yaml:"status,omitempty"`
	Code        int           `json:"code,omitempty" yaml:"code,omitempty"`
	Message     string        `json:"message,omitempty" yaml:"message,omitempty"`
	Delay       time.Duration `json:"delay,omitempty" yaml:"delay,omitempty"`
	// Probability in (0,1] applies the fault to that share of matching
	// requests; 0 means always.
	Probability float64 `json:"probability,omitempty" yaml:"probability,omitempty"`
}

// Faults is a concurrency-safe, replaceable list of faults; the first one
// whose destination matches wins. Every request of a fake asks Match, and
// faults change rarely: the list is replaced whole and read without a
// lock.
type Faults struct {
	list atomic.Pointer[[]Fault]
	mu   sync.Mutex // guards rand, which a test may replace with one that is not safe
	rand func() float64
}

// NewFaults returns a fault list holding a copy of list.
func NewFaults(list []Fault) *Faults {
	f := &Faults{rand: rand.Float64}
	f.Set(list)
	return f
}

// Set replaces every fault.
func (f *Faults) Set(list []Fault) {
	own := append([]Fault(nil), list...)
	f.list.Store(&own)
}

// List returns a copy of the faults in force.
func (f *Faults) List() []Fault {
	return append([]Fault(nil), f.current()...)
}

func (f *Faults) current() []Fault {
	if p := f.list.Load(); p != nil {
		return *p
	}
	return nil
}

// Match returns the fault that applies to a request for destination.
func (f *Faults) Match(destination string) (Fault, bool) {
	list := f.current()
	if len(list) == 0 {
		return Fault{}, false
	}
	digits := Digits(destination)
	for _, fault := range list {
		if fault.Destination != "*" && Digits(fault.Destination) != digits {
			continue
		}
		if fault.Probability > 0 && f.draw() >= fault.Probability {
			continue
		}
		return fault, true
	}
	return Fault{}, false
}

func (f *Faults) draw() float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rand()
}

// Digits keeps only the ASCII digits of a phone number.
func Digits(number string) string {
	var b strings.Builder
	for _, r := range number {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Sleep waits for d or until ctx ends, whichever is first, and reports
// ctx's error in the second case, so a delayed fake never outlives the
// request that is waiting for it.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
