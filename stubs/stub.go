package stubs

import (
	"net/http"
	"time"
)

// Limits on what a stubs file may ask for. Each is far above what a real
// mapping needs and far below what would strain the machine: the files
// may come from a stranger's pull request.
const (
	// MaxFileBytes bounds one stubs file.
	MaxFileBytes = 4 << 20
	// MaxStubs bounds the stubs of one set.
	MaxStubs = 1000
	// MaxPatternLen bounds a regular expression or a JSONPath expression.
	MaxPatternLen = 1000
	// MaxDelay bounds fixedDelayMilliseconds; the run's own time limit
	// (the request's context) ends a delay sooner.
	MaxDelay = 5 * time.Minute
	// maxRequestBody bounds what a stub reads of a request's body.
	maxRequestBody = 10 << 20
)

// DefaultPriority is WireMock's priority for a stub that gives none. A
// lower number wins; among equals, the stub added last wins.
const DefaultPriority = 5

// Stub is one mapping: the request it answers, and the answer.
type Stub struct {
	// ID names the stub in the REST API and in reports: the mapping's
	// own id (or uuid), or one the set gives it.
	ID string `json:"id"`
	// Name is the mapping's name, if it has one.
	Name string `json:"name,omitempty"`
	// Host is the host the stub answers for, lower case, without port.
	Host     string  `json:"host"`
	Priority int     `json:"priority"`
	Source   string  `json:"source,omitempty"`
	Request  Request `json:"request"`
	Response Answer  `json:"response"`
	seq      int     // order added: among equal priorities the latest wins
}

// Request is what a request must be for the stub to answer it. Unset
// parts match anything.
type Request struct {
	// Method is upper case; "" or ANY matches every method.
	Method string `json:"method,omitempty"`
	// URL is one of WireMock's four URL matchers.
	URL     *URLMatcher    `json:"url,omitempty"`
	Query   []NamedMatcher `json:"queryParameters,omitempty"`
	Headers []NamedMatcher `json:"headers,omitempty"`
	Body    []BodyPattern  `json:"bodyPatterns,omitempty"`
}

// URLMatcher compares the request's path, or its path and query, with a
// value or a pattern.
type URLMatcher struct {
	// Kind is url, urlPath, urlPattern or urlPathPattern, as in WireMock.
	Kind  string `json:"kind"`
	Value string `json:"value"`
	re    *compiledRegexp
}

// NamedMatcher is a matcher on one query parameter or header.
type NamedMatcher struct {
	Name    string        `json:"name"`
	Matcher StringMatcher `json:"matcher"`
}

// Answer is what the stub sends back.
type Answer struct {
	Status  int         `json:"status"`
	Headers http.Header `json:"headers,omitempty"`
	Body    []byte      `json:"-"`
	// BodyText is Body for the REST API's listing.
	BodyText string        `json:"body,omitempty"`
	Delay    time.Duration `json:"-"`
	DelayMS  int64         `json:"fixedDelayMilliseconds,omitempty"`
}

// label is how a report names the stub.
func (s *Stub) label() string {
	if s.Name != "" {
		return s.Name + " (" + s.ID + ")"
	}
	return s.ID
}
