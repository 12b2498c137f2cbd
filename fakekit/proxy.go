package fakekit

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// CheckFunc says whether a fake would reject a request, without recording
// it: provider.Fake's Check, which every fake implements, has this
// shape. path may carry a query string; errBody is the provider's error
// body, sent with status, when ok is false.
type CheckFunc func(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool)

// ProxyConfig sets up a recording proxy in front of a real provider API.
type ProxyConfig struct {
	// Provider names the provider in journal entries and error messages
	// (its registry name, provider.Provider.Name).
	Provider string
	// Upstream is the base URL requests go to: the request's path and query
	// are appended to it, so (for 8x8) https://sms.8x8.com sends
	// /api/v1/subaccounts/x/messages to
	// https://sms.8x8.com/api/v1/subaccounts/x/messages. When nil, each
	// request goes to the scheme and host it names itself, which is what an
	// in-process RoundTripper gets from a hook that picked its own region
	// host; ServeHTTP then needs absolute request URLs.
	Upstream *url.URL
	// Check is the fake's judgement, asked before anything is forwarded,
	// because the user pays for every message the real provider takes.
	// Required unless NoValidate.
	Check CheckFunc
	// NoValidate forwards even what Check would reject. Validation is on
	// unless this is set, so that forgetting a field can never cost money.
	NoValidate bool
	// Transport reaches the upstream; NewProxyTransport when nil. Tests put
	// the trust of a local TLS stand-in here.
	Transport http.RoundTripper
	// Journal records every exchange; a fresh one of DefaultJournalSize
	// when nil. Several proxies may share one.
	Journal *Journal
	// Destination, when set, names the recipient a request is for (given
	// the path with its query), to fill
	// Entry.Destination; MessageID, when set, reads the provider's id of
	// what it created from the answer, to fill Entry.MessageID.
	Destination func(method, path string, header http.Header, body []byte) string
	MessageID   func(status int, body []byte) string
	// Accepted, when set, says whether the provider took the message it
	// answered (Vonage answers 200 with a refusal inside); otherwise any
	// 2xx answer is taken for acceptance. Only forwarded requests that
	// were answered can be accepted.
	Accepted func(status int, body []byte) bool
}

// Proxy forwards requests to a real provider unchanged and returns its
// answers unchanged, after asking the fake whether the request is valid,
// and journals every exchange. It is an http.Handler for clients over the
// network and an http.RoundTripper for clients in the same process; the
// RoundTripper form reports an unreachable upstream as the transport
// error itself (connection refused, TLS failure, timeout), which a
// Handler cannot do. It is safe for concurrent use.
type Proxy struct {
	cfg       ProxyConfig
	transport http.RoundTripper
	journal   *Journal
}

var (
	_ http.Handler      = (*Proxy)(nil)
	_ http.RoundTripper = (*Proxy)(nil)
)

// NewProxy returns a proxy configured by cfg, or an error that says which
// setting is missing or wrong.
func NewProxy(cfg ProxyConfig) (*Proxy, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if cfg.Upstream != nil {
		upstream := *cfg.Upstream // the caller may reuse its URL; this proxy's must not change
		cfg.Upstream = &upstream
	}
	p := &Proxy{cfg: cfg, transport: cfg.Transport, journal: cfg.Journal}
	if p.transport == nil {
		p.transport = NewProxyTransport()
	}
	if p.journal == nil {
		p.journal = NewJournal(0)
	}
	return p, nil
}

func (cfg ProxyConfig) validate() error {
	if cfg.Check == nil && !cfg.NoValidate {
		return errors.New("fakekit: ProxyConfig.Check is required unless NoValidate is set: " +
			"without it the proxy cannot keep a request the provider would refuse from being sent")
	}
	if u := cfg.Upstream; u != nil {
		if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("fakekit: the %s upstream %q must be an absolute http(s) URL such as https://sms.8x8.com", cfg.Provider, u)
		}
		if u.RawQuery != "" || u.Fragment != "" {
			return fmt.Errorf("fakekit: the %s upstream %q must not have a query or fragment: only a base URL is joined with the request's path", cfg.Provider, u)
		}
	}
	return nil
}

// Journal is the record of every exchange through this proxy.
func (p *Proxy) Journal() *Journal { return p.journal }

// RoundTrip forwards req and returns the upstream's response, or the
// upstream's transport error unchanged so that the caller sees exactly
// what its HTTP library would see without the proxy. A request the fake
// rejects comes back as the fake's error response, without being sent.
func (p *Proxy) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readProxyBody(req.Body)
	if err != nil {
		return nil, err
	}
	ans := p.exchange(req.Context(), inbound{method: req.Method, url: req.URL, header: req.Header, body: body})
	if ans.err != nil {
		return nil, ans.err
	}
	return ans.response(req), nil
}

// ServeHTTP forwards r and writes the upstream's answer. When no answer
// came back it writes 502 (504 after a timeout) with {"error": "..."},
// the nearest an HTTP server can come to a failed connection.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := readProxyBody(r.Body)
	if err != nil {
		ans := answer{status: http.StatusBadRequest, err: err}
		if errors.Is(err, errBodyTooLarge) {
			ans.status = http.StatusRequestEntityTooLarge
		}
		p.record(p.newEntry(inbound{method: r.Method, url: r.URL, header: r.Header}), ans)
		writeProxyError(w, ans.status, err.Error())
		return
	}
	ans := p.exchange(r.Context(), inbound{method: r.Method, url: r.URL, header: r.Header, body: body})
	if ans.err != nil {
		writeProxyError(w, gatewayStatus(ans.err), p.describeFailure(ans))
		return
	}
	ans.write(w)
}

// inbound is a request as the client sent it, before forwarding.
type inbound struct {
	method string
	url    *url.URL
	header http.Header
	body   []byte
}

// exchange validates, forwards and journals one request.
func (p *Proxy) exchange(ctx context.Context, in inbound) answer {
	entry := p.newEntry(in)
	target, err := p.target(in.url)
	if err != nil {
		return p.record(entry, answer{err: err})
	}
	entry.Upstream = target.String()
	if ans, refused := p.validateRequest(in); refused {
		if ans.status == http.StatusRequestEntityTooLarge {
			entry.Body = nil // refused for its size: holding it is what the refusal avoids
		}
		return p.record(entry, ans)
	}
	entry.Forwarded = true
	return p.record(entry, p.send(ctx, in, target))
}

// validateRequest asks the fake about in; refused says it must not be
// sent, and ans is then the fake's error answer.
func (p *Proxy) validateRequest(in inbound) (ans answer, refused bool) {
	if p.cfg.NoValidate {
		return answer{}, false
	}
	status, errBody, ok := p.cfg.Check(in.method, in.url.RequestURI(), in.header, in.body)
	if ok {
		return answer{}, false
	}
	header := http.Header{}
	header.Set("Content-Type", "application/json")
	header.Set(NotForwardedHeader, fmt.Sprintf(
		"the fake %s rejects this request (see the body), so it was not sent; fix the request, or turn validation off (--no-validate) to send it anyway",
		p.cfg.Provider))
	return answer{status: status, header: header, body: errBody}, true
}

// NotForwardedHeader marks an answer the proxy gave itself because the
// fake rejected the request: the upstream never saw it.
const NotForwardedHeader = "X-Hookemu-Not-Forwarded"

// record journals the exchange and returns ans, so callers can end with it.
func (p *Proxy) record(e Entry, ans answer) answer {
	e.Status = ans.status
	e.Response = ans.body
	if ans.err != nil {
		e.Error = ans.err.Error()
	}
	e.Accepted = e.Forwarded && ans.err == nil && ans.status >= 200 && ans.status < 300
	if p.cfg.Accepted != nil && e.Forwarded && ans.err == nil {
		e.Accepted = p.cfg.Accepted(ans.status, ans.body)
	}
	if p.cfg.MessageID != nil && ans.err == nil {
		e.MessageID = p.cfg.MessageID(ans.status, ans.body)
	}
	p.journal.Add(e)
	return ans
}

func (p *Proxy) newEntry(in inbound) Entry {
	e := Entry{
		Provider: p.cfg.Provider,
		Method:   in.method,
		Path:     in.url.Path,
		Query:    in.url.RawQuery,
		Header:   in.header.Clone(),
		Body:     in.body,
	}
	if p.cfg.Destination != nil {
		e.Destination = p.cfg.Destination(in.method, in.url.RequestURI(), in.header, in.body)
	}
	return e
}
