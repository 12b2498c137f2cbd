package fake8x8

import (
	"crypto/subtle"
	"net/http"
	"slices"
	"strings"
)

// authenticate checks the Bearer key. "undefined" and "null" are refused
// even when any key is accepted: they are what a hook sends when the
// secret it reads is missing (`Bearer ${secrets.apikey}`), and the real
// API refuses them too, so the fake must not let that bug through.
func (s *Server) authenticate(header http.Header) *apiError {
	scheme, key, _ := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	key = strings.TrimSpace(key)
	switch {
	case !strings.EqualFold(scheme, "Bearer"), key == "", key == "undefined", key == "null":
		return newError(CodeUnauthenticated, msgUnauthenticated)
	case s.cfg.APIKey != "" && subtle.ConstantTimeCompare([]byte(key), []byte(s.cfg.APIKey)) != 1:
		return newError(CodeUnauthenticated, msgUnauthenticated)
	}
	return nil
}

// checkSubAccount checks the subaccount id of the path: its format (400
// code 1000), then whether the account owns it (400 code 1001). Like the
// key, "undefined" and "null" come from a missing secret and are never an
// account's subaccount.
func (s *Server) checkSubAccount(id string) *apiError {
	switch {
	case !isSubAccountID(id):
		return invalidParameter("subAccountId %q must be 3 to 50 characters from A-Z, a-z, 0-9, '-', '.', '_' and '&'", id)
	case id == "undefined", id == "null":
		return newError(CodeIllegalSubAccount, msgIllegalSubAccount)
	case len(s.cfg.SubAccounts) > 0 && !slices.Contains(s.cfg.SubAccounts, id):
		return newError(CodeIllegalSubAccount, msgIllegalSubAccount)
	}
	return nil
}
