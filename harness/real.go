package harness

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fakekit"
)

// Real switches a harness to real mode: requests to provider hosts go to
// the real provider through a recording proxy that first asks the fake
// whether the request is valid and, unless NoValidate, refuses to forward
// what the fake would reject, since every message the real provider takes
// is paid for.
type Real struct {
	// Upstream8x8 and UpstreamTwilio replace the real base URLs (tests
	// point them at local TLS stand-ins); nil sends each request to the
	// host the hook addressed.
	Upstream8x8, UpstreamTwilio *url.URL
	NoValidate                  bool
	// Transport reaches the upstreams; fakekit.NewProxyTransport when nil.
	Transport http.RoundTripper
}

// realRoutes are the provider routes of real mode: the same hosts as in
// fake mode, served by proxies in front of the real APIs.
func (h *Harness) realRoutes(r *Real) ([]Route, error) {
	p8x8, err := fakekit.NewProxy(fakekit.ProxyConfig{
		Provider: "8x8", Upstream: r.Upstream8x8, Check: h.fake8x8().Check,
		NoValidate: r.NoValidate, Transport: r.Transport,
	})
	if err != nil {
		return nil, fmt.Errorf("real mode for 8x8: %w", err)
	}
	pTwilio, err := fakekit.NewProxy(fakekit.ProxyConfig{
		Provider: "twilio", Upstream: r.UpstreamTwilio, Check: h.twilio().Check,
		NoValidate: r.NoValidate, Transport: r.Transport,
	})
	if err != nil {
		return nil, fmt.Errorf("real mode for Twilio: %w", err)
	}
	routes := h.fakeRoutes()
	routes[0].Transport, routes[0].Upstream = p8x8, r.Upstream8x8
	routes[1].Transport, routes[1].Upstream = pTwilio, r.UpstreamTwilio
	return routes, nil
}

// RealHosts lists where real mode sends requests, for the warning printed
// before anything is sent.
func (r *Real) RealHosts() []string {
	hosts := []string{"the 8x8 host the hook addresses (sms.8x8.com, sms.us.8x8.com, sms.8x8.uk, sms.8x8.id)",
		"the Twilio host the hook addresses (api.twilio.com, verify.twilio.com)"}
	if r.Upstream8x8 != nil {
		hosts[0] = r.Upstream8x8.String() + " (for 8x8)"
	}
	if r.UpstreamTwilio != nil {
		hosts[1] = r.UpstreamTwilio.String() + " (for Twilio)"
	}
	return hosts
}
