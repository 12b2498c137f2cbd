package deploy

import (
	"errors"
	"fmt"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// ErrTooCostly is the error (wrapped) of a Terraform configuration whose
// evaluation went past hookemu's budget: too long, too much memory, or too
// many function calls. Configurations may come from a stranger's pull
// request, and HCL can describe values far larger than any machine holds
// (a for expression over a for expression, a string doubled in 40 locals)
// that the static bounds cannot all foresee.
//
// A Go goroutine cannot be stopped from outside: when Load returns this
// error, the evaluation it gave up on may still be running, and still
// allocating, until its next function call fails. A long-lived process
// (a server, a test suite) should stop rather than go on; the hookemu
// command exits with status 2.
var ErrTooCostly = errors.New("the Terraform configuration takes too long or too much memory to evaluate")

// tfLimits is the evaluation budget of one Load of a Terraform
// configuration. Real configurations take milliseconds, a few megabytes
// and a few hundred function calls; the defaults are far beyond that.
type tfLimits struct {
	// wall is the time the evaluation may take.
	wall time.Duration
	// heap is how far the heap may grow while it runs, sampled every
	// sample by a watchdog.
	heap   uint64
	sample time.Duration
	// calls is how many function calls it may make: a deterministic
	// bound on loops that call functions.
	calls int64
}

func defaultTFLimits() tfLimits {
	return tfLimits{wall: 10 * time.Second, heap: 1 << 30, sample: 10 * time.Millisecond, calls: 100_000}
}

// tfBudget is what one Load has spent. The evaluation goroutine counts
// its function calls; the watchdog sets stopped, after which every
// function call fails, so that the abandoned evaluation ends soon when
// it calls functions at all.
type tfBudget struct {
	limits  tfLimits
	calls   atomic.Int64
	stopped atomic.Bool
	// spent is closed once the calls are spent, so that Load returns
	// then rather than when the evaluation ends.
	spent     chan struct{}
	closeOnce sync.Once
}

func newTFBudget(l tfLimits) *tfBudget { return &tfBudget{limits: l, spent: make(chan struct{})} }

// errTFCalls is the reason of a configuration that calls functions too
// often.
func (b *tfBudget) errCalls() error {
	return fmt.Errorf("%w: it calls functions more than %d times; hookemu stopped evaluating it", ErrTooCostly, b.limits.calls)
}

// spend counts one function call, and fails once the budget is spent or
// the watchdog has stopped the evaluation.
func (b *tfBudget) spend() error {
	if b.stopped.Load() {
		return fmt.Errorf("%w: hookemu stopped evaluating it", ErrTooCostly)
	}
	if b.calls.Add(1) > b.limits.calls {
		b.stopped.Store(true)
		b.closeOnce.Do(func() { close(b.spent) })
		return b.errCalls()
	}
	return nil
}

// overCalls reports whether the evaluation went past its calls, even if
// try() or can() swallowed the error.
func (b *tfBudget) overCalls() bool { return b.calls.Load() > b.limits.calls }

// tfHeapMetric is the heap occupied by objects, live or not yet swept:
// it grows as soon as an evaluation allocates.
const tfHeapMetric = "/memory/classes/heap/objects:bytes"

func tfHeapBytes() uint64 {
	s := []metrics.Sample{{Name: tfHeapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// run evaluates in a goroutine and waits for it, its time limit, or the
// heap growing past its limit, whichever comes first.
func tfRunBudgeted[T any](b *tfBudget, path string, eval func(*tfBudget) (T, error)) (T, error) {
	type result struct {
		val T
		err error
	}
	done := make(chan result, 1)
	base := tfHeapBytes()
	go func() {
		val, err := eval(b)
		done <- result{val, err}
	}()
	timer := time.NewTimer(b.limits.wall)
	defer timer.Stop()
	tick := time.NewTicker(b.limits.sample)
	defer tick.Stop()
	var zero T
	for {
		select {
		case r := <-done:
			if b.overCalls() {
				return zero, fmt.Errorf("%s: %w", path, b.errCalls())
			}
			return r.val, r.err
		case <-b.spent:
			return zero, fmt.Errorf("%s: %w", path, b.errCalls())
		case <-timer.C:
			b.stopped.Store(true)
			return zero, fmt.Errorf("%s: %w: hookemu stopped after %s; no real configuration takes that long (look for for expressions over large collections, or values repeated many times)", path, ErrTooCostly, b.limits.wall)
		case <-tick.C:
			if heap := tfHeapBytes(); heap > base && heap-base > b.limits.heap {
				b.stopped.Store(true)
				return zero, fmt.Errorf("%s: %w: hookemu stopped once it had used %d MiB more; no real configuration needs that (look for for expressions over large collections, or values repeated many times)", path, ErrTooCostly, b.limits.heap>>20)
			}
		}
	}
}
