package fakesns

import (
	"maps"
	"net/http"
	"sync"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/internal/sigv4"
)

// Server is the fake SNS Query API. It is safe for concurrent use.
type Server struct {
	cfg      Config
	verifier sigv4.Verifier
	journal  *fakekit.Journal
	faults   *fakekit.Faults

	mu       sync.Mutex
	messages []Message
	sms      map[string]string // the account's SMS attributes
}

var _ http.Handler = (*Server)(nil)

// New returns a fake configured by cfg; it keeps its own copies of cfg's
// lists and maps.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{
		cfg:     cfg,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		sms:     maps.Clone(cfg.SMSAttributes),
	}
	if s.sms == nil {
		s.sms = map[string]string{}
	}
	s.verifier = sigv4.Verifier{
		Service: "sns",
		Lookup:  cfg.lookup,
		Regions: cfg.servesRegion,
		Now:     cfg.Clock,
		AnyKey:  cfg.AnyKey,
	}
	return s
}

// Journal is every request the fake received, accepted or rejected.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Messages returns copies of the SMS messages accepted, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, len(s.messages))
	for i, m := range s.messages {
		out[i] = m.clone()
	}
	return out
}

// SMSAttributes returns a copy of the account's SMS settings.
func (s *Server) SMSAttributes() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.sms)
}

// Reset forgets what was received and the SMS settings set since New;
// ids keep increasing, faults and configuration stay.
func (s *Server) Reset() {
	s.journal.Reset()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = nil
	s.sms = maps.Clone(s.cfg.SMSAttributes)
	if s.sms == nil {
		s.sms = map[string]string{}
	}
}

// Reseed makes the ids of what follows derive from seed ("" for random).
func (s *Server) Reseed(seed string) { s.cfg.IDs.Reseed(seed) }

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

// store keeps an accepted message, dropping the oldest beyond the
// journal's bound.
func (s *Server) store(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	limit := s.cfg.JournalSize
	if limit <= 0 {
		limit = fakekit.DefaultJournalSize
	}
	if len(s.messages) >= limit {
		s.messages = append(s.messages[:0:0], s.messages[len(s.messages)-limit+1:]...)
	}
	s.messages = append(s.messages, m)
}
