package fakeinfobip

import (
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
)

// credential is what an Authorization header carries, split by scheme.
type credential struct {
	scheme string // "App", "Basic", "IBSSO" or "Bearer", as Infobip spells them
	secret string // the key or token; for Basic the password
	user   string // Basic only
	raw    string // what follows the scheme, as sent
}

// parseCredential reads the Authorization header. Infobip's schemes are
// matched without regard to case; ok is false when there is no header or
// the scheme is not one of Infobip's.
func parseCredential(header http.Header) (credential, bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	rest = strings.TrimSpace(rest)
	for _, known := range []string{"App", "Basic", "IBSSO", "Bearer"} {
		if !strings.EqualFold(scheme, known) {
			continue
		}
		c := credential{scheme: known, secret: rest, raw: rest}
		if known == "Basic" {
			decoded, err := base64.StdEncoding.DecodeString(rest)
			if err != nil {
				return credential{scheme: known, raw: rest}, true
			}
			c.user, c.secret, _ = strings.Cut(string(decoded), ":")
		}
		return c, true
	}
	return credential{}, false
}

// authenticate says whether the header carries credentials this account
// accepts: any well-formed one for the zero Config, else one it lists.
// "undefined" and "null" never pass: they are what a hook sends
// when the secret it reads is missing ('App ' + secrets.API_KEY).
func (s *Server) authenticate(header http.Header) bool {
	c, ok := parseCredential(header)
	if !ok || c.secret == "" || c.secret == "undefined" || c.secret == "null" {
		return false
	}
	if s.cfg.permissive() {
		return c.scheme != "Basic" || (c.user != "" && c.user != "undefined")
	}
	switch c.scheme {
	case "App":
		return containsSecret(s.cfg.APIKeys, c.secret)
	case "Basic":
		for _, u := range s.cfg.Users {
			if equal(u.Username, c.user) && equal(u.Password, c.secret) {
				return true
			}
		}
		return false
	default:
		return containsSecret(s.cfg.Tokens, c.secret)
	}
}

func containsSecret(list []string, secret string) bool {
	found := false
	for _, v := range list {
		if equal(v, secret) {
			found = true
		}
	}
	return found
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
