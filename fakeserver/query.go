package fakeserver

import (
	"cmp"
	"slices"

	"github.com/hookemu/hookemu/fakekit"
)

// Query asks for one page of messages. Cursors are the seq of a message
// (or the before and after of an earlier Page): they order every
// provider's messages in the order the server received them, and stay
// valid after DELETE, since seqs are never reused.
type Query struct {
	Filter Filter
	// Limit bounds the messages in the page (all of them when <= 0).
	Limit int
	// After, when > 0, keeps only messages with a seq above it; the page
	// is then the oldest Limit of them, the ones right after the cursor,
	// so that following After from page to page skips none.
	After int64
	// Before, when > 0, keeps only messages with a seq below it; without
	// After the page is the newest Limit of them.
	Before int64
	// MaxBytes stops the page early once its messages hold that many
	// bytes (at least one message is shown); 0 for no bound.
	MaxBytes int64
}

// Page is the answer to a Query: its messages newest first, how many the
// filters and cursors pick in all, and the cursors to go on with.
type Page struct {
	Messages []Message
	Total    int
	// Before is the cursor of the next page of older messages, 0 when
	// the filters pick none older than those shown.
	Before int64
	// After is the cursor for what arrives next: newer than everything
	// shown, and than everything received when the page reaches the
	// newest message.
	After int64
}

// Page answers q, reading each journal once from its cursor without
// copying more than the page.
func (s *Server) Page(q Query) Page {
	now := s.seq.Last() // read first: every message numbered up to now is visible below
	forward := q.After > 0
	limit := q.Limit
	if limit <= 0 {
		limit = int(^uint(0) >> 1)
	}
	var picked []fakekit.Entry
	total := 0
	q.Filter = q.Filter.lowered()
	for _, p := range s.picking(q.Filter) {
		n := 0
		p.journal.Scan(q.After, q.Before, !forward, func(e *fakekit.Entry) bool {
			if q.Filter.match(e, s.mask) {
				total++
				if n < limit {
					picked = append(picked, *e)
					n++
				}
			}
			return true
		})
	}
	shown := s.cut(picked, forward, limit, q.MaxBytes)
	return s.newPage(q, shown, total, now)
}

// cut orders the picks of every provider by seq, nearest the cursor
// first, and keeps what fits the limits.
func (s *Server) cut(picked []fakekit.Entry, forward bool, limit int, maxBytes int64) []fakekit.Entry {
	slices.SortFunc(picked, func(a, b fakekit.Entry) int {
		if forward {
			return cmp.Compare(a.Seq, b.Seq)
		}
		return cmp.Compare(b.Seq, a.Seq)
	})
	picked = picked[:min(len(picked), limit)]
	var bytes int64
	for i := range picked {
		bytes += picked[i].Size()
		if maxBytes > 0 && i > 0 && bytes > maxBytes {
			picked = picked[:i]
			break
		}
	}
	if forward {
		slices.Reverse(picked)
	}
	return picked
}

func (s *Server) newPage(q Query, shown []fakekit.Entry, total int, now int64) Page {
	page := Page{Messages: make([]Message, len(shown)), Total: total, After: q.After}
	for i, e := range shown {
		page.Messages[i] = s.mask.message(e)
	}
	if len(shown) > 0 {
		page.After = max(page.After, shown[0].Seq)
		if q.After == 0 && total > len(shown) {
			page.Before = shown[len(shown)-1].Seq
		}
	}
	if q.Before == 0 && (q.After == 0 || total == len(shown)) {
		page.After = max(page.After, now)
	}
	return page
}

// picking lists the providers f may pick from.
func (s *Server) picking(f Filter) []*served {
	var out []*served
	for i := range s.providers {
		if f.Provider == "" || s.providers[i].name == f.Provider {
			out = append(out, &s.providers[i])
		}
	}
	return out
}

// Messages returns the messages f picks, newest first, at most limit of
// them (all when limit <= 0), and how many f picks in all.
func (s *Server) Messages(f Filter, limit int) (messages []Message, total int) {
	page := s.Page(Query{Filter: f, Limit: limit})
	return page.Messages, page.Total
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
	var found *fakekit.Entry
	p.journal.Scan(0, 0, true, func(e *fakekit.Entry) bool {
		if e.ID == n {
			copied := *e
			found = &copied
		}
		return e.ID > n
	})
	if found == nil {
		return Message{}, false
	}
	return s.mask.message(*found), true
}

// Latest is the pseudo-ID of the newest message.
const Latest = "latest"
