package fakeserver

import (
	"context"
	"fmt"
	"reflect"

	"github.com/hookemu/hookemu/fakekit"
)

// Wait blocks until f picks at least count messages or ctx ends; then
// Messages returns them. It is WaitAfter with no cursor.
func (s *Server) Wait(ctx context.Context, f Filter, count int) error {
	return s.WaitAfter(ctx, f, 0, count)
}

// WaitAfter blocks until f picks at least count messages with a seq above
// after (0: any the journals hold) or ctx ends. It wakes on every new
// request without polling, and reads only what arrived since its last
// look, so a waiter costs the same whatever the journal holds. A message
// counts once it arrived, even if the journal has dropped it since; a
// DELETE forgets what was counted. The error is ctx's when it ended
// first, or says at once that count can never be reached because the
// journals keep fewer.
func (s *Server) WaitAfter(ctx context.Context, f Filter, after int64, count int) error {
	if limit := s.capacity(f); count > limit {
		return fmt.Errorf("count %d can never be reached: the journal keeps the newest %d messages "+
			"per provider (--max-messages), %d for this filter", count, s.cfg.MaxMessages, limit)
	}
	s.waiters.Add(1)
	defer s.waiters.Add(-1)
	w := &waiter{f: f.lowered(), mask: s.mask, after: after, journals: map[*fakekit.Journal]*waited{}}
	for _, p := range s.picking(f) {
		w.journals[p.journal] = &waited{seen: after, resets: -1}
	}
	for {
		changed := w.look()
		if w.count() >= count {
			return nil
		}
		if err := waitChange(ctx, changed); err != nil {
			return err
		}
	}
}

// waiter is one long poll's view of the journals: how far it has read
// each, and how many picks it found there.
type waiter struct {
	f        Filter
	mask     masker
	after    int64
	journals map[*fakekit.Journal]*waited
}

type waited struct {
	seen   int64 // seq of the last entry read
	resets int64 // the journal's resets when last read
	picks  int
}

// look reads what arrived since the last look and returns the channels
// that close at the next change, taken before reading so none is missed.
func (w *waiter) look() []<-chan struct{} {
	changed := make([]<-chan struct{}, 0, len(w.journals))
	for j, st := range w.journals {
		mark := j.Mark()
		changed = append(changed, mark.Changed)
		if mark.Resets != st.resets {
			st.seen, st.resets, st.picks = w.after, mark.Resets, 0
		}
		j.Scan(st.seen, 0, false, func(e *fakekit.Entry) bool {
			st.seen = e.Seq
			if w.f.match(e, w.mask) {
				st.picks++
			}
			return true
		})
	}
	return changed
}

func (w *waiter) count() int {
	n := 0
	for _, st := range w.journals {
		n += st.picks
	}
	return n
}

// waitChange blocks until one of changed closes or ctx ends.
func waitChange(ctx context.Context, changed []<-chan struct{}) error {
	switch len(changed) {
	case 1:
		select {
		case <-changed[0]:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	case 2:
		select {
		case <-changed[0]:
			return nil
		case <-changed[1]:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	cases := []reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ctx.Done())}}
	for _, c := range changed {
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)})
	}
	if chosen, _, _ := reflect.Select(cases); chosen == 0 {
		return ctx.Err()
	}
	return nil
}

// capacity is how many messages f can pick at most, however many arrive.
func (s *Server) capacity(f Filter) int {
	return s.cfg.MaxMessages * len(s.picking(f))
}
