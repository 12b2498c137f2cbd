package fake8x8

import (
	"net/http"
	"time"

	"github.com/hookemu/hookemu/fakekit"
)

// Server is one fake 8x8 account: an http.Handler with its own messages,
// journal and faults. Construct as many as you like; they share nothing,
// and each is safe for concurrent use.
type Server struct {
	cfg Config
	// shown is the clock of the timestamps in answers and records.
	shown     func() time.Time
	countries countryTable
	journal   *fakekit.Journal
	faults    *fakekit.Faults
	store     *store
}

var _ http.Handler = (*Server)(nil)

// New returns a fake configured by cfg; the zero Config accepts any
// non-empty Bearer key and any well-formed subaccount id.
func New(cfg Config) *Server {
	cfg, shown := cfg.withDefaults()
	return &Server{
		cfg:     cfg,
		shown:   shown,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		store:   newStore(cfg.JournalSize, cfg.JournalBytes),
	}
}

// ServeHTTP answers r as 8x8 would and journals the exchange, whatever the
// outcome.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := &call{Call: fakekit.CallOf(r, nil)}
	var rep reply
	if body, err := readBody(r, s.bodyLimit(c)); err != nil {
		rep = s.errorReply(err)
	} else {
		c.Body = body
		rep = s.serve(r.Context(), c)
	}
	rep.write(w)
	s.record(c, rep)
}

// Check tells whether the fake would refuse a request, without journaling
// or storing anything: a recording proxy calls it before forwarding a
// request to the real 8x8, so that an invalid one never leaves the
// machine. It runs the same checks as ServeHTTP but not the faults, which
// simulate 8x8 misbehaving rather than the request being wrong, and it does
// not look umids up, since a real umid is unknown to the fake. path may
// carry a query string. ok requests get status 200 and no body.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	c := newCheckCall(method, path, header, body)
	err := s.prepare(c)
	if err == nil {
		_, err = c.ep.validate(s, c)
	}
	if err != nil {
		rep := s.errorReply(err)
		return rep.status, rep.body, false
	}
	return http.StatusOK, nil, true
}

// Journal is the record of every request this fake received.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Entries returns the journal's entries, oldest first.
func (s *Server) Entries() []fakekit.Entry { return s.journal.Entries() }

// Messages returns copies of the accepted messages, oldest first.
func (s *Server) Messages() []Message { return s.store.all() }

// Message returns the accepted message with umid.
func (s *Server) Message(umid string) (Message, bool) { return s.store.get(umid) }

// Reset forgets every journal entry and message and restores the balance,
// keeping the configuration and faults, so one fake can serve test after
// test.
func (s *Server) Reset() {
	s.journal.Reset()
	s.store.reset()
}

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

// Reseed makes the ids and timestamps of what follows derive from seed
// ("" for random ones and the real clock), as if the fake were new; a
// pooled fake is reseeded for each run. Tests' Now and NewID still win.
func (s *Server) Reseed(seed string) { s.cfg.IDs.Reseed(seed) }
