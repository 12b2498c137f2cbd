package fakevonage

import (
	"context"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// Paths of the API: the same send, answered in JSON or XML.
const (
	PathJSON = "/sms/json"
	PathXML  = "/sms/xml"
)

// Server is one fake Vonage account: an http.Handler with its own
// balance, journal and faults. Servers share nothing, and each is safe
// for concurrent use.
type Server struct {
	cfg     Config
	journal *fakekit.Journal
	faults  *fakekit.Faults
	account *account
}

var _ http.Handler = (*Server)(nil)

// New returns a fake configured by cfg; the zero Config accepts the
// documented demo key and secret.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	return &Server{
		cfg:     cfg,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		account: newAccount(*cfg.Balance),
	}
}

// call is one request as the fake reads it.
type call struct {
	fakekit.Call
}

// ServeHTTP answers r as Vonage would and journals the exchange, whatever
// the outcome.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := &call{Call: fakekit.CallOf(r, nil)}
	var rep reply
	body, err := readBody(r)
	if err != nil {
		rep = bare(http.StatusRequestEntityTooLarge)
	} else {
		c.Body = body
		rep = s.serve(r.Context(), c)
	}
	rep.write(w)
	s.record(c, rep)
}

// readBody is fakekit.ReadBody with this fake's answer to a body it will not
// take.
func readBody(r *http.Request) ([]byte, error) {
	body, tooLarge, err := fakekit.ReadBody(r, maxBodyBytes)
	if tooLarge {
		return nil, errTooLarge
	}
	return body, err
}

type bodyError string

func (e bodyError) Error() string { return string(e) }

const errTooLarge = bodyError("the request body is larger than 64 KiB")

// serve routes, applies faults, then checks and sends.
func (s *Server) serve(ctx context.Context, c *call) reply {
	format, status := route(c.Method, c.Path)
	if status != http.StatusOK {
		return bare(status)
	}
	p := readParams(c.Query, c.Header, c.Body)
	if r := s.authenticate(p, c.Header); r != nil {
		return refused(format, r)
	}
	if rep, done := s.applyFault(ctx, format, p["to"]); done {
		return rep
	}
	if r := s.checkMessage(p); r != nil {
		rep := refused(format, r)
		rep.destination = strings.TrimPrefix(p["to"], "+")
		return rep
	}
	parts, r := s.send(p)
	if r != nil {
		rep := refused(format, r)
		rep.destination = r.to
		return rep
	}
	return accepted(format, parts)
}

// route reads the answer's format from the path, or the HTTP status of a
// request the API has no answer for.
func route(method, path string) (format string, status int) {
	switch path {
	case PathJSON:
		format = formatJSON
	case PathXML:
		format = formatXML
	default:
		return "", http.StatusNotFound
	}
	if method != http.MethodPost && method != http.MethodGet {
		return "", http.StatusMethodNotAllowed
	}
	return format, http.StatusOK
}

// check runs every check a send must pass but the balance: credentials,
// parameters, the destination.
func (s *Server) check(p params, header http.Header) *refusal {
	if r := s.authenticate(p, header); r != nil {
		return r
	}
	return s.checkMessage(p)
}

// checkMessage checks the parameters and the destination.
func (s *Server) checkMessage(p params) *refusal {
	if r := validate(p); r != nil {
		return r
	}
	to := strings.TrimPrefix(p["to"], "+")
	if !routable(to) {
		return &refusal{status: StatusInvalidMessage, text: statusText(StatusInvalidMessage), to: to}
	}
	if len(s.cfg.Whitelist) > 0 && !s.whitelisted(to) {
		return &refusal{status: StatusNonWhitelisted, text: statusText(StatusNonWhitelisted), to: to}
	}
	return nil
}

func (s *Server) whitelisted(to string) bool {
	for _, n := range s.cfg.Whitelist {
		if fakekit.Digits(n) == to {
			return true
		}
	}
	return false
}

// record journals the exchange.
func (s *Server) record(c *call, rep reply) {
	e := c.Entry(Name, s.cfg.IDs.Now(), rep.status, rep.body)
	e.Destination, e.MessageID, e.Accepted = rep.destination, rep.messageID, rep.accepted
	s.journal.Add(e)
}

// Check tells whether the fake would refuse a request, without recording
// it or charging the balance: real mode asks before it forwards, since the
// user pays for what the real service takes. Faults are not applied: they
// simulate the service misbehaving, not the request being wrong. path may
// carry a query string. An accepted request gets 200 and no body.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	path, query, _ := strings.Cut(path, "?")
	format, st := route(method, path)
	if st != http.StatusOK {
		return st, nil, false
	}
	if len(body) > maxBodyBytes {
		return http.StatusRequestEntityTooLarge, nil, false
	}
	if r := s.check(readParams(query, header, body), header); r != nil {
		rep := refused(format, r)
		return rep.status, rep.body, false
	}
	return http.StatusOK, nil, true
}

// Journal is the record of every request this fake received.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Entries returns the journal's entries, oldest first.
func (s *Server) Entries() []fakekit.Entry { return s.journal.Entries() }

// Balance is what is left of the account's credit, in euros.
func (s *Server) Balance() string { return formatMoney(s.account.left()) }

// Reset forgets the journal and restores the balance, keeping the
// configuration and faults.
func (s *Server) Reset() {
	s.journal.Reset()
	s.account.reset()
}

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }
