package faketwilio

import (
	"net/http"
	"slices"
	"time"

	"github.com/gorilla/mux"

	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: in journal entries, message ids, the
// scenario key faketwilio and the flag --upstream-twilio.
const Name = "twilio"

// Config is what a Server accepts. The zero Config accepts any well-formed
// credentials, sender and Verify service, so a hook runs out of the box;
// each field set makes the fake as strict as Twilio is for one account.
type Config struct {
	// AccountSID and AuthToken, when set, are the only Basic credentials
	// accepted (each is checked on its own).
	AccountSID string `json:"account_sid,omitempty" yaml:"account_sid,omitempty"`
	AuthToken  string `json:"auth_token,omitempty" yaml:"auth_token,omitempty"`
	// Numbers, when set, are the account's phone numbers: a From outside
	// them answers 21606 (messages) or 21210 (calls).
	Numbers []string `json:"numbers,omitempty" yaml:"numbers,omitempty"`
	// Services, when set, are the account's Verify service SIDs: any other
	// answers 404 20404.
	Services []string `json:"services,omitempty" yaml:"services,omitempty"`
	// Faults make the fake misbehave per destination; see the package doc.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize bounds the journal and each list of accepted requests
	// (fakekit.DefaultJournalSize when 0).
	JournalSize int `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	// JournalBytes bounds the bytes the journal and each list of accepted
	// requests hold (fakekit.DefaultJournalBytes when <= 0).
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where SIDs and the dates in answers and records come from:
	// seeded, every run of the same requests gets the same answers; nil is
	// unseeded IDs (random SIDs, the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
	// Now, when set, replaces IDs' clock, so tests can assert exact bodies
	// and let time pass.
	Now func() time.Time `json:"-" yaml:"-"`
}

// Server is the fake Twilio API. It is safe for concurrent use.
type Server struct {
	cfg     Config
	router  *mux.Router
	journal *fakekit.Journal
	faults  *fakekit.Faults
	store   *store
}

var _ http.Handler = (*Server)(nil)

// New returns a fake configured by cfg. It keeps its own copies of cfg's
// lists, so changing them afterwards changes nothing.
func New(cfg Config) *Server {
	cfg.Numbers = slices.Clone(cfg.Numbers)
	cfg.Services = slices.Clone(cfg.Services)
	if cfg.IDs == nil {
		cfg.IDs = fakekit.NewIDs(Name, "")
	}
	if cfg.Now == nil {
		cfg.Now = cfg.IDs.Now
	}
	limit := cfg.JournalSize
	if limit <= 0 {
		limit = fakekit.DefaultJournalSize
	}
	maxBytes := cfg.JournalBytes
	if maxBytes <= 0 {
		maxBytes = fakekit.DefaultJournalBytes
	}
	s := &Server{
		cfg:     cfg,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: limit, Bytes: maxBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		store:   newStore(limit, maxBytes),
	}
	s.router = s.newRouter()
	return s
}

// ServeHTTP answers one request to the Twilio API and journals it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.router.ServeHTTP(w, r)
}

// Journal is every request the fake received, accepted or rejected.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Entries returns the journal's entries, oldest first.
func (s *Server) Entries() []fakekit.Entry { return s.journal.Entries() }

// Messages returns copies of the messages accepted, oldest first.
func (s *Server) Messages() []Message { return s.store.allMessages() }

// Message returns a copy of the accepted message with sid.
func (s *Server) Message(sid string) (Message, bool) { return s.store.message(sid) }

// Calls returns copies of the calls accepted, oldest first.
func (s *Server) Calls() []Call { return s.store.allCalls() }

// Call returns a copy of the accepted call with sid.
func (s *Server) Call(sid string) (Call, bool) { return s.store.call(sid) }

// Verifications returns copies of the verification sends accepted, oldest
// first.
func (s *Server) Verifications() []Verification { return s.store.allVerifications() }

// Reset forgets everything received: the journal, the accepted requests and
// the pending verifications (so 60203 counting starts again). Faults and
// configuration stay.
func (s *Server) Reset() {
	s.journal.Reset()
	s.store.reset()
}

// Reseed makes the SIDs and dates of what follows derive from seed ("" for
// random ones and the real clock), as if the fake were new; a pooled fake
// is reseeded for each run. A test's Now still wins.
func (s *Server) Reseed(seed string) { s.cfg.IDs.Reseed(seed) }

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

func (s *Server) now() time.Time { return s.cfg.Now().UTC() }
