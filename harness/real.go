package harness

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/providers"
)

// Real switches a harness to real mode: requests to provider hosts go to
// the real provider through a recording proxy that first asks the fake
// whether the request is valid and, unless NoValidate, refuses to forward
// what the fake would reject, since every message the real provider takes
// is paid for.
type Real struct {
	// Upstreams replace the real base URLs by provider name (tests point
	// them at local TLS stand-ins); a provider left out sends each
	// request to the host the hook addressed.
	Upstreams  map[string]*url.URL
	NoValidate bool
	// Transport reaches the upstreams; fakekit.NewProxyTransport when nil.
	Transport http.RoundTripper
}

// realRoutes are the provider routes of real mode: the same hosts as in
// fake mode, served by proxies in front of the real APIs.
func (h *Harness) realRoutes(r *Real) ([]Route, error) {
	for name := range r.Upstreams {
		if _, err := providers.Find(name); err != nil {
			return nil, fmt.Errorf("real mode: an upstream for %w", err)
		}
	}
	routes := h.fakeRoutes()
	for i := range routes {
		name := routes[i].Provider
		upstream := r.upstream(name)
		proxy, err := fakekit.NewProxy(fakekit.ProxyConfig{
			Provider: name, Upstream: upstream, Check: h.check(name),
			NoValidate: r.NoValidate, Transport: r.Transport,
		})
		if err != nil {
			return nil, fmt.Errorf("real mode for %s: %w", name, err)
		}
		routes[i].Transport, routes[i].Upstream = proxy, upstream
	}
	return routes, nil
}

// upstream is the base URL given for the provider called name, or nil.
func (r *Real) upstream(name string) *url.URL {
	for k, u := range r.Upstreams {
		if p, ok := providers.Lookup(k); ok && p.Name() == name {
			return u
		}
	}
	return nil
}

// check asks the provider's fake, built on the first request it judges,
// whether a request would be refused.
func (h *Harness) check(name string) fakekit.CheckFunc {
	return func(method, path string, header http.Header, body []byte) (int, []byte, bool) {
		f, err := h.fakes.Fake(name)
		if err != nil {
			return http.StatusInternalServerError, []byte(`{"error":` + strconv.Quote(err.Error()) + `}`), false
		}
		return f.Check(method, path, header, body)
	}
}

// RealHosts lists where real mode sends requests, for the warning printed
// before anything is sent: each provider's upstream, or the hosts it
// answers on.
func (r *Real) RealHosts() []string {
	var hosts []string
	for _, p := range providers.All() {
		if u := r.upstream(p.Name()); u != nil {
			hosts = append(hosts, u.String()+" (for "+p.Title()+")")
			continue
		}
		hosts = append(hosts, fmt.Sprintf("the %s host the hook addresses (%s)", p.Title(), strings.Join(slices.Clone(p.Hosts()), ", ")))
	}
	return hosts
}
