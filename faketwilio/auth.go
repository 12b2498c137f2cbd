package faketwilio

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// authenticate returns the account SID that the request's Basic credentials
// log in as. pathAccount is the account a 2010-04-01 path names (empty for
// Verify, whose paths name none). Credentials for another account than the
// path's answer 401 20003 rather than 404: to the caller it is the same
// mistake as a wrong token, and it is what a hook mixing two accounts'
// secrets needs to hear.
func (s *Server) authenticate(header http.Header, pathAccount string) (string, *apiError) {
	user, password, ok := (&http.Request{Header: header}).BasicAuth()
	if !ok || !s.admits(user, password) {
		return "", errAuthenticate()
	}
	if pathAccount != "" && pathAccount != user {
		return "", errAuthenticate()
	}
	return user, nil
}

// admits checks credentials against the configured ones, or, when none are
// configured, only their shape: an AC account SID and a real password. The
// literal passwords "undefined" and "null" are what string concatenation
// makes of a secret the hook never received, so they never pass.
func (s *Server) admits(user, password string) bool {
	if s.cfg.AccountSID != "" {
		if !equal(user, s.cfg.AccountSID) {
			return false
		}
	} else if !strings.HasPrefix(user, "AC") {
		return false
	}
	if s.cfg.AuthToken != "" {
		return equal(password, s.cfg.AuthToken)
	}
	return password != "" && password != "undefined" && password != "null"
}

// equal compares in constant time, so the fake is no worse an example than
// the real check it stands for.
func equal(got, want string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}
