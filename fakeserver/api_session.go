package fakeserver

import (
	"crypto/rand"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/emulator/runtimes"
)

// session is the answer of GET session: what a page served here needs to
// change state (the token), whether it may run code, and the runtimes
// the runner's "runtime" may name (emulator/runtimes, the one list, so
// that the runner's selector cannot offer another).
type session struct {
	Token    string   `json:"token"`
	Runner   bool     `json:"runner"`
	Runtimes []string `json:"runtimes"`
}

func (s *Server) getSession(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, session{Token: s.token, Runner: s.RunnerEnabled(), Runtimes: runtimes.Names()})
}

// Token is the session token a browser's state-changing request must
// carry in X-Hookemu-Token.
func (s *Server) Token() string { return s.token }

// RunnerEnabled says whether the runner endpoints run code: there is a
// runner, and the server is not public unless the runner was allowed.
func (s *Server) RunnerEnabled() bool {
	return s.runner != nil && (!s.cfg.Public || s.cfg.AllowRunner)
}

// runnerEndpoints are the API paths, under apiV1, that run code.
var runnerEndpoints = []string{"run", "check", "migrate", "diff"}

// routeRunner sends the runner's endpoints to Config.Runner: POST run,
// check, migrate and diff, which run code, and GET hooks, which lists
// the embedded hooks and runs nothing.
func (s *Server) routeRunner(mux *http.ServeMux) {
	for _, name := range runnerEndpoints {
		mux.HandleFunc("POST "+apiV1+name, s.serveRunner)
	}
	mux.HandleFunc("GET "+apiV1+"hooks", s.serveRunner)
}

func (s *Server) serveRunner(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.runner == nil:
		writeError(w, http.StatusNotFound, "this server has no runner; `hookemu serve` has one")
	case !s.RunnerEnabled() && r.Method != http.MethodGet:
		writeError(w, http.StatusForbidden, "the runner is off: it runs code, and this server was started with --public, "+
			"so anyone who reaches it could; restart with --allow-runner if that is what you want")
	default:
		s.runner.ServeHTTP(w, r)
	}
}

// uiRoot holds the pages' assets; the pages themselves are uiPaths.
const uiRoot = apiRoot + "ui/"

// isUIPath says whether path is one of the pages Config.UI serves: the
// inbox (/), the runner (/run) and a message (/messages/{id}).
func isUIPath(path string) bool {
	return path == "/" || path == "/run" || strings.HasPrefix(path, "/messages/")
}

func (s *Server) serveUI(w http.ResponseWriter, r *http.Request) {
	if s.cfg.UI == nil {
		writeError(w, http.StatusNotFound, "this server has no pages; `hookemu serve` has them")
		return
	}
	s.cfg.UI.ServeHTTP(w, r)
}

// newToken is a fresh session token of 256 random bits.
func newToken() string {
	return rand.Text() + rand.Text()
}
