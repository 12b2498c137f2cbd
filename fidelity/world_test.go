package fidelity

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/providers"
)

// runHeader names the run (case and side) a request belongs to. Both
// sides add it on the way to the loopback server, which strips it before
// recording, so no fake and no comparison ever sees it.
const runHeader = "X-Fidelity-Run"

// testHost is the host of the generic endpoints (testEndpoints): echo,
// status codes, slow answers, redirects.
const testHost = "fidelity.test"

// Sides of a run.
const (
	sideHookemu = "hookemu"
	sideNode    = "node"
)

// fixedNow is the clock of every fake, and the Date of every answer but
// SNS's, so both sides see the same bytes.
var fixedNow = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)

// Request is one request as the loopback server received it.
type Request struct {
	Method  string            `json:"method"`
	Host    string            `json:"host"`
	Path    string            `json:"path"`
	Query   string            `json:"query"`
	Headers map[string]string `json:"headers"`
	Body    string            `json:"body"`
}

// world is the loopback server both sides reach: it records each request
// under its run and hands it to that run's own fakes, so that no case can
// change what another sees and every run starts from the same state.
type world struct {
	server *httptest.Server

	mu       sync.Mutex
	configs  map[string]fakeConfig // by case id
	fakes    map[string]*runFakes  // by run id
	requests map[string][]Request  // by run id
	strays   []string              // requests that named no known run
}

// runFakes are one run's fakes: every registered provider's, built on
// first use from the case's configuration with one seed, so that both
// sides get the same ids and the same fixed clock, and a new provider's
// cases need nothing here.
type runFakes struct {
	set *providers.Set
}

// fakeSeed seeds every run's fakes alike.
const fakeSeed = "fidelity"

func startWorld(t *testing.T) *world {
	w := &world{configs: map[string]fakeConfig{}, fakes: map[string]*runFakes{}, requests: map[string][]Request{}}
	w.server = httptest.NewServer(w)
	t.Cleanup(w.server.Close)
	return w
}

// addr is the server's host:port.
func (w *world) addr() string { return strings.TrimPrefix(w.server.URL, "http://") }

func runID(caseID, side string) string { return caseID + "|" + side }

// register makes the case's fake configuration known before either side
// runs it.
func (w *world) register(caseID string, cfg fakeConfig) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.configs[caseID] = cfg
}

func (w *world) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	run := r.Header.Get(runHeader)
	r.Header.Del(runHeader)
	if r.URL.Path == "/__warm" && run == "" {
		return // the runner's first fetch, which creates undici's dispatcher
	}
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	fakes := w.record(run, r, body)
	host := strings.ToLower(hostname(r.Host))
	if registered(host) != fakesns.Name {
		// Not SNS's: AWS's SDKs correct their signing clock by an
		// answer's Date, and the fake SNS judges signatures by the real
		// clock, as SNS does.
		rw.Header().Set("Date", fixedNow.Format(http.TimeFormat))
	}
	switch {
	case fakes == nil:
		http.Error(rw, "fidelity: request without a known "+runHeader, http.StatusMisdirectedRequest)
	case registered(host) != "":
		fakes.set.Handler(registered(host)).ServeHTTP(rw, r)
	case host == testHost:
		testEndpoints.ServeHTTP(rw, r)
	default:
		http.Error(rw, "fidelity: no fake serves "+host, http.StatusMisdirectedRequest)
	}
}

// record keeps the request under its run and returns the run's fakes (nil
// for a request no run claims).
func (w *world) record(run string, r *http.Request, body []byte) *runFakes {
	path, query, _ := strings.Cut(r.RequestURI, "?")
	req := Request{Method: r.Method, Host: r.Host, Path: path, Query: query, Headers: recordedHeaders(r, len(body)), Body: string(body)}
	w.mu.Lock()
	defer w.mu.Unlock()
	caseID, _, _ := strings.Cut(run, "|")
	cfg, ok := w.configs[caseID]
	if !ok {
		w.strays = append(w.strays, fmt.Sprintf("%s %s%s (run %q)", r.Method, r.Host, r.RequestURI, run))
		return nil
	}
	w.requests[run] = append(w.requests[run], req)
	f := w.fakes[run]
	if f == nil {
		// readMeta decoded cfg with the registry, so NewSet takes it; were
		// it refused, every fake would answer 500 saying why.
		set, _ := providers.NewSet(providers.SetConfig{Configs: cfg, Seed: fakeSeed})
		f = &runFakes{set: set}
		w.fakes[run] = f
	}
	return f
}

// requestsOf returns what the run sent, in arrival order.
func (w *world) requestsOf(run string) []Request {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.requests[run])
}

func (w *world) strayRequests() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.strays)
}

// registered is the name of the registered provider serving host, or "".
func registered(host string) string {
	if p, ok := providers.ForHost(host); ok {
		return p.Name()
	}
	return ""
}

// ignoredHeaders are decided by the HTTP stack (Node's http or undici, Go's
// net/http), never by the library a case exercises, so they are not
// compared: Connection (keep-alive pooling), Keep-Alive, and the proxy
// headers no case sends.
var ignoredHeaders = map[string]bool{"Connection": true, "Keep-Alive": true, "Proxy-Connection": true}

// recordedHeaders is the header set as received, one string per name.
// Content-Length is kept only with a body: whether an empty POST says
// "Content-Length: 0" is up to the HTTP stack (Node says it for POST, PUT
// and PATCH; Go for DELETE and OPTIONS too), not the library.
func recordedHeaders(r *http.Request, bodyLen int) map[string]string {
	out := map[string]string{}
	for name, values := range r.Header {
		if ignoredHeaders[name] {
			continue
		}
		out[name] = strings.Join(values, ", ")
	}
	if bodyLen == 0 && out["Content-Length"] == "0" {
		delete(out, "Content-Length")
	}
	if len(r.TransferEncoding) > 0 {
		out["Transfer-Encoding"] = strings.Join(r.TransferEncoding, ", ")
	}
	return out
}

func hostname(hostport string) string {
	if i := strings.LastIndexByte(hostport, ':'); i >= 0 && !strings.Contains(hostport[i:], "]") {
		return hostport[:i]
	}
	return hostport
}

// sortedKeys lists a header map's names, for stable messages.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
