package faketelesign

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// maxBodyBytes bounds a request body: TeleSign's largest field is a
// 1600-character message, which even percent-encoded fits many times.
const maxBodyBytes = 64 << 10

// statusClientClosed is journaled when the client gave up while a delay
// fault held its request (nginx's 499; TeleSign never sends it).
const statusClientClosed = 499

// Server is one fake TeleSign account: an http.Handler answering the
// Messaging and SMS Verify APIs, with its own journal, faults and
// transactions. Servers share nothing; each is safe for concurrent use.
type Server struct {
	cfg     Config
	journal *fakekit.Journal
	faults  *fakekit.Faults
	store   *store
}

var _ http.Handler = (*Server)(nil)

// New returns a fake configured by cfg; the zero Config accepts any
// well-formed credentials.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	return &Server{
		cfg:     cfg,
		journal: fakekit.NewBoundedJournal(fakekit.Limits{Entries: cfg.JournalSize, Bytes: cfg.JournalBytes}),
		faults:  fakekit.NewFaults(cfg.Faults),
		store:   newStore(cfg.JournalSize),
	}
}

// exchange is one request as the rules see it, from ServeHTTP or Check.
type exchange struct {
	method, path string
	header       http.Header
	body         []byte
	tooLarge     bool
	query        url.Values
	form         url.Values
	route        route
}

// outcome is the answer to an exchange.
type outcome struct {
	status  int
	payload any
	// ref is the transaction created or read; accepted says a message was
	// taken for delivery.
	ref      string
	accepted bool
	// abandoned says the client left during a fault's delay.
	abandoned bool
}

// ServeHTTP answers r as TeleSign would and journals the exchange,
// whatever the outcome.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	x := &exchange{method: r.Method, path: r.URL.Path, header: r.Header, query: r.URL.Query()}
	var readErr error
	x.body, x.tooLarge, readErr = fakekit.ReadBody(r, maxBodyBytes)
	var o outcome
	if readErr != nil {
		x.route = routeOf(x.method, x.path)
		o = s.refuse(x, badRequest())
	} else {
		o = s.evaluate(r.Context(), x, true)
	}
	response := write(w, o)
	s.journal.Add(fakekit.Entry{
		Time:        s.cfg.IDs.Now(),
		Provider:    Name,
		Method:      r.Method,
		Path:        r.URL.Path,
		Query:       r.URL.RawQuery,
		Header:      r.Header.Clone(),
		Body:        x.body,
		Status:      o.status,
		Response:    response,
		Destination: x.form.Get("phone_number"),
		MessageID:   o.ref,
		Accepted:    o.accepted,
	})
}

// Check says whether the fake would refuse a request, without journaling
// or storing it: real mode asks before forwarding, so a request TeleSign
// would refuse never leaves the machine. Faults do not apply (they stand
// for TeleSign misbehaving, not the request being wrong), and reference
// ids are not looked up (a real one is unknown to the fake). path may
// carry a query string.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	path, rawQuery, _ := strings.Cut(path, "?")
	query, _ := url.ParseQuery(rawQuery) // a query that does not decode keeps what does
	x := &exchange{method: method, path: path, header: header, query: query, body: body, tooLarge: len(body) > maxBodyBytes}
	o := s.evaluate(context.Background(), x, false)
	if o.status >= http.StatusBadRequest {
		return o.status, encodeJSON(o.payload), false
	}
	return http.StatusOK, nil, true
}

// evaluate runs the rules in a fixed order (the route, the body's size,
// the credentials, the faults of live requests, then the endpoint's own
// rules), so a request with several mistakes always gets the same answer.
func (s *Server) evaluate(ctx context.Context, x *exchange, live bool) outcome {
	x.route = routeOf(x.method, x.path)
	x.form = parseForm(x.body)
	switch {
	case x.route.refusal != nil:
		return s.refuse(x, *x.route.refusal)
	case x.tooLarge:
		return s.refuse(x, tooLarge())
	}
	if r := s.authenticate(x); r != nil {
		return s.refuse(x, *r)
	}
	if live && x.route.kind == sending {
		if o, done := s.applyFault(ctx, x); done {
			return o
		}
	}
	return x.route.handle(s, x, live)
}

// applyFault serves the fault for the request's phone number, if any:
// its delay, then its refusal when it names a status or a code.
func (s *Server) applyFault(ctx context.Context, x *exchange) (outcome, bool) {
	fault, ok := s.faults.Match(x.form.Get("phone_number"))
	if !ok {
		return outcome{}, false
	}
	if err := fakekit.Sleep(ctx, fault.Delay); err != nil {
		return outcome{status: statusClientClosed, abandoned: true}, true
	}
	if fault.Status == 0 && fault.Code == 0 {
		return outcome{}, false
	}
	return s.refuse(x, faultRefusal(fault)), true
}

// parseForm reads a form body leniently, as TeleSign does: pairs that do
// not decode are skipped, and a body that is no form at all (JSON, say)
// simply lacks the required parameters.
func parseForm(body []byte) url.Values {
	form, _ := url.ParseQuery(string(body)) // ParseQuery keeps every pair it can decode
	if form == nil {
		form = url.Values{}
	}
	return form
}

// Journal is every request the fake received, accepted or refused.
func (s *Server) Journal() *fakekit.Journal { return s.journal }

// Entries returns the journal's entries, oldest first.
func (s *Server) Entries() []fakekit.Entry { return s.journal.Entries() }

// Transactions returns copies of the accepted messages and verifications,
// oldest first.
func (s *Server) Transactions() []Transaction { return s.store.all() }

// Transaction returns the accepted transaction with reference id ref.
func (s *Server) Transaction(ref string) (Transaction, bool) { return s.store.get(ref) }

// Reset forgets every journal entry and transaction, keeping the
// configuration and faults.
func (s *Server) Reset() {
	s.journal.Reset()
	s.store.reset()
}

// SetFaults replaces the faults in force.
func (s *Server) SetFaults(faults []fakekit.Fault) { s.faults.Set(faults) }

// Faults returns a copy of the faults in force.
func (s *Server) Faults() []fakekit.Fault { return s.faults.List() }

// Reseed makes the ids, codes and times of what follows derive from seed
// ("" for random ones and the real clock), as if the fake were new.
func (s *Server) Reseed(seed string) { s.cfg.IDs.Reseed(seed) }
