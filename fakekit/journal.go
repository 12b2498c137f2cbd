package fakekit

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// DefaultJournalSize bounds a journal when its owner does not choose a size:
// large enough for any scenario, small enough that a long-lived fake never
// grows without limit.
const DefaultJournalSize = 10000

// Entry is one request a fake received, accepted or rejected, with the
// answer it gave. Entries are values: the journal hands out copies, so a
// reader can never change what the fake recorded.
type Entry struct {
	// ID increases by one per request over the journal's lifetime; it is not
	// reused after Reset, so a client can tell new entries from old ones.
	ID       int64       `json:"id"`
	Time     time.Time   `json:"time"`
	Provider string      `json:"provider"`
	Method   string      `json:"method"`
	Path     string      `json:"path"`
	Query    string      `json:"query,omitempty"`
	Header   http.Header `json:"headers"`
	Body     []byte      `json:"-"`
	Status   int         `json:"status"`
	Response []byte      `json:"-"`
	// Destination is the recipient as the request gave it, when it names
	// one; Accepted says whether the provider took the message.
	Destination string `json:"destination,omitempty"`
	MessageID   string `json:"message_id,omitempty"`
	Accepted    bool   `json:"accepted"`
	// Set by a Proxy only: Upstream is the URL the request was (or would
	// have been) sent to, Forwarded says it passed validation and was sent,
	// and Error is why no answer came back from there (Status is then 0).
	Upstream  string `json:"upstream,omitempty"`
	Forwarded bool   `json:"forwarded,omitempty"`
	Error     string `json:"error,omitempty"`
}

// Journal is a bounded, concurrency-safe record of entries that keeps the
// newest ones. Wait lets tests and API clients block until entries arrive
// instead of sleeping.
type Journal struct {
	mu      sync.Mutex
	limit   int
	entries []Entry // ring buffer in arrival order from start
	start   int
	nextID  int64
	changed chan struct{} // closed and replaced on every Add and Reset
}

// NewJournal returns a journal that keeps at most limit entries
// (DefaultJournalSize when limit <= 0).
func NewJournal(limit int) *Journal {
	if limit <= 0 {
		limit = DefaultJournalSize
	}
	return &Journal{limit: limit, nextID: 1, changed: make(chan struct{})}
}

// Add records e, assigning its ID (and its Time when unset), and returns the
// stored copy.
func (j *Journal) Add(e Entry) Entry {
	j.mu.Lock()
	defer j.mu.Unlock()
	e.ID = j.nextID
	j.nextID++
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	if len(j.entries) < j.limit {
		j.entries = append(j.entries, e)
	} else {
		j.entries[j.start] = e
		j.start = (j.start + 1) % j.limit
	}
	j.notifyLocked()
	return e
}

// Entries returns the entries oldest first.
func (j *Journal) Entries() []Entry {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]Entry, 0, len(j.entries))
	out = append(out, j.entries[j.start:]...)
	return append(out, j.entries[:j.start]...)
}

// Len is how many entries the journal holds now.
func (j *Journal) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.entries)
}

// Reset forgets every entry; IDs keep increasing.
func (j *Journal) Reset() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.entries = nil
	j.start = 0
	j.notifyLocked()
}

// WaitFor blocks until match holds for the journal's entries or ctx ends,
// and returns the entries it last saw. It re-checks after every change, so
// a caller never misses an entry that arrived between two looks.
func (j *Journal) WaitFor(ctx context.Context, match func([]Entry) bool) ([]Entry, error) {
	for {
		j.mu.Lock()
		changed := j.changed
		j.mu.Unlock()
		entries := j.Entries()
		if match(entries) {
			return entries, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return entries, ctx.Err()
		}
	}
}

func (j *Journal) notifyLocked() {
	close(j.changed)
	j.changed = make(chan struct{})
}
