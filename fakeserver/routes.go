package fakeserver

import (
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// routes finds the provider a request's host or path belongs to, with
// what the providers declare read once when the server is built: asking
// each provider for its hosts and splitting every pattern and the host
// into labels on each request (providers.ForHost) was a sixth of what
// serve allocated per request. It must answer exactly as
// providers.ForHost and providers.ServesPath do (a test holds it to
// that); providers declare their hosts and paths as facts that never
// change.
type routes struct {
	hosts []hostRoute
	paths [][]string // per provider, as in Server.providers
}

// hostRoute is one host pattern of one provider, lower case: exact when
// it has no "*", else its labels.
type hostRoute struct {
	provider int // index in Server.providers
	exact    string
	labels   []string
}

// newRoutes reads every provider's hosts and paths, in the servers's
// order, which is the registry's: the first provider whose pattern
// matches wins, as in providers.ForHost.
func newRoutes(served []served) routes {
	var rt routes
	for i, s := range served {
		for _, pattern := range s.p.Hosts() {
			pattern = strings.ToLower(pattern)
			route := hostRoute{provider: i, exact: pattern}
			if strings.Contains(pattern, "*") {
				route.exact, route.labels = "", strings.Split(pattern, ".")
			}
			rt.hosts = append(rt.hosts, route)
		}
		rt.paths = append(rt.paths, s.p.Paths())
	}
	return rt
}

// byHost is the index of the provider whose hosts name host, or -1.
func (rt routes) byHost(host string) int {
	host = canonicalHost(host)
	for _, route := range rt.hosts {
		if route.matches(host) {
			return route.provider
		}
	}
	return -1
}

// byPath is the index of the first provider one of whose path prefixes
// path starts with, or -1.
func (rt routes) byPath(path string) int {
	for i, prefixes := range rt.paths {
		for _, prefix := range prefixes {
			if strings.HasPrefix(path, prefix) {
				return i
			}
		}
	}
	return -1
}

// canonicalHost is provider.CanonicalHost, which allocates an error for
// a host without a port (net.SplitHostPort's): without a colon there is
// no port to take off.
func canonicalHost(host string) string {
	if strings.Contains(host, ":") {
		return provider.CanonicalHost(host)
	}
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// matches is provider.MatchHost for a canonical host, label by label
// without splitting it.
func (route hostRoute) matches(host string) bool {
	if route.labels == nil {
		return host == route.exact
	}
	rest := host
	for i, want := range route.labels {
		label, after, found := strings.Cut(rest, ".")
		if last := i == len(route.labels)-1; found == last {
			return false // more labels, or fewer, than the pattern
		}
		if want == "*" && !isDNSLabel(label) || want != "*" && want != label {
			return false
		}
		rest = after
	}
	return true
}

// isDNSLabel accepts a label of lower-case letters, digits and inner
// hyphens, as provider.MatchHost does for a "*".
func isDNSLabel(label string) bool {
	if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
