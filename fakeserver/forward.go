package fakeserver

import (
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// forwardProviders builds the recording proxies of forward mode, one
// per provider and upstream: the fakes are only asked whether a request
// is valid; they answer nothing. A provider with several upstreams
// (Twilio's api. and verify. hosts, which one port receives alike) has a
// proxy for each, told apart by the request's path, sharing one journal.
func forwardProviders(cfg Config) ([]served, error) {
	checkers, err := providers.NewSet(providers.SetConfig{Configs: cfg.Providers})
	if err != nil {
		return nil, err
	}
	transport := cfg.Forward.Transport
	if transport == nil {
		transport = fakekit.NewProxyTransport() // one connection pool for every upstream
	}
	limits := fakekit.Limits{Entries: cfg.MaxMessages, Bytes: cfg.MaxBytes}
	var out []served
	for _, p := range providers.All() {
		checker, err := checkers.Fake(p.Name())
		if err != nil {
			return nil, err
		}
		fp := &forwardProvider{p: p, fwd: cfg.Forward, check: checker.Check, transport: transport,
			journal: fakekit.NewBoundedJournal(limits), proxies: map[string]*fakekit.Proxy{}}
		for _, path := range append([]string{"/"}, p.Paths()...) {
			if _, err := fp.proxy(path); err != nil && !errors.Is(err, errNoUpstream) { // a wrong upstream is refused now, not on the first request
				return nil, err
			}
		}
		out = append(out, served{p: p, name: p.Name(), handler: fp, journal: fp.journal, reset: fp.journal.Reset})
	}
	return out, nil
}

// forwardProvider sends one provider's requests to its upstreams.
type forwardProvider struct {
	p         provider.Provider
	fwd       *Forward
	check     fakekit.CheckFunc
	transport http.RoundTripper
	journal   *fakekit.Journal

	mu      sync.Mutex
	proxies map[string]*fakekit.Proxy // by upstream URL
}

func (fp *forwardProvider) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	proxy, err := fp.proxy(r.URL.Path)
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	proxy.ServeHTTP(w, r)
}

// errNoUpstream is the answer for a provider with no one real base URL
// (the tenant's Auth0 domain) when none was given.
var errNoUpstream = errors.New("no upstream")

// proxy is the proxy to the upstream of path, made on first use.
func (fp *forwardProvider) proxy(path string) (*fakekit.Proxy, error) {
	upstream := fp.fwd.upstream(fp.p, path)
	if upstream == nil {
		return nil, fmt.Errorf("%w: %s has no one real base URL to forward to; start the server with --upstream-%s", errNoUpstream, fp.p.Title(), fp.p.Name())
	}
	fp.mu.Lock()
	defer fp.mu.Unlock()
	if proxy, ok := fp.proxies[upstream.String()]; ok {
		return proxy, nil
	}
	proxy, err := fakekit.NewProxy(fakekit.ProxyConfig{
		Provider: fp.p.Name(), Upstream: upstream, Check: fp.check, NoValidate: fp.fwd.NoValidate,
		Transport: fp.transport, Journal: fp.journal,
		Destination: func(method, path string, header http.Header, body []byte) string {
			return fp.p.Describe(method, path, header, body).Destination
		},
		MessageID: func(status int, body []byte) string { return fp.p.Answer(status, body).MessageID },
		Accepted:  func(status int, body []byte) bool { return fp.p.Answer(status, body).Accepted },
	})
	if err != nil {
		return nil, err
	}
	fp.proxies[upstream.String()] = proxy
	return proxy, nil
}
