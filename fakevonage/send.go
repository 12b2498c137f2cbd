package fakevonage

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// Limits of the documented parameters.
const (
	minToDigits, maxToDigits = 7, 15
	minTTL, maxTTL           = 20000, 604800000
	maxClientRef             = 40
)

// messageTypes are the documented values of type.
var messageTypes = map[string]bool{"text": true, "binary": true, "wappush": true, "unicode": true, "vcal": true, "vcard": true}

// part is one SMS the service took.
type part struct {
	To               string `json:"to" xml:"to"`
	MessageID        string `json:"message-id" xml:"messageId"`
	Status           string `json:"status" xml:"status"`
	RemainingBalance string `json:"remaining-balance" xml:"remainingBalance"`
	MessagePrice     string `json:"message-price" xml:"messagePrice"`
	Network          string `json:"network" xml:"network"`
	ClientRef        string `json:"client-ref,omitempty" xml:"clientRef,omitempty"`
	AccountRef       string `json:"account-ref,omitempty" xml:"accountRef,omitempty"`
}

// validate refuses a request with missing or invalid parameters, in the
// order the service reports them.
func validate(p params) *refusal {
	for _, name := range []string{"from", "to"} {
		if p[name] == "" {
			return missing(name)
		}
	}
	typ := p["type"]
	if typ == "" {
		typ = "text"
	}
	if !messageTypes[typ] {
		return invalid("type")
	}
	if (typ == "text" || typ == "unicode") && p["text"] == "" {
		return missing("text")
	}
	if !validNumber(p["to"]) {
		return invalid("to")
	}
	if p.has("ttl") {
		ttl, err := strconv.ParseInt(p["ttl"], 10, 64)
		if err != nil || ttl < minTTL || ttl > maxTTL {
			return invalid("ttl")
		}
	}
	if len([]rune(p["client-ref"])) > maxClientRef {
		return invalid("client-ref")
	}
	return nil
}

// validNumber is 7 to 15 digits, a leading "+" tolerated.
func validNumber(to string) bool {
	digits := strings.TrimPrefix(to, "+")
	if len(digits) < minToDigits || len(digits) > maxToDigits {
		return false
	}
	return fakekit.Digits(digits) == digits
}

// routable says whether a number starts with a country code: no country
// code begins with 0.
func routable(to string) bool { return !strings.HasPrefix(strings.TrimPrefix(to, "+"), "0") }

// partsOf is how many SMS the text needs: unicode messages, and text ones
// with characters outside GSM-7, count in UCS-2 units.
func partsOf(p params) int {
	text := p["text"]
	enc := fakekit.ResolveEncoding("AUTO", text)
	if p["type"] == "unicode" {
		enc = fakekit.EncodingUCS2
	}
	return fakekit.Segments(text, enc)
}

// newMessageID is 16 upper-case hex digits, the shape of the documented
// ids ("0C000000217B7F02").
func (s *Server) newMessageID() string {
	b := s.cfg.IDs.Bytes()
	return strings.ToUpper(hex.EncodeToString(b[:8]))
}

// send charges and records the parts of an accepted request, or refuses
// it for want of credit.
func (s *Server) send(p params) ([]part, *refusal) {
	to := strings.TrimPrefix(p["to"], "+")
	n := partsOf(p)
	price := toUnits(s.cfg.Price)
	remaining, ok := s.account.charge(price * int64(n))
	if !ok {
		r := refuse(StatusPartnerQuotaViolation, "")
		r.to = to
		return nil, r
	}
	parts := make([]part, n)
	for i := range parts {
		// Each part shows the balance after it was charged.
		left := remaining + price*int64(n-1-i)
		parts[i] = part{
			To: to, MessageID: s.newMessageID(), Status: "0",
			RemainingBalance: formatMoney(left), MessagePrice: formatMoney(price),
			Network: networkOf(to), ClientRef: p["client-ref"], AccountRef: p["account-ref"],
		}
	}
	return parts, nil
}

// Money is kept in units of 1e-8 euro, the precision answers show, so
// that charges add up exactly.
const moneyUnit = 1e8

func toUnits(v float64) int64 { return int64(v*moneyUnit + 0.5) }

func formatMoney(units int64) string {
	sign := ""
	if units < 0 {
		sign, units = "-", -units
	}
	return fmt.Sprintf("%s%d.%08d", sign, units/moneyUnit, units%moneyUnit)
}

// networks are made-up but plausible mobile network codes (MCC and MNC)
// by country calling code, longest code first.
var networks = []struct{ prefix, code string }{
	{"971", "42402"}, {"353", "27201"}, {"852", "45400"},
	{"44", "23410"}, {"49", "26201"}, {"33", "20801"}, {"34", "21401"}, {"39", "22201"},
	{"31", "20404"}, {"61", "50501"}, {"65", "52501"}, {"81", "44010"}, {"91", "40410"},
	{"55", "72405"}, {"52", "334020"}, {"1", "310260"},
}

func networkOf(to string) string {
	for _, n := range networks {
		if strings.HasPrefix(to, n.prefix) {
			return n.code
		}
	}
	return "99999"
}
