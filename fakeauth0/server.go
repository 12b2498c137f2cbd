package fakeauth0

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

// maxBody bounds what the fake reads of a request body: far above any
// token request or user update, far below what could hurt.
const maxBody = 1 << 20

// Server is one fake tenant: an http.Handler with its users, journal and
// faults. Servers share nothing; each is safe for concurrent use.
type Server struct {
	cfg     Config
	key     [sha256.Size]byte
	journal *fakekit.Journal
	faults  *fakekit.Faults
	store   *store
}

var (
	_ http.Handler  = (*Server)(nil)
	_ provider.Fake = (*Server)(nil)
)

// New returns a fake tenant configured by cfg, or an error that names
// what in cfg is wrong.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg:     cfg,
		key:     signingKey(cfg),
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		store:   newStore(cfg.Users, cfg.IDs.Now()),
	}
	return s, nil
}

// signingKey derives the key tokens are signed with from the tenant's
// configuration: the same scenario issues the same tokens on every run
// (recordings replay), and a token of one tenant does not verify in
// another.
func signingKey(cfg Config) [sha256.Size]byte {
	var b strings.Builder
	b.WriteString("hookemu fakeauth0\x00" + cfg.Domain)
	for _, c := range cfg.Clients {
		b.WriteString("\x00" + c.ID + "\x00" + c.Secret)
	}
	return sha256.Sum256([]byte(b.String()))
}

// call is one request as the fake reads it.
type call struct {
	method, host, path, query string
	header                    http.Header
	body                      []byte
}

// reply is an answer before it is written.
type reply struct {
	status int
	header http.Header
	body   []byte
}

// ServeHTTP answers r as the tenant would and journals the exchange.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := &call{method: r.Method, host: r.Host, path: r.URL.EscapedPath(), query: r.URL.RawQuery, header: r.Header}
	if c.host == "" {
		c.host = r.URL.Host
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	var rep reply
	switch {
	case err != nil:
		rep = apiReply(apiErr(http.StatusBadRequest, "The request body could not be read", ""))
	case len(body) > maxBody:
		rep = apiReply(apiErr(http.StatusRequestEntityTooLarge, "Payload content length greater than maximum allowed: 1048576", ""))
	default:
		c.body = body
		rep = s.serve(r.Context(), c)
	}
	rep.write(w)
	s.journal.Add(fakekit.Entry{
		Time: s.cfg.IDs.Now(), Provider: Name, Method: c.method, Path: c.path, Query: c.query,
		Header: c.header.Clone(), Body: c.body, Status: rep.status, Response: rep.body,
		Accepted: rep.status >= 200 && rep.status < 300,
	})
}

// serve applies the faults in force, then answers.
func (s *Server) serve(ctx context.Context, c *call) reply {
	if f, ok := s.faults.Match(""); ok {
		if err := fakekit.Sleep(ctx, f.Delay); err != nil {
			return apiReply(apiErr(http.StatusServiceUnavailable, "The request was abandoned by the client", ""))
		}
		if f.Status != 0 {
			return faultReply(c.path, f)
		}
	}
	return s.answer(c)
}

// answer routes a request and answers it.
func (s *Server) answer(c *call) reply {
	if !s.servesHost(c.host) {
		return apiReply(apiErr(http.StatusNotFound, fmt.Sprintf("The tenant domain %s is not this tenant's (%s)",
			provider.CanonicalHost(c.host), s.describeDomains()), "inexistent_tenant"))
	}
	switch id, isUser := userID(c.path); {
	case c.path == "/oauth/token" && c.method == http.MethodPost:
		return s.token(c)
	case isUser && c.method == http.MethodGet:
		return s.getUser(c, id)
	case isUser && c.method == http.MethodPatch:
		return s.patchUser(c, id)
	default:
		return apiReply(apiErr(http.StatusNotFound, "Not Found", ""))
	}
}

// anyHost is a host the tenant answers on, for a request checked without
// one: "" when the tenant has no domain of its own, which it serves as
// any auth0.com domain.
func (s *Server) anyHost() string {
	switch {
	case s.cfg.Domain != "":
		return s.cfg.Domain
	case len(s.cfg.CustomDomains) > 0:
		return s.cfg.CustomDomains[0]
	default:
		return "" // any auth0.com domain: see servesHost and domainOf
	}
}

func (s *Server) describeDomains() string {
	return strings.Join(append([]string{s.cfg.Domain}, s.cfg.CustomDomains...), ", ")
}

// token answers POST /oauth/token.
func (s *Server) token(c *call) reply {
	tr, err := parseTokenRequest(c.header, c.body)
	if err == nil {
		var answer tokenAnswer
		if answer, err = s.grant(c.host, tr); err == nil {
			rep := jsonReply(http.StatusOK, answer)
			rep.header = http.Header{"Cache-Control": {"no-store"}, "Pragma": {"no-cache"}}
			return rep
		}
	}
	return reply{status: err.status, body: err.body()}
}

// faultReply answers a fault in the shape of the API the path belongs
// to.
func faultReply(path string, f fakekit.Fault) reply {
	msg := f.Message
	if msg == "" {
		msg = http.StatusText(f.Status)
	}
	if path == "/oauth/token" {
		e := &oauthError{status: f.Status, code: oauthCodeFor(f.Status), description: msg}
		return reply{status: f.Status, body: e.body()}
	}
	code := ""
	if f.Status == http.StatusTooManyRequests {
		code = "too_many_requests"
	}
	return apiReply(apiErr(f.Status, msg, code))
}

func oauthCodeFor(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return "too_many_attempts"
	case status >= 500:
		return "server_error"
	case status == http.StatusUnauthorized, status == http.StatusForbidden:
		return "access_denied"
	default:
		return "invalid_request"
	}
}

func apiReply(e *apiError) reply { return reply{status: e.status, body: e.body()} }

func jsonReply(status int, v any) reply { return reply{status: status, body: marshal(v)} }

func (rep reply) write(w http.ResponseWriter) {
	h := w.Header()
	for k, v := range rep.header {
		h[k] = v
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(rep.status)
	_, _ = w.Write(rep.body) // the client is gone if this fails; the journal still records the answer
}

// Check says whether the tenant would refuse a request, without
// journaling or changing anything. Faults do not apply.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	p, query, _ := strings.Cut(path, "?")
	c := &call{method: method, host: header.Get("Host"), path: p, query: query, header: header, body: body}
	if c.host == "" {
		c.host = s.anyHost()
	}
	rep := s.check(c)
	if rep.status >= 300 {
		return rep.status, rep.body, false
	}
	return http.StatusOK, nil, true
}

// check runs answer on a copy of the tenant, so an update is validated
// but not applied.
func (s *Server) check(c *call) reply {
	probe := *s
	probe.store = &store{users: map[string]map[string]any{}}
	if id, ok := userID(c.path); ok {
		if u, found := s.store.get(id); found {
			probe.store.users[id] = u
		}
	}
	return probe.answer(c)
}

// Journal is the record of every request this tenant received.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Reset forgets the journal and brings the users back to how they
// started.
func (s *Server) Reset() {
	s.journal.Reset()
	s.store.reset(s.cfg.IDs.Now())
}

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

// User returns the user with id as the Management API would show it.
func (s *Server) User(id string) (map[string]any, bool) { return s.store.get(id) }
