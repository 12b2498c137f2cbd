package fakeserver

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// Message is one request a provider received, as the REST API shows it:
// what was asked, of whom, and what was answered. Provider, Destination,
// Text, Code, Status and Accepted mean the same for every provider, so a
// test reads the code it must type without knowing who carried it; the
// bodies are shown too, as JSON when they are JSON and as form fields
// when they are a form (msg.request.text for 8x8, msg.form.Body for
// Twilio).
type Message struct {
	// ID names the message in this server: the provider and the number of
	// the request at that provider ("8x8-12"). IDs are never reused, not
	// even after a reset.
	ID string `json:"id"`
	// Seq is the message's place among everything the server received,
	// all providers together: the cursor of before= and after=.
	Seq      int64     `json:"seq"`
	Provider string    `json:"provider"`
	Time     time.Time `json:"time"`
	Method   string    `json:"method"`
	Path     string    `json:"path"`
	Query    string    `json:"query,omitempty"`
	// Headers has one line per name. The API shows credential headers
	// (Authorization, Proxy-Authorization, X-Api-Key) as their scheme and
	// "<redacted>", cookies by name only, and Config.Secrets masked.
	Headers map[string]string `json:"headers"`
	// Destination is the recipient as the request gave it.
	Destination string `json:"destination,omitempty"`
	// Text is the message's text as the request gave it, and Code the
	// one-time code found in it (provider.ExtractCode).
	Text string `json:"text,omitempty"`
	Code string `json:"code,omitempty"`
	// Spoken is what a voice call would say (the words of a Twilio
	// call's TwiML); Code is then the code it says, found even when read
	// digit by digit ("1, 2, 3, 4, 5, 6": provider.ExtractSpokenCode).
	Spoken string `json:"spoken,omitempty"`
	// Encoding ("GSM7" or "UCS2") and Segments are how the text travels
	// as an SMS, counted as carriers count it (fakekit.Segments) for the
	// encoding the text needs; set when there is text.
	Encoding string `json:"encoding,omitempty"`
	Segments int    `json:"segments,omitempty"`
	// Status is the HTTP status answered (0 when a forwarded request got
	// no answer; Error then says why); Accepted says the provider took
	// the message; MessageID is the provider's id for it (8x8 umid,
	// Twilio SID).
	Status    int    `json:"status"`
	Accepted  bool   `json:"accepted"`
	MessageID string `json:"message_id,omitempty"`
	// Exactly one of Request (a JSON body), Form (form fields, a string
	// per field or a list when repeated) and RequestText (anything else)
	// is set when the request had a body.
	Request     json.RawMessage `json:"request,omitempty"`
	Form        map[string]any  `json:"form,omitempty"`
	RequestText string          `json:"request_text,omitempty"`
	// Response is the answer's body when JSON, ResponseText otherwise.
	Response     json.RawMessage `json:"response,omitempty"`
	ResponseText string          `json:"response_text,omitempty"`
	// Forward mode only: whether the request was sent to the real provider
	// (false when the fake rejected it), where, and why no answer came.
	Forwarded bool   `json:"forwarded,omitempty"`
	Upstream  string `json:"upstream,omitempty"`
	Error     string `json:"error,omitempty"`
}

// newMessage is one journal entry as it was received; the API shows it
// through masker.message.
func newMessage(e fakekit.Entry) Message {
	m := Message{
		ID:          messageID(e.Provider, e.ID),
		Seq:         e.Seq,
		Provider:    e.Provider,
		Time:        e.Time,
		Method:      e.Method,
		Path:        e.Path,
		Query:       e.Query,
		Headers:     flatHeaders(e.Header),
		Destination: e.Destination,
		Status:      e.Status,
		Accepted:    e.Accepted,
		MessageID:   e.MessageID,
		Forwarded:   e.Forwarded,
		Upstream:    e.Upstream,
		Error:       e.Error,
	}
	if p, ok := providers.Lookup(e.Provider); ok {
		described := p.Describe(e.Method, pathAndQuery(e), e.Header, e.Body)
		m.Text, m.Code, m.Spoken = described.Text, provider.ExtractCode(described.Text), described.Spoken
		if m.Code == "" && m.Spoken != "" {
			m.Code = provider.ExtractSpokenCode(m.Spoken)
		}
		if m.Text != "" {
			m.Encoding = fakekit.ResolveEncoding("AUTO", m.Text)
			m.Segments = fakekit.Segments(m.Text, m.Encoding)
		}
		if m.Destination == "" {
			m.Destination = described.Destination
		}
	}
	if values, ok := formValues(e.Header, e.Body); ok {
		m.Form = formFields(values)
	} else {
		m.Request, m.RequestText = jsonOrText(e.Body)
	}
	m.Response, m.ResponseText = jsonOrText(e.Response)
	return m
}

// pathAndQuery is the entry's path with its query, as Describe reads it
// (Vonage takes its parameters in the query too).
func pathAndQuery(e fakekit.Entry) string {
	if e.Query == "" {
		return e.Path
	}
	return e.Path + "?" + e.Query
}

func messageID(provider string, n int64) string { return provider + "-" + strconv.FormatInt(n, 10) }

// parseMessageID splits an ID made by messageID.
func parseMessageID(id string) (provider string, n int64, ok bool) {
	i := strings.LastIndexByte(id, '-')
	if i <= 0 {
		return "", 0, false
	}
	n, err := strconv.ParseInt(id[i+1:], 10, 64)
	return id[:i], n, err == nil && n > 0
}

func jsonOrText(body []byte) (json.RawMessage, string) {
	switch {
	case len(body) == 0:
		return nil, ""
	case json.Valid(body):
		return json.RawMessage(body), ""
	default:
		return nil, string(body)
	}
}

func formFields(values map[string][]string) map[string]any {
	out := make(map[string]any, len(values))
	for k, v := range values {
		if len(v) == 1 {
			out[k] = v[0]
		} else {
			out[k] = v
		}
	}
	return out
}

// flatHeaders has one line per header name.
func flatHeaders(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for name, values := range h {
		out[name] = strings.Join(values, ", ")
	}
	return out
}
