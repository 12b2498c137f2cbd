package fakeinfobip

import (
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

// Server is one fake Infobip account: an http.Handler with its own journal
// and faults. Servers share nothing; each is safe for concurrent use.
type Server struct {
	cfg       Config
	endpoints map[string]endpoint
	journal   *fakekit.Journal
	faults    *fakekit.Faults
}

var (
	_ http.Handler  = (*Server)(nil)
	_ provider.Fake = (*Server)(nil)
)

// New returns a fake configured by cfg; the zero Config accepts any
// well-formed credentials.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	return &Server{
		cfg:       cfg,
		endpoints: endpoints(),
		journal:   fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:    fakekit.NewFaults(cfg.Faults),
	}
}

// ServeHTTP answers r as Infobip would and journals the exchange, whatever
// the outcome.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := &call{Call: fakekit.CallOf(r, nil)}
	var rep reply
	if body, err := readBody(r, s.bodyLimit(r.URL.Path)); err != nil {
		rep = s.errorReply(c.Path, err)
	} else {
		c.Body = body
		rep = s.serve(r.Context(), c)
	}
	rep.write(w)
	s.record(c, rep)
}

// Check tells whether the fake would refuse a request, without journaling
// it: a recording proxy asks before it forwards a request to the real
// Infobip, so that an invalid one never leaves the machine. It runs the
// checks ServeHTTP runs but not the faults, which stand for Infobip
// misbehaving rather than the request being wrong. A request whose
// messages would all be rejected is refused too, since Infobip would not
// deliver any of them. path may carry a query string.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	c := newCheckCall(method, path, header, body)
	ep, err := s.prepare(c)
	var p parsed
	if err == nil {
		p, err = ep.parse(c.Body)
	}
	if err != nil {
		rep := s.errorReply(c.Path, err)
		return rep.status, rep.body, false
	}
	if results := s.judge(ep, p, false); !anyAccepted(results) {
		rep := s.answerReply(ep, p, results)
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
