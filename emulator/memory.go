package emulator

import (
	"fmt"

	"github.com/hookemu/hookemu/internal/bytesize"
)

// DefaultMemory is a run's memory limit, as Auth0's containers had.
const DefaultMemory = 128 << 20

// memoryExceeded is the interrupt value that ends a run over its memory
// limit.
type memoryExceeded struct {
	limit int64
	what  string // what asked for too much, or "" when the heap grew past it
}

func (m memoryExceeded) message() string {
	msg := fmt.Sprintf("the hook used more than its memory limit of %s", bytesize.IEC(uint64(m.limit)))
	if m.what != "" {
		msg = fmt.Sprintf("%s would need more than the hook's memory limit of %s", m.what, bytesize.IEC(uint64(m.limit)))
	}
	return msg + "; Auth0 kills a container over its memory limit and fails the message"
}

// reserve ends the run when one built-in call is about to allocate bytes
// beyond the memory limit: it interrupts the runtime, so the next
// instruction stops the script, and panics so the built-in never runs.
func (inv *invocation) reserve(bytes float64, what string) {
	if bytes <= float64(inv.memLimit) {
		return
	}
	m := memoryExceeded{limit: inv.memLimit, what: what}
	inv.stopForMemory(m)
	// The built-in must not run; the interrupt stops the script before a
	// catch block could swallow this error.
	panic(inv.rangeError(m.message()))
}

// stopForMemory records why the run ends and interrupts its script. Safe
// from any goroutine; the first reason is kept.
func (inv *invocation) stopForMemory(m memoryExceeded) {
	inv.memoryStop.CompareAndSwap(nil, &m)
	inv.rt.Interrupt(m)
}

// overMemory reports a run stopped for memory, whatever error its script
// ended with; it reports whether it was.
func (inv *invocation) overMemory() bool {
	m := inv.memoryStop.Load()
	if m == nil {
		return false
	}
	inv.fail(OutcomeMemoryLimit, &ErrorInfo{Name: "Error", Message: m.message()})
	return true
}
