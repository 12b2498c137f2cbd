package fakeesendex

import (
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
)

// basicCredentials reads Basic authentication: ok is false when the
// header is missing or not Basic, the case Esendex answers 401.
func basicCredentials(header http.Header) (user, pass, raw string, ok bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	if !strings.EqualFold(scheme, "Basic") {
		return "", "", "", false
	}
	raw = strings.TrimSpace(rest)
	decoded, err := base64.StdEncoding.DecodeString(raw)
	if err != nil {
		return "", "", raw, true
	}
	user, pass, _ = strings.Cut(string(decoded), ":")
	return user, pass, raw, true
}

// authenticate checks the login: 401 without Basic credentials, 403 for a
// login Esendex does not know. "undefined" and "null", what code sends
// when the secret it reads is missing, never pass.
func (s *Server) authenticate(header http.Header) *apiError {
	user, pass, _, ok := basicCredentials(header)
	if !ok {
		return errNoAuth()
	}
	if !present(user) || !present(pass) {
		return errAuthFailed()
	}
	if len(s.cfg.Users) == 0 {
		return nil
	}
	for _, u := range s.cfg.Users {
		if strings.EqualFold(u.Username, user) && subtle.ConstantTimeCompare([]byte(u.Password), []byte(pass)) == 1 {
			return nil
		}
	}
	return errAuthFailed()
}

// checkAccount says whether the login may send from the account: Esendex
// answers 403 for an account reference that is not one of its accounts.
func (s *Server) checkAccount(ref string) *apiError {
	if !present(strings.TrimSpace(ref)) {
		return errAccountForbidden(ref)
	}
	if len(s.cfg.AccountReferences) == 0 {
		return nil
	}
	for _, r := range s.cfg.AccountReferences {
		if strings.EqualFold(r, strings.TrimSpace(ref)) {
			return nil
		}
	}
	return errAccountForbidden(ref)
}

// present says whether a credential was given: not empty, and not what
// JavaScript makes of a missing value.
func present(v string) bool { return v != "" && v != "undefined" && v != "null" }
