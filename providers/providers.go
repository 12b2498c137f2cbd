// Package providers is the one list of the provider APIs hookemu fakes,
// and the set of fakes one run (or one `serve`) builds from it. Whatever
// needs to know which providers exist (the harness's routing, serve's
// mounting and forward mode, scenario keys, check, diff, the CLI's
// --upstream-NAME flags, the fidelity world) asks this package; adding a
// provider is one line in the list below. See package provider for the
// contract and the guide to adding one.
package providers

import (
	"slices"
	"strings"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeauth0"
	"github.com/hookemu/hookemu/fakeesendex"
	"github.com/hookemu/hookemu/fakeinfobip"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/faketelesign"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/hookemu/hookemu/provider"
)

// all is the registry, in the order help texts, reports and the REST API
// list providers. One line per provider.
var all = []provider.Provider{
	fake8x8.Provider{},
	faketwilio.Provider{},
	fakeinfobip.Provider{},
	fakeesendex.Provider{},
	fakesns.Provider{},
	faketelesign.Provider{},
	fakeauth0.Provider{},
	fakevonage.Provider{},
}

// All returns every registered provider, in registry order. The slice is
// the caller's.
func All() []provider.Provider { return slices.Clone(all) }

// Names returns the providers' names, in registry order.
func Names() []string {
	names := make([]string, len(all))
	for i, p := range all {
		names[i] = p.Name()
	}
	return names
}

// Lookup finds a provider by name ("8x8"), ignoring case.
func Lookup(name string) (provider.Provider, bool) {
	for _, p := range all {
		if strings.EqualFold(p.Name(), name) {
			return p, true
		}
	}
	return nil, false
}

// ForHost finds the provider whose hosts or host patterns include host;
// a port, a trailing dot and case are ignored (see provider.MatchHost).
func ForHost(host string) (provider.Provider, bool) {
	for _, p := range all {
		if provider.MatchesAny(p.Hosts(), host) {
			return p, true
		}
	}
	return nil, false
}

// ForPath finds the provider one of whose path prefixes path starts
// with: serve's single port tells providers apart by path.
func ForPath(path string) (provider.Provider, bool) {
	for _, p := range all {
		if ServesPath(p, path) {
			return p, true
		}
	}
	return nil, false
}

// ServesPath says whether path starts with one of p's path prefixes.
func ServesPath(p provider.Provider, path string) bool {
	return slices.ContainsFunc(p.Paths(), func(prefix string) bool { return strings.HasPrefix(path, prefix) })
}
