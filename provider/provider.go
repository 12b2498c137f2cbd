package provider

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fakekit"
)

// Provider describes one provider API hookemu fakes. Its methods are
// facts about the real API and cheap to call: building the fake, which
// may cost routes and tables, happens in New only, and only when a run or
// `serve` needs it.
type Provider interface {
	// Name is the provider's key, lower case: the journal's and the REST
	// API's provider field, message ids ("sns-3"), the scenario keys
	// fakeNAME and providers.NAME, and the flag --upstream-NAME.
	Name() string
	// Title names the provider to people ("Amazon SNS").
	Title() string
	// Hosts are the hosts the real API answers on, exact names or
	// patterns where "*" stands for one DNS label ("*.api.infobip.com",
	// "sns.*.amazonaws.com"). A run's requests to any of them reach the
	// fake; see MatchHost.
	Hosts() []string
	// Paths are the path prefixes of the API ("/api/v1/", "/sms/json"),
	// so that `serve` can answer every provider on one port. Prefixes may
	// not overlap another provider's; a provider whose paths would (one
	// that posts to "/") returns none and is reached under /NAME/ only.
	Paths() []string
	// Upstream is the real base URL a request for path goes to when no
	// host comes with it (serve's forward mode): most providers have one,
	// Twilio has one per product. nil when there is none to guess (the
	// tenant's Auth0 domain is every tenant's own): forward mode then
	// needs --upstream-NAME.
	Upstream(path string) *url.URL
	// NewConfig returns the default configuration, a pointer to a struct
	// with json and yaml tags: scenarios (fakeNAME:, providers: {NAME:})
	// and serve decode into it with unknown keys rejected, so its fields
	// and their doc comments are the provider's configuration schema.
	NewConfig() any
	// New builds a fake from cfg, a value NewConfig returned, and from
	// what every fake shares.
	New(cfg any, common Common) (Fake, error)
	// Describe reads, from a request the provider received, what the
	// REST API and reports show of every provider alike: the destination,
	// the text, and the credentials it carried (masked wherever shown).
	// It must not fail: a request it cannot read gives a zero Message.
	Describe(method, path string, header http.Header, body []byte) Message
	// Answer reads the provider's answer to a request: the id of what it
	// created and whether it took the message (Vonage answers 200 with a
	// failure status inside, so status alone does not tell).
	Answer(status int, body []byte) Answer
}

// Kinded is a provider that says what it is to a hook (see Kind). Every
// registered provider implements it (the registry's tests hold it to
// that); KindOf reads it.
type Kinded interface {
	// Kind says what the provider is to a hook: a service that sends its
	// messages, or the tenant's own Auth0 domain, which a hook may call
	// on the way but which delivers nothing (check's "reaches a
	// provider" counts messaging providers only, and the faults check
	// and diff put on every provider spare it).
	Kind() Kind
}

// KindOf is what p is to a hook; Messaging unless p says otherwise.
func KindOf(p Provider) Kind {
	if k, ok := p.(Kinded); ok {
		return k.Kind()
	}
	return Messaging
}

// Exampler is a provider with an example request. Every registered
// provider implements it (the registry's tests hold it to that).
type Exampler interface {
	// Example is one request that sends a message (for the tenant's
	// domain: makes one call) with made-up credentials, which the fake
	// built from NewConfig's defaults accepts. The registry's conformance
	// test sends it to every provider (faults, seeds, journals, Check),
	// so a new provider is tested with no test written for it.
	Example() Request
}

// CodeAdvisor is a provider with an API that makes up a one-time code of
// its own unless given one (a Verify product): check tells a hook whose
// request to it carries no Auth0 code how to pass it.
type CodeAdvisor interface {
	// CodeAdvice is how a request to path passes the caller's code, ""
	// when path sends the text it is given.
	CodeAdvice(path string) string
}

// Request is one HTTP request as plain data.
type Request struct {
	Method string
	// Path may carry a query string.
	Path   string
	Header http.Header
	Body   []byte
}

// Kind is what a provider is to a hook.
type Kind int

const (
	// Messaging providers deliver the hook's message (8x8, Twilio, SNS).
	Messaging Kind = iota
	// Tenant is the tenant's own Auth0 domain: a hook reads or writes
	// users there, but no message leaves through it.
	Tenant
)

// String names the kind in messages.
func (k Kind) String() string {
	if k == Tenant {
		return "tenant"
	}
	return "messaging"
}

// Common is what every fake gets besides its own configuration.
type Common struct {
	// IDs is where its ids and timestamps come from (seeded in scenarios).
	IDs *fakekit.IDs
	// Faults are added to the ones its configuration lists (check and
	// diff fail every provider alike).
	Faults []fakekit.Fault
	// Journal bounds what it records; zero fields take fakekit's defaults.
	Journal fakekit.Limits
}

// Lay puts c over the settings every fake's Config has, as each New
// does: c's IDs replace the configured ones (the harness reseeds them
// between runs), c's faults are added after the configured ones, and c's
// journal bounds fill in those the configuration leaves unset (a
// provider's own journal_size is the more specific).
func (c Common) Lay(ids **fakekit.IDs, faults *[]fakekit.Fault, journalSize *int, journalBytes *int64) {
	if c.IDs != nil {
		*ids = c.IDs
	}
	*faults = append(append([]fakekit.Fault(nil), *faults...), c.Faults...)
	if *journalSize <= 0 {
		*journalSize = c.Journal.Entries
	}
	if *journalBytes <= 0 {
		*journalBytes = c.Journal.Bytes
	}
}

// Fake is one built fake: an http.Handler answering as the provider does,
// with its journal and faults. Safe for concurrent use.
type Fake interface {
	http.Handler
	Journal() *fakekit.Journal
	// Reset forgets what was received and stored; ids keep increasing.
	Reset()
	SetFaults([]fakekit.Fault)
	Faults() []fakekit.Fault
	// Check says whether the fake would refuse a request, without
	// recording it: real mode asks before it forwards, since the user
	// pays for what the real provider takes.
	Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool)
}

// Message is what Describe reads from a request.
type Message struct {
	Destination string
	Text        string
	// Spoken is what a voice call would say, when the request places one
	// (the words of a Twilio call's <Say>), so the code a caller hears is
	// found as the code an SMS shows is (ExtractSpokenCode).
	Spoken string
	// Credentials are the values that authenticate the request (keys,
	// secrets, tokens, signatures), to be masked wherever shown.
	Credentials []string
}

// Answer is what Answer reads from a provider's reply.
type Answer struct {
	MessageID string
	Accepted  bool
}

// ConfigOf reads the configuration a provider's New was given: the *T
// its NewConfig returned, a T, or nil for T's zero value. Anything else
// is a mistake of the caller, reported with the provider's name.
func ConfigOf[T any](name string, cfg any) (T, error) {
	var zero T
	switch c := cfg.(type) {
	case nil:
		return zero, nil
	case *T:
		if c == nil {
			return zero, nil
		}
		return *c, nil
	case T:
		return c, nil
	}
	return zero, fmt.Errorf("provider %s: configuration of type %T, want %T (the value its NewConfig returns)", name, cfg, &zero)
}
