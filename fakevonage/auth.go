package fakevonage

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"hash"
	"net/http"
	"sort"
	"strings"
)

// Signature methods an account may be set to.
const (
	methodMD5Hash = "md5hash"
	methodMD5     = "md5"
	methodSHA1    = "sha1"
	methodSHA256  = "sha256"
	methodSHA512  = "sha512"
)

// hmacs are the HMAC signature methods by name.
var hmacs = map[string]func() hash.Hash{
	methodMD5: md5.New, methodSHA1: sha1.New, methodSHA256: sha256.New, methodSHA512: sha512.New,
}

// validMethod says whether m names a signature method.
func validMethod(m string) bool {
	_, ok := hmacs[m]
	return ok || m == methodMD5Hash
}

// credentials are what a request authenticated with.
type credentials struct {
	key, secret, sig string
	basic            bool
}

// credentialsOf reads the key and secret from the parameters, or else
// from Basic auth, and the signature.
func credentialsOf(p params, header http.Header) credentials {
	c := credentials{key: p["api_key"], secret: p["api_secret"], sig: p["sig"]}
	if c.key == "" && c.secret == "" {
		if user, password, ok := basicAuth(header); ok {
			c.key, c.secret, c.basic = user, password, true
		}
	}
	return c
}

// authenticate refuses a request whose credentials the account does not
// accept, with the status the service gives.
func (s *Server) authenticate(p params, header http.Header) *refusal {
	c := credentialsOf(p, header)
	switch {
	case c.key == "":
		return refuse(StatusMissingParams, "Missing api_key")
	case c.sig != "" && c.secret != "" && !c.basic:
		return refuse(StatusSignatureAndSecret, "")
	case c.sig != "" && !c.basic:
		if !s.knownKey(c.key) || !s.validSignature(p, c.sig) {
			return refuse(StatusInvalidSignature, "")
		}
		return nil
	case c.secret == "":
		return refuse(StatusMissingParams, "Missing api_secret")
	case !s.knownKey(c.key) || (s.cfg.APISecret != "" && !equal(c.secret, s.cfg.APISecret)):
		return refuse(StatusInvalidCredentials, "")
	}
	return nil
}

// knownKey says whether the account takes key: any, unless one is set.
func (s *Server) knownKey(key string) bool {
	return s.cfg.APIKey == "" || equal(key, s.cfg.APIKey)
}

// validSignature checks sig against the parameters under the account's
// signature secret and method.
func (s *Server) validSignature(p params, sig string) bool {
	if s.cfg.SignatureSecret == "" {
		return false
	}
	want := Sign(s.cfg.SignatureMethod, s.cfg.SignatureSecret, p)
	return want != "" && equal(strings.ToLower(sig), want)
}

// Sign computes the signature of p (sig itself left out) as Vonage
// documents it: sorted "&name=value" pairs, "&" and "=" in values replaced
// by "_", then MD5 of the string and the secret (md5hash) or an HMAC keyed
// with the secret. It returns lower-case hex, or "" for an unknown method.
func Sign(method, secret string, p map[string]string) string {
	names := make([]string, 0, len(p))
	for name := range p {
		if name != "sig" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		b.WriteString("&" + name + "=" + strings.NewReplacer("&", "_", "=", "_").Replace(p[name]))
	}
	if method == methodMD5Hash {
		sum := md5.Sum([]byte(b.String() + secret))
		return hex.EncodeToString(sum[:])
	}
	newHash, ok := hmacs[method]
	if !ok {
		return ""
	}
	mac := hmac.New(newHash, []byte(secret))
	mac.Write([]byte(b.String()))
	return hex.EncodeToString(mac.Sum(nil))
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
