package fakeserver

import (
	"crypto/subtle"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// TokenHeader carries the session token (GET session) on a browser's
// state-changing request.
const TokenHeader = "X-Hookemu-Token"

// hostServed says whether r names this server in its Host header: a
// loopback name (127.0.0.1, localhost, [::1]), the address the connection
// came in on, or one of Config.Hosts, with any port (a container's port
// may be mapped). A page from another site that made its own name resolve
// to this machine (DNS rebinding) sends that name, so it is refused. A
// request not served over a network (a Go test calling ServeHTTP) has no
// address to compare and passes.
func (s *Server) hostServed(r *http.Request) bool {
	local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if !ok {
		return true
	}
	host := hostname(r.Host)
	if IsLoopbackHost(host) {
		return true
	}
	if localHost, _, err := net.SplitHostPort(local.String()); err == nil && strings.EqualFold(host, localHost) {
		return true
	}
	for _, h := range s.cfg.Hosts {
		if strings.EqualFold(host, hostname(h)) {
			return true
		}
	}
	return false
}

// hostname is a Host header without its port and brackets.
func hostname(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

// refuseForeignHost answers 421 when r does not name this server.
func (s *Server) refuseForeignHost(w http.ResponseWriter, r *http.Request) bool {
	if s.hostServed(r) {
		return false
	}
	writeError(w, http.StatusMisdirectedRequest, fmt.Sprintf("this server does not answer to the host name %q on its pages and API: "+
		"reach it as 127.0.0.1 or localhost, or start it with --host %s to allow that name", r.Host, hostname(r.Host)))
	return true
}

// refuseRebound is refuseForeignHost for the REST API, whose programs
// (a backend in docker-compose reaching the server as "hookemu:8025")
// name it as they please: DNS rebinding is a browser's attack, so the
// Host is checked on what a browser sends (Origin, Sec-Fetch-*) and,
// always, on the session, whose token is what a rebound page would be
// after.
func (s *Server) refuseRebound(w http.ResponseWriter, r *http.Request) bool {
	if !fromBrowser(r) && r.URL.Path != apiV1+"session" {
		return false
	}
	return s.refuseForeignHost(w, r)
}

// fromBrowser says whether r carries the headers only browsers send.
func fromBrowser(r *http.Request) bool {
	return r.Header.Get("Origin") != "" || r.Header.Get("Sec-Fetch-Site") != "" || r.Header.Get("Sec-Fetch-Mode") != ""
}

// changesState says whether a request of this method may change what the
// server holds.
func changesState(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// refuseCrossSite answers 403 to a browser's state-changing request that
// another site made, or that lacks the session token: a browser says
// where a request comes from (Origin, Sec-Fetch-Site), and only a page
// served here can read the token. Programs send neither header and keep
// working without a token.
func (s *Server) refuseCrossSite(w http.ResponseWriter, r *http.Request) bool {
	if !changesState(r.Method) {
		return false
	}
	origin, site := r.Header.Get("Origin"), r.Header.Get("Sec-Fetch-Site")
	if origin == "" && site == "" {
		return false
	}
	if problem := crossSiteProblem(r, origin, site); problem != "" {
		writeError(w, http.StatusForbidden, problem+"; the pages served here may change state, other sites may not "+
			"(a program that sends no Origin header needs no token)")
		return true
	}
	if subtle.ConstantTimeCompare([]byte(r.Header.Get(TokenHeader)), []byte(s.token)) != 1 {
		writeError(w, http.StatusForbidden, "a browser's "+r.Method+" needs header "+TokenHeader+
			" with the token GET "+apiV1+"session gives")
		return true
	}
	return false
}

// crossSiteProblem says why a browser request is not same-origin, or "".
func crossSiteProblem(r *http.Request, origin, site string) string {
	if site != "" && site != "same-origin" && site != "none" {
		return fmt.Sprintf("a request from another site (Sec-Fetch-Site: %s) may not %s here", site, r.Method)
	}
	if origin == "" {
		return ""
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, r.Host) {
		return fmt.Sprintf("a request from origin %q may not %s at %s", origin, r.Method, r.Host)
	}
	return ""
}
