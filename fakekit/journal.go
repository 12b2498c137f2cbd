package fakekit

import (
	"context"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultJournalSize bounds a journal when its owner does not choose a size:
// large enough for any scenario, small enough that a long-lived fake never
// grows without limit.
const DefaultJournalSize = 10000

// DefaultJournalBytes bounds the bytes a journal keeps (bodies, answers,
// headers) when its owner does not choose: a count alone lets a few large
// requests take gigabytes.
const DefaultJournalBytes = 64 << 20

// Entry is one request a fake received, accepted or rejected, with the
// answer it gave. Entries are values: the journal hands out copies, so a
// reader can never change what the fake recorded.
type Entry struct {
	// ID increases by one per request over the journal's lifetime; it is not
	// reused after Reset, so a client can tell new entries from old ones.
	ID int64 `json:"id"`
	// Seq orders entries across the journals that share one Sequence (and
	// equals ID in a journal that shares none).
	Seq      int64       `json:"seq"`
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

// entryOverhead approximates what an entry holds besides its strings and
// bodies (the struct, the header map), so many tiny entries count too.
const entryOverhead = 512

// Size is roughly how many bytes e holds, what a journal's byte bound
// counts.
func (e *Entry) Size() int64 {
	n := entryOverhead + len(e.Body) + len(e.Response) + len(e.Path) + len(e.Query) +
		len(e.Destination) + len(e.MessageID) + len(e.Upstream) + len(e.Error)
	for name, values := range e.Header {
		n += len(name)
		for _, v := range values {
			n += len(v) + 16
		}
	}
	return int64(n)
}

// Sequence numbers entries across several journals, so that a reader of
// all of them (a server's API) can order and page through them by one
// number. It is safe for concurrent use.
type Sequence struct{ last atomic.Int64 }

// Last is the highest number given so far. Every entry numbered up to it
// is visible to a journal read that starts after Last returns.
func (s *Sequence) Last() int64 { return s.last.Load() }

// Limits bound a journal: it keeps its newest entries while there are at
// most Entries of them and they hold at most Bytes. The newest entry is
// always kept, however large.
type Limits struct {
	Entries int   // DefaultJournalSize when <= 0
	Bytes   int64 // DefaultJournalBytes when <= 0
}

func (l Limits) withDefaults() Limits {
	if l.Entries <= 0 {
		l.Entries = DefaultJournalSize
	}
	if l.Bytes <= 0 {
		l.Bytes = DefaultJournalBytes
	}
	return l
}

// Journal is a bounded, concurrency-safe record of entries that keeps the
// newest ones. Wait lets tests and API clients block until entries arrive
// instead of sleeping.
type Journal struct {
	mu      sync.Mutex
	limits  Limits
	ring    []Entry // n entries in arrival order from head; grows up to limits.Entries
	sizes   []int64 // sizes[i] is ring[i].Size(), so dropping one does not walk its headers
	head, n int
	bytes   int64
	nextID  int64
	resets  int64
	seq     *Sequence
	// changed is closed at the next Add or Reset; nil while nobody holds a
	// Mark, so a journal nobody waits on makes no channel per entry.
	changed chan struct{}
}

// NewJournal returns a journal that keeps at most limit entries
// (DefaultJournalSize when limit <= 0) and DefaultJournalBytes.
func NewJournal(limit int) *Journal { return NewBoundedJournal(Limits{Entries: limit}) }

// NewBoundedJournal returns a journal bounded by limits.
func NewBoundedJournal(limits Limits) *Journal {
	return &Journal{limits: limits.withDefaults(), nextID: 1, seq: &Sequence{}}
}

// ShareSequence makes the journal number its entries' Seq from seq, which
// other journals may share. Call it before the first Add.
func (j *Journal) ShareSequence(seq *Sequence) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.seq = seq
}

// Add records e, assigning its ID and Seq (and its Time when unset), and
// returns the stored copy. It drops the oldest entries beyond the limits.
// Under parallel load every request of a fake passes here: what does not
// need the lock (the time, the size) is done before taking it.
func (j *Journal) Add(e Entry) Entry {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	size := e.Size()
	j.mu.Lock()
	defer j.mu.Unlock()
	e.ID = j.nextID
	j.nextID++
	e.Seq = j.seq.last.Add(1)
	for j.n > 0 && (j.n >= j.limits.Entries || j.bytes+size > j.limits.Bytes) {
		j.dropOldestLocked()
	}
	j.growLocked()
	i := (j.head + j.n) % len(j.ring)
	j.ring[i], j.sizes[i] = e, size
	j.n++
	j.bytes += size
	j.notifyLocked()
	return e
}

func (j *Journal) dropOldestLocked() {
	j.bytes -= j.sizes[j.head]
	j.ring[j.head] = Entry{} // let the bodies go
	j.head = (j.head + 1) % len(j.ring)
	j.n--
}

// growLocked makes room for one more entry, doubling the ring (up to the
// limit) so an idle journal holds little.
func (j *Journal) growLocked() {
	if j.n < len(j.ring) {
		return
	}
	size := min(j.limits.Entries, max(16, 2*len(j.ring)))
	bigger, sizes := make([]Entry, size), make([]int64, size)
	for i := range j.n {
		k := (j.head + i) % len(j.ring)
		bigger[i], sizes[i] = j.ring[k], j.sizes[k]
	}
	j.ring, j.sizes, j.head = bigger, sizes, 0
}

// at is the i-th entry, oldest first; callers hold mu.
func (j *Journal) at(i int) *Entry { return &j.ring[(j.head+i)%len(j.ring)] }

// Entries returns the entries oldest first.
func (j *Journal) Entries() []Entry {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]Entry, j.n)
	for i := range j.n {
		out[i] = *j.at(i)
	}
	return out
}

// Len is how many entries the journal holds now.
func (j *Journal) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.n
}

// Bytes is how many bytes (as Entry.Size counts them) the journal holds.
func (j *Journal) Bytes() int64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.bytes
}

// Reset forgets every entry; IDs keep increasing.
func (j *Journal) Reset() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.ring, j.sizes, j.head, j.n, j.bytes = nil, nil, 0, 0, 0
	j.resets++
	j.notifyLocked()
}

// Scan calls visit with the entries whose Seq is above after and below
// before (before <= 0: no upper bound), newest first or oldest first,
// until visit returns false. visit runs under the journal's lock: it must
// be quick, must not call the journal, and must copy what it keeps. Only
// the entries in the range are visited, so reading what is new since a
// cursor costs what is new, not the whole journal.
func (j *Journal) Scan(after, before int64, newestFirst bool, visit func(*Entry) bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	lo := sort.Search(j.n, func(i int) bool { return j.at(i).Seq > after })
	hi := j.n
	if before > 0 {
		hi = sort.Search(j.n, func(i int) bool { return j.at(i).Seq >= before })
	}
	if newestFirst {
		for i := hi - 1; i >= lo; i-- {
			if !visit(j.at(i)) {
				return
			}
		}
		return
	}
	for i := lo; i < hi; i++ {
		if !visit(j.at(i)) {
			return
		}
	}
}

// Mark is where a journal stands: a reader that kept one learns from the
// next whether entries were dropped by Reset since.
type Mark struct {
	// Resets counts Reset calls over the journal's lifetime.
	Resets int64
	// Changed is closed at the next Add or Reset.
	Changed <-chan struct{}
}

// Mark returns where the journal stands now.
func (j *Journal) Mark() Mark {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.changed == nil {
		j.changed = make(chan struct{})
	}
	return Mark{Resets: j.resets, Changed: j.changed}
}

// WaitFor blocks until match holds for the journal's entries or ctx ends,
// and returns the entries it last saw. It re-checks after every change, so
// a caller never misses an entry that arrived between two looks. It copies
// the journal at every change: for a few entries in tests; a server's long
// polls read with Scan from a cursor instead.
func (j *Journal) WaitFor(ctx context.Context, match func([]Entry) bool) ([]Entry, error) {
	for {
		changed := j.Mark().Changed
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

// notifyLocked wakes whoever holds a Mark; the next Mark makes a new
// channel.
func (j *Journal) notifyLocked() {
	if j.changed != nil {
		close(j.changed)
		j.changed = nil
	}
}
