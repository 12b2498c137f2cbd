package faketwilio

import (
	"strings"
	"unicode"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/fakekit"
)

// e164 is what Twilio takes as a phone number: a plus, no leading zero, 7
// to 15 digits, nothing else. A national number such as 5551234567, or one
// with spaces and dashes, is rejected, which is the mistake the 21211
// example in Twilio's docs shows.
var e164 = lazyre.New(`^\+[1-9][0-9]{6,14}$`)

// Twilio's magic test numbers. With test credentials Twilio answers them
// with fixed results; the fake does so with any credentials, which gives a
// test a deterministic way to ask for each failure.
const (
	testFromValid      = "+15005550006"
	testToInvalid      = "+15005550001"
	testToRegionDenied = "+15005550003"
	testToNotMobile    = "+15005550009"
)

const whatsappPrefix = "whatsapp:"

// isMessageAddress says whether to can receive a message: an E.164 number,
// optionally on WhatsApp.
func isMessageAddress(to string) bool {
	return e164().MatchString(strings.TrimPrefix(to, whatsappPrefix))
}

// isCallAddress says whether to can be called: an E.164 number, or a
// Twilio Client identity or SIP address, which voice calls also accept.
func isCallAddress(to string) bool {
	for _, prefix := range []string{"client:", "sip:"} {
		if rest, ok := strings.CutPrefix(to, prefix); ok {
			return rest != ""
		}
	}
	return e164().MatchString(to)
}

// ownsNumber says whether from is one of the account's numbers. Without
// configured numbers every sender is the account's; Twilio's valid test
// sender always is. Numbers compare by their digits, so "+1 415 555 0100"
// and "+14155550100" are the same number, and alphanumeric sender IDs
// compare exactly.
func (s *Server) ownsNumber(from string) bool {
	from = strings.TrimPrefix(from, whatsappPrefix)
	if len(s.cfg.Numbers) == 0 || from == testFromValid {
		return true
	}
	for _, number := range s.cfg.Numbers {
		number = strings.TrimPrefix(number, whatsappPrefix)
		if number == from {
			return true
		}
		if isNumeric(number) && isNumeric(from) && fakekit.Digits(number) == fakekit.Digits(from) {
			return true
		}
	}
	return false
}

// isNumeric says whether s is written as a phone number (digits and
// punctuation) rather than as an alphanumeric sender ID.
func isNumeric(s string) bool {
	return fakekit.Digits(s) != "" && strings.IndexFunc(s, unicode.IsLetter) < 0
}
