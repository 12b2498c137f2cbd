package fakekit

import (
	"net/http"
	"net/url"
	"time"
)

// StatusClientClosedRequest is journaled when the client gave up while a
// delay fault held its request (nginx's 499): nobody is left to answer.
const StatusClientClosedRequest = 499

// Call is one request as a fake's pipeline sees it, whether it came to
// ServeHTTP or to Check: a fake embeds it in its own call type, beside
// what its pipeline learns along the way.
type Call struct {
	Method string
	Path   string
	Query  string
	Header http.Header
	Body   []byte
}

// CallOf is the Call of r, whose body the fake has read (ReadBody).
func CallOf(r *http.Request, body []byte) Call {
	return Call{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header, Body: body}
}

// CheckCall is the Call a fake's Check is asked about: path may carry a
// query, which is split off as ServeHTTP would see it, and a nil header is
// an empty one.
func CheckCall(method, path string, header http.Header, body []byte) Call {
	c := Call{Method: method, Path: path, Header: header, Body: body}
	if u, err := url.ParseRequestURI(path); err == nil {
		c.Path, c.Query = u.Path, u.RawQuery
	}
	if c.Header == nil {
		c.Header = http.Header{}
	}
	return c
}

// Entry is the journal entry of c answered with status and response,
// received at at by provider; the header is copied, so later changes by
// the caller cannot alter the record. The fake fills in what its answer
// says (Destination, MessageID, Accepted).
func (c *Call) Entry(provider string, at time.Time, status int, response []byte) Entry {
	return Entry{
		Time:     at,
		Provider: provider,
		Method:   c.Method,
		Path:     c.Path,
		Query:    c.Query,
		Header:   c.Header.Clone(),
		Body:     c.Body,
		Status:   status,
		Response: response,
	}
}
