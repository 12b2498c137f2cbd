package faketelesign

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"hash"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/hookemu/hookemu/internal/lazyre"
)

// customerIDPattern is the shape of the customer ids TeleSign issues, a
// UUID (TeleSign's portal shows it in upper case).
var customerIDPattern = lazyre.New(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`)

// dateTolerance is how far a signed request's Date may be from the
// fake's clock. TeleSign does not publish its window; 15 minutes is the
// usual one for signed requests.
const dateTolerance = 15 * time.Minute

// authenticate checks the request's credentials: Basic (customer id and
// API key) or TeleSign's TSA digest (an HMAC of the request under the
// base64-decoded API key).
func (s *Server) authenticate(x *exchange) *refusal {
	header := strings.TrimSpace(x.header.Get("Authorization"))
	if header == "" {
		return refusalOf(missingAuthorization())
	}
	scheme, value, _ := strings.Cut(header, " ")
	switch strings.ToUpper(scheme) {
	case "BASIC":
		return s.checkBasic(strings.TrimSpace(value))
	case "TSA":
		return s.checkDigest(x, strings.TrimSpace(value))
	default:
		return refusalOf(malformedAuthorization())
	}
}

func (s *Server) checkBasic(token string) *refusal {
	raw, err := base64.StdEncoding.DecodeString(token)
	if err != nil {
		return refusalOf(malformedAuthorization())
	}
	customerID, key, ok := strings.Cut(string(raw), ":")
	if !ok {
		return refusalOf(malformedAuthorization())
	}
	if r := s.checkCustomerID(customerID); r != nil {
		return r
	}
	if !s.acceptsKey(key) {
		return refusalOf(invalidAPIKey())
	}
	return nil
}

// checkCustomerID accepts the configured id, or any UUID when none is
// configured. "undefined" and "null", what a hook sends when it reads a
// secret that is not set, are never an account.
func (s *Server) checkCustomerID(id string) *refusal {
	if s.cfg.CustomerID != "" {
		if !strings.EqualFold(id, s.cfg.CustomerID) {
			return refusalOf(invalidCustomerID())
		}
		return nil
	}
	if !customerIDPattern().MatchString(id) {
		return refusalOf(invalidCustomerID())
	}
	return nil
}

// acceptsKey takes the configured key, or when none is configured any
// key shaped like those TeleSign issues: base64, which digest auth
// decodes. "null" is base64 too, but only a hook that lost its secret
// sends it.
func (s *Server) acceptsKey(key string) bool {
	if s.cfg.APIKey != "" {
		return subtle.ConstantTimeCompare([]byte(key), []byte(s.cfg.APIKey)) == 1
	}
	_, ok := decodeKey(key)
	return ok && key != "null"
}

func decodeKey(key string) ([]byte, bool) {
	if key == "" {
		return nil, false
	}
	raw, err := base64.StdEncoding.DecodeString(key)
	return raw, err == nil && len(raw) > 0
}

// checkDigest checks a TSA header ("TSA customerId:signature") in the
// order TeleSign documents its refusals: the header's shape, the
// account, the auth method, the date, then the signature itself. With
// no API key configured, any base64 signature passes: the fake cannot
// know which key the hook meant.
func (s *Server) checkDigest(x *exchange, value string) *refusal {
	customerID, signature, ok := strings.Cut(value, ":")
	if !ok || signature == "" {
		return refusalOf(malformedAuthorization())
	}
	if r := s.checkCustomerID(customerID); r != nil {
		return r
	}
	newHash, ok := hashFor(x.header.Get("X-Ts-Auth-Method"))
	if !ok {
		return refusalOf(invalidAuthMethod())
	}
	if r := s.checkDate(x.header); r != nil {
		return r
	}
	if s.cfg.APIKey == "" {
		if _, err := base64.StdEncoding.DecodeString(signature); err != nil {
			return refusalOf(invalidSignature())
		}
		return nil
	}
	key, _ := decodeKey(s.cfg.APIKey)
	signed := stringToSign(x)
	mac := hmac.New(newHash, key)
	mac.Write([]byte(signed))
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(signature)) {
		r := invalidSignature()
		r.signatureString = signed
		return &r
	}
	return nil
}

func hashFor(method string) (func() hash.Hash, bool) {
	switch strings.ToUpper(strings.TrimSpace(method)) {
	case "HMAC-SHA256":
		return sha256.New, true
	case "HMAC-SHA1":
		return sha1.New, true
	}
	return nil, false
}

// checkDate wants an RFC 822 date (x-ts-date wins over Date) within
// dateTolerance of the fake's clock.
func (s *Server) checkDate(h http.Header) *refusal {
	value := h.Get("X-Ts-Date")
	if value == "" {
		value = h.Get("Date")
	}
	if value == "" {
		return refusalOf(missingDate())
	}
	when, err := http.ParseTime(value)
	if err != nil {
		return refusalOf(malformedDate())
	}
	if d := s.cfg.Clock().Sub(when); d > dateTolerance || d < -dateTolerance {
		return refusalOf(dateOutOfRange())
	}
	return nil
}

// stringToSign is what TeleSign signs: the method, the Content-Type (of
// a POST or PUT), the Date (empty when x-ts-date carries it), every
// x-ts-* header as "name:value" sorted by name, the body when there is
// one, and the path.
func stringToSign(x *exchange) string {
	contentType := ""
	if x.method == http.MethodPost || x.method == http.MethodPut {
		contentType = x.header.Get("Content-Type")
	}
	date := x.header.Get("Date")
	if x.header.Get("X-Ts-Date") != "" {
		date = ""
	}
	var b strings.Builder
	b.WriteString(x.method + "\n" + contentType + "\n" + date)
	for _, name := range tsHeaders(x.header) {
		b.WriteString("\n" + name + ":" + strings.TrimSpace(x.header.Get(name)))
	}
	if len(x.body) > 0 {
		b.WriteString("\n")
		b.Write(x.body)
	}
	b.WriteString("\n" + x.path)
	return b.String()
}

func tsHeaders(h http.Header) []string {
	var names []string
	for name := range h {
		if lower := strings.ToLower(name); strings.HasPrefix(lower, "x-ts-") {
			names = append(names, lower)
		}
	}
	sort.Strings(names)
	return names
}

func refusalOf(r refusal) *refusal { return &r }
