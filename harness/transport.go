package harness

import (
	"bytes"
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
type recorder struct {
	routes  []Route
	stubs   *stubs.Set
	allowed map[string]bool
	network http.RoundTripper

	mu        sync.Mutex
	exchanges []Exchange
	blocked   []string
	misses    []stubs.Miss
}

func (rec *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	body, err := readBody(req)
	if err != nil {
		return nil, err
	}
	route := rec.route(req)
	ex := Exchange{Method: req.Method, URL: req.URL.String(), Headers: flatHeaders(req.Header, len(body)), Body: clip(body)}
	if route != nil {
		ex.Provider = route.Provider
	}
	slot := rec.reserve(ex)
	resp, respBody, err := rec.dispatch(req, body, route)
	ex.Sent, ex.Upstream = rec.destination(req, route, resp)
	if err == nil && respBody == nil {
		// Over the network (or through real mode's proxy) the body is
		// read here, once, and handed to the hook from memory.
		respBody, err = io.ReadAll(io.LimitReader(resp.Body, 10<<20))
		resp.Body.Close()
		resp.Body = &bodyReader{Reader: *bytes.NewReader(respBody)}
	}
	if err == nil {
		ex.Status = resp.StatusCode
		ex.ResponseBody = clip(respBody)
	}
	if err != nil {
		ex.Error = err.Error()
	}
	ex.Duration = time.Since(start)
	ex.AfterCallback = emulator.CalledBack(req.Context())
	rec.mu.Lock()
	rec.exchanges[slot] = ex
	rec.mu.Unlock()
	return resp, err
}

// reserve keeps a place for an exchange in the order requests started,
// which is the order a hook author thinks in.
func (rec *recorder) reserve(ex Exchange) int {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	ex.Error = "no response before the run ended"
	ex.AfterCallback = true
	rec.exchanges = append(rec.exchanges, ex)
	return len(rec.exchanges) - 1
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

// snapshot returns the exchanges in the order they started and the
// blocked hosts, sorted and unique.
func (rec *recorder) snapshot() ([]Exchange, []string) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	exchanges := append([]Exchange(nil), rec.exchanges...)
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
