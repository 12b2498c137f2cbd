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

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeauth0"
	"github.com/hookemu/hookemu/fakeesendex"
	"github.com/hookemu/hookemu/fakeinfobip"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketelesign"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/hookemu/hookemu/provider"
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

// fixedNow is the clock of every fake, and the Date of every answer, so
// both sides see the same bytes.
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

type runFakes struct {
	once8x8, onceTwilio, onceTeleSign, onceAuth0 sync.Once
	onceInfobip, onceEsendex                     sync.Once
	onceVonage                                   sync.Once
	vonage                                       *fakevonage.Server
	f8x8                                         *fake8x8.Server
	twilio                                       *faketwilio.Server
	telesign                                     *faketelesign.Server
	auth0                                        http.Handler
	infobip                                      *fakeinfobip.Server
	esendex                                      *fakeesendex.Server
	cfg                                          fakeConfig
}

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
	rw.Header().Set("Date", fixedNow.Format(http.TimeFormat))
	host := strings.ToLower(hostname(r.Host))
	switch {
	case fakes == nil:
		http.Error(rw, "fidelity: request without a known "+runHeader, http.StatusMisdirectedRequest)
	case slices.Contains(fake8x8.Hosts(), host):
		fakes.get8x8().ServeHTTP(rw, r)
	case faketwilio.IsHost(host):
		fakes.getTwilio().ServeHTTP(rw, r)
	case provider.MatchesAny(faketelesign.Provider{}.Hosts(), host):
		fakes.getTeleSign().ServeHTTP(rw, r)
	case provider.MatchesAny(fakeauth0.Provider{}.Hosts(), host):
		fakes.getAuth0().ServeHTTP(rw, r)
	case provider.MatchesAny(fakeinfobip.Provider{}.Hosts(), host):
		fakes.getInfobip().ServeHTTP(rw, r)
	case provider.MatchesAny(fakeesendex.Provider{}.Hosts(), host):
		fakes.getEsendex().ServeHTTP(rw, r)
	case provider.MatchesAny(fakevonage.Provider{}.Hosts(), host):
		fakes.getVonage().ServeHTTP(rw, r)
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
		f = &runFakes{cfg: cfg}
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

func (f *runFakes) get8x8() *fake8x8.Server {
	f.once8x8.Do(func() {
		cfg := f.cfg.F8x8
		n := 0
		var mu sync.Mutex
		cfg.Now = func() time.Time { return fixedNow }
		cfg.NewID = func() string {
			mu.Lock()
			defer mu.Unlock()
			n++
			return fmt.Sprintf("00000000-0000-4000-8000-%012d", n)
		}
		f.f8x8 = fake8x8.New(cfg)
	})
	return f.f8x8
}

func (f *runFakes) getTwilio() *faketwilio.Server {
	f.onceTwilio.Do(func() {
		cfg := f.cfg.Twilio
		cfg.Now = func() time.Time { return fixedNow }
		f.twilio = faketwilio.New(cfg)
	})
	return f.twilio
}

// getVonage is the run's fake Vonage account, its message ids from one
// seed, so both sides see the same ids.
func (f *runFakes) getVonage() *fakevonage.Server {
	f.onceVonage.Do(func() {
		cfg := f.cfg.Vonage
		cfg.IDs = fakekit.NewIDs(fakevonage.Name, "fidelity")
		f.vonage = fakevonage.New(cfg)
	})
	return f.vonage
}

// getTeleSign is the run's fake TeleSign, its ids and times from one seed,
// so both sides see the same reference ids and updated_on.
func (f *runFakes) getTeleSign() *faketelesign.Server {
	f.onceTeleSign.Do(func() {
		cfg := f.cfg.TeleSign
		cfg.IDs = fakekit.NewIDs(faketelesign.Name, "fidelity")
		cfg.Clock = func() time.Time { return fixedNow }
		f.telesign = faketelesign.New(cfg)
	})
	return f.telesign
}

// getAuth0 builds the run's tenant, seeded so that both sides get the
// same tokens; a configuration the tenant refuses answers 500 saying so.
func (f *runFakes) getAuth0() http.Handler {
	f.onceAuth0.Do(func() {
		cfg := f.cfg.Auth0
		cfg.IDs = fakekit.NewIDs(fakeauth0.Name, "fidelity")
		tenant, err := fakeauth0.New(cfg)
		if err != nil {
			f.auth0 = http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) {
				http.Error(rw, "fidelity: fakeauth0 config: "+err.Error(), http.StatusInternalServerError)
			})
			return
		}
		f.auth0 = tenant
	})
	return f.auth0
}

// getInfobip is the run's fake Infobip, its ids from one seed, so both
// sides see the same message and bulk ids.
func (f *runFakes) getInfobip() *fakeinfobip.Server {
	f.onceInfobip.Do(func() {
		cfg := f.cfg.Infobip
		cfg.IDs = fakekit.NewIDs(fakeinfobip.Name, "fidelity")
		f.infobip = fakeinfobip.New(cfg)
	})
	return f.infobip
}

// getEsendex is the run's fake Esendex, its ids from one seed, so both
// sides see the same batch and message ids.
func (f *runFakes) getEsendex() *fakeesendex.Server {
	f.onceEsendex.Do(func() {
		cfg := f.cfg.Esendex
		cfg.IDs = fakekit.NewIDs(fakeesendex.Name, "fidelity")
		f.esendex = fakeesendex.New(cfg)
	})
	return f.esendex
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
