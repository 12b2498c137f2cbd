package harness

import (
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/stubs"
)

// SetStubs makes the runs from now on answer with set (nil stubs
// nothing), in place of Config.Stubs: a harness lent to one scenario after
// another gets each one's stubs.
func (h *Harness) SetStubs(set *stubs.Set) { h.stubs.Store(set) }

// stubMisses are the run's requests to stubbed hosts that no stub
// matched.
func (rec *recorder) stubMisses() []stubs.Miss {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]stubs.Miss(nil), rec.misses...)
}

// stubMissProblems name each miss as an error: the hook got a 404 no
// real host would have given, so either the hook or the stub is wrong.
// The full near-miss report is the exchange's response body.
func stubMissProblems(misses []stubs.Miss) []emulator.Problem {
	problems := make([]emulator.Problem, 0, len(misses))
	for _, m := range misses {
		problems = append(problems, emulator.Problem{
			Severity: emulator.SeverityError,
			Message:  "stubs: " + m.Summary() + " (the 404's body is the near-miss report)",
		})
	}
	return problems
}
