package fakeserver

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// Filter picks messages; its zero value picks every one.
type Filter struct {
	// Provider is "8x8" or "twilio"; empty for both.
	Provider string
	// Destination matches by digits, as faults do: "+65 9999-0000" finds
	// a message to "6599990000".
	Destination string
	// Accepted, when set, keeps only the messages the provider took (true)
	// or refused (false).
	Accepted *bool
	// Text keeps the messages whose text contains it, ignoring case. It
	// searches the text as the API shows it, secrets masked, so a search
	// cannot find out a secret's value.
	Text string
}

// match says whether f picks e; m masks the text a Text filter searches.
func (f Filter) match(e *fakekit.Entry, m masker) bool {
	if f.Provider != "" && e.Provider != f.Provider {
		return false
	}
	if f.Destination != "" && !sameDigits(e.Destination, f.Destination) {
		return false
	}
	if f.Accepted != nil && e.Accepted != *f.Accepted {
		return false
	}
	return f.Text == "" || strings.Contains(m.searchText(e), strings.ToLower(f.Text))
}

// lowered is f with its Text in lower case and its Destination's digits
// only, as match compares them: a scan works them out once rather than
// once per message.
func (f Filter) lowered() Filter {
	f.Text = strings.ToLower(f.Text)
	f.Destination = fakekit.Digits(f.Destination)
	return f
}

// sameDigits says whether a and b have the same digits in the same order
// (fakekit.Digits(a) == fakekit.Digits(b)) without building a string per
// message. Bytes suffice: no byte of a multi-byte UTF-8 character is an
// ASCII digit.
func sameDigits(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// maxTextFilter bounds text=: an SMS is at most a few hundred characters.
const maxTextFilter = 1000

// parseFilter reads ?provider=&destination=&accepted=&text= and refuses what
// could only be a mistake, since a filter that matches nothing would make
// a wait time out with no hint why.
func (s *Server) parseFilter(q url.Values) (Filter, error) {
	f := Filter{Provider: q.Get("provider"), Destination: q.Get("destination"), Text: q.Get("text")}
	if len(f.Text) > maxTextFilter {
		return f, fmt.Errorf("text= is %d bytes; search for at most %d, a part of the message", len(f.Text), maxTextFilter)
	}
	if f.Provider != "" && s.provider(f.Provider) == nil {
		return f, fmt.Errorf("unknown provider %q; use %s", f.Provider, s.providerNames())
	}
	if f.Destination != "" && fakekit.Digits(f.Destination) == "" {
		return f, fmt.Errorf("destination %q has no digits; give a phone number such as +6512345678", f.Destination)
	}
	if v := q.Get("accepted"); v != "" {
		accepted, err := strconv.ParseBool(v)
		if err != nil {
			return f, fmt.Errorf("accepted=%q is neither true nor false", v)
		}
		f.Accepted = &accepted
	}
	return f, nil
}
