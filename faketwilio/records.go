package faketwilio

import (
	"net/url"
	"slices"
	"time"
)

// Message is one SMS (or WhatsApp or MMS) the fake accepted. The named
// fields are the parameters hooks use; Form holds every parameter exactly
// as received, including ones Twilio would ignore.
type Message struct {
	SID                 string
	AccountSID          string
	To                  string
	From                string
	MessagingServiceSID string
	Body                string
	MediaURL            []string
	StatusCallback      string
	// Status is what the create answered: "queued", or "accepted" when a
	// Messaging Service picks the sender.
	Status string
	// Encoding (fakekit.EncodingGSM7 or EncodingUCS2) and NumSegments are
	// what carriers would use for Body.
	Encoding    string
	NumSegments int
	DateCreated time.Time
	Form        url.Values
}

// Call is one voice call the fake accepted. Timeout is the one in force
// (60 when the request gave none); Form holds the parameters as received.
type Call struct {
	SID            string
	AccountSID     string
	To             string
	From           string
	URL            string
	Method         string
	Twiml          string
	ApplicationSID string
	Timeout        int
	StatusCallback string
	DateCreated    time.Time
	Form           url.Values
}

// Verification is one accepted send of a Verify verification. Every send to
// the same To of the same service while the verification is pending shares
// its SID and DateCreated; AttemptSID and DateUpdated are this send's, and
// Attempts lists every send so far, this one last.
type Verification struct {
	SID        string
	AttemptSID string
	ServiceSID string
	AccountSID string
	// APIVersion is "v2" or "v1", from the path the request used.
	APIVersion    string
	To            string
	Channel       string
	CustomCode    string
	Locale        string
	CustomMessage string
	Attempts      []SendCodeAttempt
	DateCreated   time.Time
	DateUpdated   time.Time
	Form          url.Values
}

// SendCodeAttempt is one send of a verification's code.
type SendCodeAttempt struct {
	Time       time.Time
	Channel    string
	AttemptSID string
}

// The clone methods make the copies the accessors hand out: a caller may
// change them freely without touching what the fake recorded.

func (m Message) clone() Message {
	m.MediaURL = slices.Clone(m.MediaURL)
	m.Form = cloneForm(m.Form)
	return m
}

func (c Call) clone() Call {
	c.Form = cloneForm(c.Form)
	return c
}

func (v Verification) clone() Verification {
	v.Attempts = slices.Clone(v.Attempts)
	v.Form = cloneForm(v.Form)
	return v
}

func cloneForm(form url.Values) url.Values {
	if form == nil {
		return nil
	}
	out := make(url.Values, len(form))
	for key, values := range form {
		out[key] = slices.Clone(values)
	}
	return out
}
