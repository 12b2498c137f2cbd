package fakeserver

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// apiV1 is the prefix of the REST API.
const apiV1 = apiRoot + "api/v1/"

// newAPI routes the server's own endpoints; see the package doc.
func (s *Server) newAPI() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+apiRoot+"readyz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET "+apiV1+"messages", s.listMessages)
	mux.HandleFunc("DELETE "+apiV1+"messages", s.deleteMessages)
	mux.HandleFunc("GET "+apiV1+"messages/{id}", s.getMessage)
	mux.HandleFunc("GET "+apiV1+"wait", s.wait)
	mux.HandleFunc("GET "+apiV1+"faults", s.getFaults)
	mux.HandleFunc("PUT "+apiV1+"faults", s.putFaults)
	mux.HandleFunc("DELETE "+apiV1+"faults", s.deleteFaults)
	mux.HandleFunc("GET "+apiV1+"faults/{provider}", s.getProviderFaults)
	mux.HandleFunc("PUT "+apiV1+"faults/{provider}", s.putProviderFaults)
	mux.HandleFunc("DELETE "+apiV1+"faults/{provider}", s.deleteProviderFaults)
	s.routeStubs(mux)
	mux.HandleFunc("GET "+apiV1+"events", s.streamEvents)
	mux.HandleFunc("GET "+apiV1+"session", s.getSession)
	s.routeRunner(mux)
	mux.HandleFunc(uiRoot, s.serveUI)
	mux.HandleFunc(apiRoot, func(w http.ResponseWriter, r *http.Request) { s.noEndpoint(mux, w, r) })
	return mux
}

// noEndpoint answers what no route takes: 405 with Allow when the path
// exists for other methods, else 404 with the list of endpoints.
func (s *Server) noEndpoint(mux *http.ServeMux, w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, method := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = method
		if _, pattern := mux.Handler(probe); pattern != apiRoot {
			allowed = append(allowed, method)
		}
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s is not an endpoint; use %s",
			r.Method, r.URL.Path, strings.Join(allowed, " or ")))
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("%s is not an endpoint; the API is GET %sreadyz and, under %s: "+
		"GET messages, GET messages/{id|latest}, DELETE messages, GET wait?count=N, GET|PUT|DELETE faults[/{provider}], GET|POST|DELETE stubs, GET|DELETE stubs/{id}, GET|DELETE stubs/requests, GET events, GET session, GET hooks, POST run|check|migrate|diff",
		r.URL.Path, apiRoot, apiV1))
}

// Query parameter defaults and bounds.
const (
	defaultLimit       = 50
	defaultWaitTimeout = 10 * time.Second
	maxWaitTimeout     = 5 * time.Minute
)

// positiveInt reads a positive integer parameter, or def when absent.
func positiveInt(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%s=%q must be a positive whole number", name, v)
	}
	return n, nil
}

// waitTimeout reads ?timeout= as a Go duration ("5s", "500ms") or whole
// seconds ("5").
func waitTimeout(r *http.Request) (time.Duration, error) {
	v := r.URL.Query().Get("timeout")
	if v == "" {
		return defaultWaitTimeout, nil
	}
	d, err := time.ParseDuration(v)
	if n, nerr := strconv.Atoi(v); nerr == nil {
		d, err = time.Duration(n)*time.Second, nil
	}
	if err != nil || d <= 0 || d > maxWaitTimeout {
		return 0, fmt.Errorf("timeout=%q must be a duration such as 5s or 500ms, at most %s", v, maxWaitTimeout)
	}
	return d, nil
}
