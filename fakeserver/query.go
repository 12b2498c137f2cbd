package fakeserver

import (
	"context"
	"fmt"

	"github.com/hookemu/hookemu/fakekit"
)

// entries returns what f picks from every provider, newest first.
func (s *Server) entries(f Filter) []fakekit.Entry {
	var lists [][]fakekit.Entry
	for _, p := range s.providers {
		if f.Provider != "" && p.name != f.Provider {
			continue
		}
		all := p.journal.Entries()
		picked := make([]fakekit.Entry, 0, len(all))
		for i := len(all) - 1; i >= 0; i-- {
			if f.match(all[i]) {
				picked = append(picked, all[i])
			}
		}
		lists = append(lists, picked)
	}
	return mergeNewestFirst(lists)
}

// Messages returns the messages f picks, newest first, at most limit of
// them (all when limit <= 0), and how many f picks in all.
func (s *Server) Messages(f Filter, limit int) (messages []Message, total int) {
	entries := s.entries(f)
	return toMessages(entries, limit), len(entries)
}

func toMessages(entries []fakekit.Entry, limit int) []Message {
	if limit > 0 && len(entries) > limit {
		entries = entries[:limit]
	}
	out := make([]Message, len(entries))
	for i, e := range entries {
		out[i] = newMessage(e)
	}
	return out
}

// Message finds a message by its ID, or the newest one f picks when id is
// "latest".
func (s *Server) Message(id string, f Filter) (Message, bool) {
	if id == Latest {
		latest, _ := s.Messages(f, 1)
		if len(latest) == 0 {
			return Message{}, false
		}
		return latest[0], true
	}
	name, n, ok := parseMessageID(id)
	p := s.provider(name)
	if !ok || p == nil {
		return Message{}, false
	}
	for _, e := range p.journal.Entries() {
		if e.ID == n {
			return newMessage(e), true
		}
	}
	return Message{}, false
}

// Latest is the pseudo-ID of the newest message.
const Latest = "latest"

// Wait blocks until f picks at least count messages or ctx ends; then
// Messages returns them. It wakes on every new request, never polling.
// The error is ctx's when it ended first, or says at once that count can
// never be reached because the journals keep fewer.
func (s *Server) Wait(ctx context.Context, f Filter, count int) error {
	if limit := s.capacity(f); count > limit {
		return fmt.Errorf("count %d can never be reached: the journal keeps the newest %d messages "+
			"per provider (--max-messages), %d for this filter", count, s.cfg.MaxMessages, limit)
	}
	return s.waitAny(ctx, f, func() bool { return s.count(f) >= count })
}

// count is how many messages f picks, without building them.
func (s *Server) count(f Filter) int {
	n := 0
	for _, p := range s.providers {
		if f.Provider != "" && p.name != f.Provider {
			continue
		}
		for _, e := range p.journal.Entries() {
			if f.match(e) {
				n++
			}
		}
	}
	return n
}

// capacity is how many messages f can pick at most, however many arrive.
func (s *Server) capacity(f Filter) int {
	if f.Provider != "" {
		return s.cfg.MaxMessages
	}
	return s.cfg.MaxMessages * len(s.providers)
}

// waitAny waits on the journal of every provider f may pick from, each
// checking the condition over all of them, so a change anywhere is seen.
func (s *Server) waitAny(ctx context.Context, f Filter, enough func() bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var journals []*fakekit.Journal
	for _, p := range s.providers {
		if f.Provider == "" || p.name == f.Provider {
			journals = append(journals, p.journal)
		}
	}
	done := make(chan error, len(journals))
	for _, j := range journals {
		go func() {
			_, err := j.WaitFor(ctx, func([]fakekit.Entry) bool { return enough() })
			done <- err
		}()
	}
	return <-done
}
