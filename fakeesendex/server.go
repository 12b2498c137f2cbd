package fakeesendex

import (
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

// Server is one fake Esendex login with its accounts: an http.Handler with
// its own journal and faults. Servers share nothing; each is safe for
// concurrent use.
type Server struct {
	cfg     Config
	journal *fakekit.Journal
	faults  *fakekit.Faults
}

var (
	_ http.Handler  = (*Server)(nil)
	_ provider.Fake = (*Server)(nil)
)

// New returns a fake configured by cfg; the zero Config accepts any login
// sending from any account reference.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	return &Server{
		cfg:     cfg,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
	}
}

// ServeHTTP answers r as Esendex would and journals the exchange, whatever
// the outcome.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := &call{Call: fakekit.CallOf(r, nil)}
	var rep reply
	if body, err := readBody(r); err != nil {
		rep = errorReply(c, err)
	} else {
		c.Body = body
		rep = s.serve(r.Context(), c)
	}
	rep.write(w)
	s.record(c, rep)
}

// Check tells whether the fake would refuse a request, without journaling
// it, so that a recording proxy never forwards one the real Esendex would
// refuse. Faults are not applied: they stand for Esendex misbehaving, not
// for the request being wrong. path may carry a query string.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	c := newCheckCall(method, path, header, body)
	d, err := s.prepare(c)
	if err == nil {
		err = checkMessages(d)
	}
	if err != nil {
		rep := errorReply(c, err)
		return rep.status, rep.body, false
	}
	return http.StatusOK, nil, true
}

// Journal is the record of every request this fake received.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Reset forgets every journal entry, keeping configuration and faults.
func (s *Server) Reset() { s.journal.Reset() }

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

// Reseed makes the ids of what follows derive from seed ("" for random
// ones), as if the fake were new.
func (s *Server) Reseed(seed string) { s.cfg.IDs.Reseed(seed) }
