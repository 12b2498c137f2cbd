package fake8x8

import (
	"sync"
	"time"
)

// Statuses of a stored message. The fake delivers nothing, so an accepted
// message stays QUEUED, the status 8x8's send answer gives it, until a
// DELETE cancels it while it is still scheduled.
const (
	StatusQueued    = "QUEUED"
	StatusCancelled = "CANCELLED"
)

// Message is one SMS the fake accepted, as 8x8 would hold it after
// resolving the encoding and counting the segments.
type Message struct {
	UMID         string `json:"umid"`
	SubAccountID string `json:"subAccountId"`
	// Destination is the international number without "+" (a national
	// number given with country is converted), as 8x8 answers it.
	Destination string `json:"destination"`
	Country     string `json:"country,omitempty"`
	Source      string `json:"source,omitempty"`
	// Text is the text as the request sent it; Truncated says 8x8 would
	// only deliver its first MaxSegments parts.
	Text      string `json:"text"`
	Truncated bool   `json:"truncated,omitempty"`
	// Encoding is the resolved one (GSM7 or UCS2), never AUTO.
	Encoding string `json:"encoding"`
	// Segments is the number of SMS parts billed, at most MaxSegments.
	Segments        int       `json:"segments"`
	ClientMessageID string    `json:"clientMessageId,omitempty"`
	BatchID         string    `json:"batchId,omitempty"`
	ClientBatchID   string    `json:"clientBatchId,omitempty"`
	Scheduled       time.Time `json:"scheduled,omitzero"`
	Expiry          time.Time `json:"expiry,omitzero"`
	DLRCallbackURL  string    `json:"dlrCallbackUrl,omitempty"`
	ClientIP        string    `json:"clientIp,omitempty"`
	Track           string    `json:"track,omitempty"`
	Status          string    `json:"status"`
	CreatedAt       time.Time `json:"createdAt"`
	// UpdatedAt is when Status last changed.
	UpdatedAt time.Time `json:"updatedAt"`
}

// pending reports whether m is scheduled for later than now and not
// cancelled, the only messages a DELETE can still stop.
func (m Message) pending(now time.Time) bool {
	return m.Status == StatusQueued && m.Scheduled.After(now)
}

// size is roughly the bytes m holds, for the store's byte bound.
func (m *Message) size() int64 {
	const fixed = 256 // the struct and its times
	return int64(fixed + len(m.UMID) + len(m.SubAccountID) + len(m.Destination) + len(m.Country) +
		len(m.Source) + len(m.Text) + len(m.ClientMessageID) + len(m.BatchID) + len(m.ClientBatchID) +
		len(m.DLRCallbackURL) + len(m.ClientIP) + len(m.Track))
}

// store keeps the accepted messages, oldest evicted first beyond limit
// messages or maxBytes, so a long-lived fake does not grow without bound.
type store struct {
	mu       sync.Mutex
	limit    int
	maxBytes int64
	bytes    int64
	byID     map[string]*Message
	order    []string
	spent    int64 // micro-dollars charged since the last reset
}

func newStore(limit int, maxBytes int64) *store {
	return &store{limit: limit, maxBytes: maxBytes, byID: make(map[string]*Message)}
}

// add stores messages in order and charges their segments. The copies
// and their sizes are made before taking the lock, which every send of a
// parallel load passes.
func (s *store) add(msgs ...Message) {
	own := append([]Message(nil), msgs...)
	var bytes, spent int64
	for i := range own {
		bytes += own[i].size()
		spent += int64(own[i].Segments) * pricePerSMSMicros
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range own {
		s.byID[own[i].UMID] = &own[i]
		s.order = append(s.order, own[i].UMID)
	}
	s.bytes += bytes
	s.spent += spent
	for len(s.order) > s.limit || (len(s.order) > 1 && s.bytes > s.maxBytes) {
		s.bytes -= s.byID[s.order[0]].size()
		delete(s.byID, s.order[0])
		s.order = s.order[1:]
	}
}

func (s *store) get(umid string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.byID[umid]
	if !ok {
		return Message{}, false
	}
	return *m, true
}

func (s *store) all() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, *s.byID[id])
	}
	return out
}

// cancel marks every message that match selects and that is pending at
// now as cancelled at shown, refunds it, and returns how many it
// cancelled.
func (s *store) cancel(now, shown time.Time, match func(Message) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, id := range s.order {
		m := s.byID[id]
		if !m.pending(now) || !match(*m) {
			continue
		}
		m.Status, m.UpdatedAt = StatusCancelled, shown.UTC()
		s.spent -= int64(m.Segments) * pricePerSMSMicros
		n++
	}
	return n
}

// hasBatch reports whether any stored message belongs to batchID.
func (s *store) hasBatch(subAccountID, batchID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.byID {
		if m.BatchID == batchID && m.SubAccountID == subAccountID {
			return true
		}
	}
	return false
}

func (s *store) spentMicros() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.spent
}

func (s *store) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byID = make(map[string]*Message)
	s.order = nil
	s.bytes = 0
	s.spent = 0
}
