package harness

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/stubs"
)

// maxRecordedBody bounds what an exchange keeps of a body for the report;
// the hook and the fake still see all of it.
const maxRecordedBody = 256 << 10

// Route sends the requests for some hosts to a handler in-process, or,
// in real mode, through a transport (the recording proxy).
type Route struct {
	Provider  string
	Match     func(host string) bool
	Handler   http.Handler
	Transport http.RoundTripper
	// Upstream, in real mode, is the base URL the proxy sends to; nil
	// sends each request to the host it names.
	Upstream *url.URL
}

// upstreamOf is where real mode sends req: the route's upstream, or the
// scheme and host the hook addressed.
func (r *Route) upstreamOf(req *http.Request) string {
	if r.Upstream != nil {
		return r.Upstream.String()
	}
	return origin(req.URL)
}

// origin is the scheme and host of u, the base a request went to.
func origin(u *url.URL) string {
	return (&url.URL{Scheme: u.Scheme, Host: u.Host}).String()
}

// Exchange is one request the hook made and what came of it.
type Exchange struct {
	Provider      string            `json:"provider,omitempty"`
	Method        string            `json:"method"`
	URL           string            `json:"url"`
	Headers       map[string]string `json:"headers"`
	Body          string            `json:"body"`
	Status        int               `json:"status"`
	ResponseBody  string            `json:"response_body"`
	AfterCallback bool              `json:"after_callback"`
	// Sent says the request left the machine: to the real provider in
	// real mode (where it is billed), or to a host --allow-host let
	// through. Upstream is where it went, or in real mode would have gone
	// had the fake not refused it.
	Sent     bool   `json:"sent"`
	Upstream string `json:"upstream,omitempty"`
	// Error is why no response came back (blocked host, refused
	// connection, timeout).
	Error    string        `json:"error,omitempty"`
	Duration time.Duration `json:"-"`
}

// recorder is the RoundTripper of one run: it routes each request to a
// fake, to the network (allowed hosts only) or nowhere, and records it.
// Shims put a request on the record when the hook issues it (Issue), so
// the record has it even if the run ends before it gets here.
type recorder struct {
	routes  []Route
	stubs   *stubs.Set
	allowed map[string]bool
	network http.RoundTripper

	mu      sync.Mutex
	slots   []slot
	blocked []string
	misses  []stubs.Miss
}

var _ modules.Issuer = (*recorder)(nil)

// slot is one request's place on the record, in the order the hook
// issued them (or, for a request no shim issued, started them), which is
// the order a hook author thinks in.
type slot struct {
	ex Exchange
	// req is the request, by which an issued one is known when it comes
	// to RoundTrip (a pointer kept and compared, which costs no
	// allocation, where a context naming the slot would cost two).
	req *http.Request
	// route is where an issued request goes, found when it was issued.
	route *Route
	state slotState
}

type slotState uint8

const (
	slotIssued    slotState = iota // on the record, not at RoundTrip yet
	slotSending                    // in RoundTrip
	slotDone                       // answered, failed, or ended unsent
	slotWithdrawn                  // aborted before Node would have started it
)

// noResponse is the Error of a request the run ended before any answer
// (or failure) came back: still on its way, or not yet sent.
const noResponse = "no response before the run ended"

// Issue implements modules.Issuer: what is known of req before it is
// sent goes on the record now.
func (rec *recorder) Issue(req *http.Request, body []byte) {
	route := rec.route(req)
	ex := Exchange{Method: req.Method, URL: req.URL.String(), Headers: flatHeaders(req.Header, len(body)), Body: clip(body)}
	if route != nil {
		ex.Provider = route.Provider
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.slots = append(rec.slots, slot{ex: ex, req: req, route: route, state: slotIssued})
}

// Withdraw implements modules.Issuer.
func (rec *recorder) Withdraw(req *http.Request) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if i, ok := rec.issued(req); ok {
		rec.slots[i].state = slotWithdrawn
	}
}

// Unsent implements modules.Issuer.
func (rec *recorder) Unsent(req *http.Request, err error) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if i, ok := rec.issued(req); ok {
		rec.slots[i].ex.Error = failure(req.Context(), err)
		rec.slots[i].ex.AfterCallback = emulator.CalledBack(req.Context())
		rec.slots[i].state = slotDone
	}
}

// failure is why a request got no answer: err, or noResponse once the
// run is over, so that a request the run's end cut off reads alike
// whether its goroutine got here before the record was read or after.
func failure(ctx context.Context, err error) string {
	if emulator.RunOver(ctx) {
		return noResponse
	}
	return err.Error()
}

// issued is req's place on the record while it waits to be sent; the
// caller holds rec.mu. The latest requests are looked at first: a run
// makes few, and the one arriving is most often among the last issued.
func (rec *recorder) issued(req *http.Request) (int, bool) {
	for i := len(rec.slots) - 1; i >= 0; i-- {
		if rec.slots[i].req == req {
			return i, rec.slots[i].state == slotIssued
		}
	}
	return 0, false
}

func (rec *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	i, route, known := rec.claim(req)
	body, err := readBody(req)
	if err != nil {
		if known {
			rec.complete(i, Exchange{Error: failure(req.Context(), err), AfterCallback: emulator.CalledBack(req.Context())})
		}
		return nil, err
	}
	if !known {
		// Not issued through a shim: recorded as it starts.
		route = rec.route(req)
		ex := Exchange{Method: req.Method, URL: req.URL.String(), Headers: flatHeaders(req.Header, len(body)), Body: clip(body)}
		if route != nil {
			ex.Provider = route.Provider
		}
		i = rec.reserve(ex, req)
	}
	var out Exchange
	resp, respBody, err := rec.dispatch(req, body, route)
	out.Sent, out.Upstream = rec.destination(req, route, resp)
	if err == nil && respBody == nil {
		// Over the network (or through real mode's proxy) the body is
		// read here, once, and handed to the hook from memory.
		respBody, err = io.ReadAll(io.LimitReader(resp.Body, 10<<20))
		resp.Body.Close()
		resp.Body = &bodyReader{Reader: *bytes.NewReader(respBody)}
	}
	if err == nil {
		out.Status = resp.StatusCode
		out.ResponseBody = clip(respBody)
	}
	if err != nil {
		out.Error = failure(req.Context(), err)
	}
	out.Duration = time.Since(start)
	out.AfterCallback = emulator.CalledBack(req.Context())
	rec.complete(i, out)
	return resp, err
}

// claim takes an issued request's place on the record for RoundTrip,
// with the route found for it then.
func (rec *recorder) claim(req *http.Request) (int, *Route, bool) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	i, ok := rec.issued(req)
	if !ok {
		return 0, nil, false
	}
	rec.slots[i].state = slotSending
	return i, rec.slots[i].route, true
}

// reserve keeps a place for an exchange no shim issued, as it starts.
func (rec *recorder) reserve(ex Exchange, req *http.Request) int {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.slots = append(rec.slots, slot{ex: ex, req: req, state: slotSending})
	return len(rec.slots) - 1
}

// complete fills slot i with what came of its request: out's outcome
// fields, over what was known when it started.
func (rec *recorder) complete(i int, out Exchange) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	ex := &rec.slots[i].ex
	ex.Status, ex.ResponseBody, ex.Sent, ex.Upstream = out.Status, out.ResponseBody, out.Sent, out.Upstream
	ex.Error, ex.Duration, ex.AfterCallback = out.Error, out.Duration, out.AfterCallback
	rec.slots[i].state = slotDone
}

// route finds the stubs, fake (or real-mode proxy) serving the request's
// host. Stubs come first: the user wrote them for this very host, also in
// real mode, where a stubbed host is never sent to.
func (rec *recorder) route(req *http.Request) *Route {
	host := strings.ToLower(req.URL.Hostname())
	if rec.stubs != nil && rec.stubs.Serves(host) {
		return rec.stubRoute()
	}
	for i := range rec.routes {
		if rec.routes[i].Match(host) {
			return &rec.routes[i]
		}
	}
	return nil
}

// dispatch sends req where route says. An in-process handler's answer
// comes with its body (respBody); a transport's is left to read.
func (rec *recorder) dispatch(req *http.Request, body []byte, route *Route) (resp *http.Response, respBody []byte, err error) {
	host := strings.ToLower(req.URL.Hostname())
	req.Body = &bodyReader{Reader: *bytes.NewReader(body)}
	switch {
	case route != nil && route.Transport != nil:
		resp, err = route.Transport.RoundTrip(req)
		return resp, nil, err
	case route != nil:
		return serveInProcess(req, route.Handler)
	}
	if rec.allowed[host] && rec.network != nil {
		resp, err = rec.network.RoundTrip(req)
		return resp, nil, err
	}
	rec.mu.Lock()
	rec.blocked = append(rec.blocked, host)
	rec.mu.Unlock()
	// Exactly what a failed lookup gives, so the hook sees getaddrinfo
	// ENOTFOUND as it would with no network.
	return nil, nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

// StubProvider is the Provider of an exchange a stub answered.
const StubProvider = "stub"

// stubRoute sends a request to the stubs, and its near miss, if no stub
// matches, to the run's problems.
func (rec *recorder) stubRoute() *Route {
	return &Route{Provider: StubProvider, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.stubs.ServeHTTP(w, r.WithContext(stubs.WithMissRecorder(r.Context(), func(m stubs.Miss) {
			rec.mu.Lock()
			defer rec.mu.Unlock()
			rec.misses = append(rec.misses, m)
		})))
	})}
}

// destination says whether a dispatched request left the machine, and
// for where. In real mode the proxy marks an answer the fake gave in the
// provider's place (it was not sent); a transport error means it was.
func (rec *recorder) destination(req *http.Request, route *Route, resp *http.Response) (sent bool, upstream string) {
	switch {
	case route != nil && route.Transport != nil:
		sent = resp == nil || resp.Header.Get(fakekit.NotForwardedHeader) == ""
		return sent, route.upstreamOf(req)
	case route != nil:
		return false, ""
	case rec.allowed[strings.ToLower(req.URL.Hostname())] && rec.network != nil:
		return true, origin(req.URL)
	}
	return false, ""
}

func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	defer req.Body.Close()
	return fakekit.ReadSized(req.Body, req.ContentLength)
}

// flatHeaders is the header set as the server receives it, one string per
// name, with the Host and Content-Length the HTTP client adds.
func flatHeaders(h http.Header, bodyLen int) map[string]string {
	out := make(map[string]string, len(h)+2)
	for name, values := range h {
		// An empty User-Agent is how a shim (request, Node's http) keeps Go
		// from sending its own: none goes on the wire, so none is shown.
		if name == "User-Agent" && strings.Join(values, "") == "" {
			continue
		}
		out[name] = strings.Join(values, ", ")
	}
	if _, ok := out["Content-Length"]; !ok && bodyLen > 0 {
		out["Content-Length"] = strconv.Itoa(bodyLen)
	}
	return out
}

func clip(b []byte) string {
	if len(b) > maxRecordedBody {
		return string(b[:maxRecordedBody]) + "…(cut)"
	}
	return string(b)
}

// snapshot returns the exchanges in the order they were issued (a
// request still without an answer as in flight, after the callback if
// the hook had called back) and the blocked hosts, sorted and unique.
func (rec *recorder) snapshot() ([]Exchange, []string) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	exchanges := make([]Exchange, 0, len(rec.slots))
	for _, s := range rec.slots {
		switch s.state {
		case slotWithdrawn:
			continue
		case slotIssued, slotSending:
			s.ex.Error = noResponse
			s.ex.AfterCallback = emulator.CalledBack(s.req.Context())
		}
		exchanges = append(exchanges, s.ex)
	}
	seen := map[string]bool{}
	var hosts []string
	for _, h := range rec.blocked {
		if !seen[h] {
			seen[h] = true
			hosts = append(hosts, h)
		}
	}
	sort.Strings(hosts)
	return exchanges, hosts
}
