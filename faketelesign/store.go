package faketelesign

import (
	"strings"
	"sync"
	"time"
)

// Transaction is one message or verification the fake accepted.
type Transaction struct {
	ReferenceID string
	// Verify says it came through SMS Verify rather than Messaging.
	Verify      bool
	PhoneNumber string
	// Text is what the phone shows: Messaging's message, or Verify's
	// template (or TeleSign's default one) with the code in place of
	// $$CODE$$.
	Text        string
	MessageType string
	// VerifyCode is Verify's code: the hook's verify_code, or the one the
	// fake made up as TeleSign does.
	VerifyCode string
	ExternalID string
	Created    time.Time
}

// store keeps the newest accepted transactions, so a status read finds
// them; it forgets the oldest beyond its limit.
type store struct {
	mu    sync.Mutex
	limit int
	order []string
	byRef map[string]Transaction
}

func newStore(limit int) *store {
	return &store{limit: limit, byRef: map[string]Transaction{}}
}

func (s *store) add(t Transaction) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.order) >= s.limit {
		delete(s.byRef, s.order[0])
		s.order = s.order[1:]
	}
	s.order = append(s.order, t.ReferenceID)
	s.byRef[t.ReferenceID] = t
}

// get finds a transaction by reference id, in either case.
func (s *store) get(ref string) (Transaction, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.byRef[strings.ToUpper(ref)]
	return t, ok
}

func (s *store) all() []Transaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Transaction, 0, len(s.order))
	for _, ref := range s.order {
		out = append(out, s.byRef[ref])
	}
	return out
}

func (s *store) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.order, s.byRef = nil, map[string]Transaction{}
}
