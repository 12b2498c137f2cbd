package loop

import "time"

// AddTimer runs fn on the loop after d, and again every d when repeat is
// set, until CancelTimer. A live timer keeps the loop from going idle, as
// in Node. It returns the timer's id (ids start at 1, as Node's do).
func (l *Loop) AddTimer(d time.Duration, repeat bool, fn func() error) int {
	if d < 0 {
		d = 0
	}
	l.timerID++
	id := l.timerID
	tm := &timer{fn: fn, enqueue: l.RegisterCallback()}
	if repeat {
		tm.interval = d
	}
	l.timers[id] = tm
	tm.t = time.AfterFunc(d, func() { tm.enqueue(func() error { return l.fire(id) }) })
	return id
}

// fire runs on the loop when a timer's time has come.
func (l *Loop) fire(id int) error {
	tm, ok := l.timers[id]
	if !ok || tm.canceled {
		return nil
	}
	if tm.interval > 0 {
		tm.enqueue = l.RegisterCallback()
		tm.t = time.AfterFunc(tm.interval, func() { tm.enqueue(func() error { return l.fire(id) }) })
	} else {
		delete(l.timers, id)
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
	if tm.t.Stop() {
		// It had not fired: release its place so the loop can go idle.
		tm.enqueue(func() error { return nil })
	}
}
