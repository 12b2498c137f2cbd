// Package loop is the event loop one hook invocation runs on: the only
// goroutine that may touch that invocation's goja runtime.
//
// Threading contract: Run and everything it calls execute on one goroutine.
// RegisterCallback, AddTimer, CancelTimer and Stop must be called from that
// goroutine (or before Run starts). The enqueue function RegisterCallback
// returns is the one thing that may be called from any goroutine; it is how
// a goroutine doing I/O gets back onto the JS thread, and it must be called
// exactly once. The loop counts registered callbacks, so it knows a hook is
// idle (nothing queued, nothing outstanding) rather than guessing by time.
package loop

import (
	"context"
	"errors"
	"sync"
)

// ErrStopped is returned by Run after Stop was called.
var ErrStopped = errors.New("event loop stopped")

// Loop queues callbacks and runs them one at a time. The zero value is not
// usable; call New.
type Loop struct {
	mu      sync.Mutex
	queue   []func() error
	pending int // registered callbacks not yet enqueued
	stopped bool
	wakeup  chan struct{}

	timers     map[int]*timer
	timerQueue timerQueue
	timerID    int
}

// New returns an empty loop.
func New() *Loop {
	return &Loop{wakeup: make(chan struct{}, 1), timers: map[int]*timer{}}
}

// RegisterCallback reserves a place for one callback and keeps the loop
// from going idle until it is enqueued. Call the returned function exactly
// once, from any goroutine, with the work to run on the loop.
func (l *Loop) RegisterCallback() func(func() error) {
	l.mu.Lock()
	l.pending++
	l.mu.Unlock()
	var once sync.Once
	return func(fn func() error) {
		once.Do(func() {
			l.mu.Lock()
			l.pending--
			l.queue = append(l.queue, fn)
			l.mu.Unlock()
			l.signal()
		})
	}
}

// Enqueue runs fn on the loop after the callbacks already queued. Loop
// goroutine only (other goroutines register a callback first).
func (l *Loop) Enqueue(fn func() error) {
	l.RegisterCallback()(fn)
}

// Stop makes Run return ErrStopped once the running callback finishes.
// Queued and outstanding callbacks are kept: a later Run continues them.
func (l *Loop) Stop() {
	l.mu.Lock()
	l.stopped = true
	l.mu.Unlock()
	l.signal()
}

// Pending reports how many callbacks are queued or outstanding.
func (l *Loop) Pending() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pending + len(l.queue)
}

// Run runs queued callbacks until the loop is idle (it returns nil), a
// callback fails (it returns that error; the rest stays queued), Stop is
// called (ErrStopped) or ctx ends (ctx.Err()). Callbacks still outstanding
// when Run returns are dropped if they arrive later and nobody runs again.
func (l *Loop) Run(ctx context.Context) error {
	l.mu.Lock()
	l.stopped = false
	l.mu.Unlock()
	for {
		fn, idle, stopped := l.next()
		switch {
		case stopped:
			return ErrStopped
		case fn != nil:
			if err := fn(); err != nil {
				return err
			}
			continue
		case idle:
			return nil
		}
		select {
		case <-l.wakeup:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (l *Loop) next() (fn func() error, idle, stopped bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return nil, false, true
	}
	if len(l.queue) > 0 {
		fn = l.queue[0]
		l.queue[0] = nil
		l.queue = l.queue[1:]
		return fn, false, false
	}
	return nil, l.pending == 0, false
}

func (l *Loop) signal() {
	select {
	case l.wakeup <- struct{}{}:
	default:
	}
}

// Close cancels every timer so that no time.Timer outlives the invocation.
func (l *Loop) Close() {
	for id := range l.timers {
		l.CancelTimer(id)
	}
}
