package loop

import (
	"container/heap"
	"time"
)

// timer is one setTimeout or setInterval. Each due time has its own Go
// clock (time.AfterFunc), whose job reaches the loop on a goroutine of its
// own: on a starved machine two clocks due close together can hand their
// jobs over out of order. Node never runs a timer before one due earlier,
// so the loop also keeps the live timers in due order (timerQueue), and a
// timer that fires first runs every timer due before it.
type timer struct {
	id       int
	t        *time.Timer
	fn       func() error
	due      time.Time
	interval time.Duration
	enqueue  func(func() error) // the registration of the current clock
	gen      int                // which clock's job may fire it
	index    int                // in the loop's timerQueue; -1 when not in it
	canceled bool
}

// AddTimer runs fn on the loop after d, and again every d when repeat is
// set, until CancelTimer. A live timer keeps the loop from going idle, as
// in Node. It returns the timer's id (ids start at 1, as Node's do).
func (l *Loop) AddTimer(d time.Duration, repeat bool, fn func() error) int {
	if d < 0 {
		d = 0
	}
	l.timerID++
	tm := &timer{id: l.timerID, fn: fn, index: -1}
	if repeat {
		tm.interval = d
	}
	l.timers[tm.id] = tm
	l.arm(tm, d)
	return tm.id
}

// arm starts tm's clock for d and queues it by its new due time.
func (l *Loop) arm(tm *timer, d time.Duration) {
	tm.gen++
	tm.due = time.Now().Add(d)
	enqueue, id, gen := l.RegisterCallback(), tm.id, tm.gen
	tm.enqueue = enqueue
	heap.Push(&l.timerQueue, tm)
	tm.t = time.AfterFunc(d, func() { enqueue(func() error { return l.fire(id, gen) }) })
}

// fire runs on the loop when a clock's time has come: first every timer
// due before the clock's timer (and due by now: an interval run here is
// armed again for later), in due order, then that timer. A clock of a
// timer already run (or re-armed) finds another generation and does
// nothing.
func (l *Loop) fire(id, gen int) error {
	tm, ok := l.timers[id]
	if !ok || tm.canceled || tm.gen != gen {
		return nil
	}
	now := time.Now()
	for len(l.timerQueue) > 0 {
		early := l.timerQueue[0]
		if early == tm || !l.timerQueue.less(early, tm) || early.due.After(now) {
			break
		}
		if early.t.Stop() {
			early.enqueue(func() error { return nil }) // its clock will not hand a job over
		}
		if err := l.run(early); err != nil {
			return err
		}
		if tm.canceled || tm.gen != gen {
			return nil // an earlier timer's callback cleared or refreshed it
		}
	}
	return l.run(tm)
}

// run runs a due timer: an interval is armed again first, a timeout is
// forgotten.
func (l *Loop) run(tm *timer) error {
	if tm.index >= 0 {
		heap.Remove(&l.timerQueue, tm.index)
	}
	if tm.interval > 0 {
		l.arm(tm, tm.interval)
	} else {
		delete(l.timers, tm.id)
	}
	return tm.fn()
}

// CancelTimer stops a timer; unknown or finished ids are ignored, as
// clearTimeout ignores them.
func (l *Loop) CancelTimer(id int) {
	tm, ok := l.timers[id]
	if !ok {
		return
	}
	delete(l.timers, id)
	tm.canceled = true
	if tm.index >= 0 {
		heap.Remove(&l.timerQueue, tm.index)
	}
	if tm.t.Stop() {
		// It had not fired: release its place so the loop can go idle.
		tm.enqueue(func() error { return nil })
	}
}

// timerQueue orders live timers by due time, then by id, as Node runs
// timers due at the same moment in the order they were set. It implements
// container/heap.
type timerQueue []*timer

func (q timerQueue) less(a, b *timer) bool {
	if !a.due.Equal(b.due) {
		return a.due.Before(b.due)
	}
	return a.id < b.id
}

func (q timerQueue) Len() int           { return len(q) }
func (q timerQueue) Less(i, j int) bool { return q.less(q[i], q[j]) }
func (q timerQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}

func (q *timerQueue) Push(x any) {
	tm := x.(*timer)
	tm.index = len(*q)
	*q = append(*q, tm)
}

func (q *timerQueue) Pop() any {
	old := *q
	tm := old[len(old)-1]
	old[len(old)-1] = nil
	tm.index = -1
	*q = old[:len(old)-1]
	return tm
}
