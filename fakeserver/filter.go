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
	if f.Destination != "" && fakekit.Digits(e.Destination) != fakekit.Digits(f.Destination) {
		return false
	}
	if f.Accepted != nil && e.Accepted != *f.Accepted {
		return false
	}
	return f.Text == "" || strings.Contains(m.searchText(e), strings.ToLower(f.Text))
}

// lowered is f with its Text in lower case, as match compares it: a
// scan lowers it once rather than once per message.
func (f Filter) lowered() Filter {
	f.Text = strings.ToLower(f.Text)
	return f
}

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
