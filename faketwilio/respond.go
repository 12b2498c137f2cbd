package faketwilio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/mux"

	"github.com/hookemu/hookemu/fakekit"
)

// statusClientClosed is journaled (and written, for in-process callers that
// still read the recorder) when the client gave up during a fault's delay.
// It is nginx's code for the same event; Twilio never sends it.
const statusClientClosed = 499

// serve answers a live request and journals it with its answer.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, rt route) {
	body, tooLarge, readErr := fakekit.ReadBody(r, maxBodyBytes)
	x := &exchange{
		tooLarge: tooLarge,
		method:   r.Method,
		path:     r.URL.Path,
		header:   r.Header,
		body:     body,
		route:    rt,
		vars:     mux.Vars(r),
	}
	var o outcome
	if readErr != nil {
		o = failed(statusErrorf(http.StatusBadRequest, "The request body could not be read: %v", readErr))
	} else {
		o = s.evaluate(r.Context(), x, true)
	}
	response := write(w, o, s.newSID("RQ"))
	s.journal.Add(fakekit.Entry{
		Time:        s.now(),
		Provider:    Name,
		Method:      r.Method,
		Path:        r.URL.Path,
		Query:       r.URL.RawQuery,
		Header:      r.Header.Clone(),
		Body:        body,
		Status:      o.status,
		Response:    response,
		Destination: x.form.Get("To"),
		MessageID:   o.sid,
		Accepted:    o.accepted,
	})
}

// write sends o and returns the body written. Twilio names every response
// with a Twilio-Request-Id and asks for Basic credentials on a 401.
func write(w http.ResponseWriter, o outcome, requestID string) []byte {
	if o.abandoned {
		w.WriteHeader(o.status)
		return nil
	}
	body := encodeJSON(o.payload)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Twilio-Request-Id", requestID)
	if o.status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Basic realm="Twilio API"`)
	}
	w.WriteHeader(o.status)
	_, _ = w.Write(body) // the client is gone; the journal still has the answer
	return body
}

// encodeJSON writes v as Twilio does: without escaping <, > and &, which a
// message body or TwiML may hold.
func encodeJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("faketwilio: cannot encode %T: %v", v, err)) // only our own types get here
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// Dates: the 2010-04-01 API writes RFC 2822, Verify ISO 8601, both in UTC.
func rfc2822(t time.Time) string { return t.UTC().Format(time.RFC1123Z) }
func iso8601(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// nullable is how Twilio writes an absent string: null, not "".
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
