package stubs

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// Set holds stubs by host and answers requests with them: an
// http.Handler that a harness routes stubbed hosts to, and that serve
// mounts. Safe for concurrent use.
type Set struct {
	mu    sync.RWMutex
	stubs []Stub
	seq   int // order of adding, for priority ties
	ids   int // the last id the set gave
}

var _ http.Handler = (*Set)(nil)

// NewSet returns a set holding the given stubs, added in order.
func NewSet(stubs ...Stub) (*Set, error) {
	s := &Set{}
	if _, err := s.Add(stubs...); err != nil {
		return nil, err
	}
	return s, nil
}

// Add adds stubs after those the set holds, so among equal priorities
// they win. A stub whose id the set already holds replaces that stub.
// It returns the stubs as added, with their ids.
func (s *Set) Add(stubs ...Stub) ([]Stub, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.stubs)+len(stubs) > MaxStubs {
		return nil, fmt.Errorf("a set holds at most %d stubs; delete some first", MaxStubs)
	}
	added := make([]Stub, 0, len(stubs))
	for _, st := range stubs {
		if st.Host == "" {
			return added, fmt.Errorf("the stub names no host; give it request.host")
		}
		if st.ID == "" {
			s.ids++
			st.ID = fmt.Sprintf("stub-%d", s.ids)
		}
		s.deleteLocked(st.ID)
		s.seq++
		st.seq = s.seq
		st.Response.BodyText = string(st.Response.Body)
		st.Response.DelayMS = st.Response.Delay.Milliseconds()
		s.stubs = append(s.stubs, st)
		added = append(added, st)
	}
	return added, nil
}

// List returns the stubs in the order they were added.
func (s *Set) List() []Stub {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]Stub(nil), s.stubs...)
}

// Delete removes the stub with the id, and says whether there was one.
func (s *Set) Delete(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.deleteLocked(id)
}

func (s *Set) deleteLocked(id string) bool {
	for i := range s.stubs {
		if s.stubs[i].ID == id {
			s.stubs = append(s.stubs[:i], s.stubs[i+1:]...)
			return true
		}
	}
	return false
}

// Reset removes every stub.
func (s *Set) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stubs = nil
}

// Serves says whether some stub answers for host.
func (s *Set) Serves(host string) bool {
	host = hostOnly(host)
	s.mu.RLock()
	defer s.mu.RUnlock()
	for i := range s.stubs {
		if s.stubs[i].Host == host {
			return true
		}
	}
	return false
}

// Hosts lists the stubbed hosts, sorted.
func (s *Set) Hosts() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	seen := map[string]bool{}
	var hosts []string
	for _, st := range s.stubs {
		if !seen[st.Host] {
			seen[st.Host] = true
			hosts = append(hosts, st.Host)
		}
	}
	sort.Strings(hosts)
	return hosts
}

// candidates are the stubs for host, the winner first: lowest priority
// number, then the latest added.
func (s *Set) candidates(host string) []Stub {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Stub
	for _, st := range s.stubs {
		if st.Host == host {
			out = append(out, st)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority < out[j].Priority
		}
		return out[i].seq > out[j].seq
	})
	return out
}

// ServeHTTP answers with the winning stub for the request's host, or, if
// none matches, with a 404 whose body is the near-miss report (and tells
// the request's miss recorder, see WithMissRecorder).
func (s *Set) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	in, err := readIncoming(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	cands := s.candidates(in.host)
	for i := range cands {
		if matches(cands[i].compare(in)) {
			respond(w, r, &cands[i])
			return
		}
	}
	miss := nearMiss(in, cands)
	if record, ok := r.Context().Value(missKey{}).(func(Miss)); ok {
		record(miss)
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	io.WriteString(w, miss.Report)
}

// respond sends the stub's answer after its delay; the request's context
// (the run's time limit) ends the delay sooner.
func respond(w http.ResponseWriter, r *http.Request, st *Stub) {
	if d := st.Response.Delay; d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return
		}
	}
	for name, values := range st.Response.Headers {
		w.Header()[name] = append([]string(nil), values...)
	}
	// WireMock names the stub that answered in this header.
	w.Header().Set("Matched-Stub-Id", st.ID)
	w.WriteHeader(st.Response.Status)
	w.Write(st.Response.Body)
}

type missKey struct{}

// WithMissRecorder returns a context under which a request that reaches
// the set and matches no stub calls record with the near miss: how a run
// learns of misses to report them as problems.
func WithMissRecorder(ctx context.Context, record func(Miss)) context.Context {
	return context.WithValue(ctx, missKey{}, record)
}

// incoming is the request as the matchers see it.
type incoming struct {
	host, method, uri, path string
	query                   url.Values
	header                  http.Header
	body                    []byte
}

func readIncoming(r *http.Request) (*incoming, error) {
	in := &incoming{
		host: hostOnly(r.Host), method: r.Method, uri: r.URL.RequestURI(),
		path: r.URL.EscapedPath(), query: r.URL.Query(), header: r.Header,
	}
	if in.host == "" {
		in.host = hostOnly(r.URL.Host)
	}
	if in.path == "" {
		in.path = "/"
	}
	if r.Body != nil {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBody+1))
		if err != nil {
			return nil, fmt.Errorf("reading the request body: %w", err)
		}
		if len(body) > maxRequestBody {
			return nil, fmt.Errorf("the request body is over the stubs' limit of %d bytes", maxRequestBody)
		}
		in.body = body
	}
	return in, nil
}

func hostOnly(hostport string) string {
	h := hostport
	if host, _, err := net.SplitHostPort(hostport); err == nil {
		h = host
	}
	return strings.TrimSuffix(strings.ToLower(h), ".")
}
