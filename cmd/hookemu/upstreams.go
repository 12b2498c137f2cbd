package main

import (
	"net/url"
	"strings"

	"github.com/spf13/pflag"

	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// upstreamFlags are --upstream-NAME, one per registered provider, so a
// provider added to the registry gets its flag without a change here.
type upstreamFlags struct {
	raw map[string]*string // provider name -> the flag's value
}

// upstreamFlag is the flag of the provider called name.
func upstreamFlag(name string) string { return "--upstream-" + name }

// add registers a flag per provider; usage words each one's help.
func (u *upstreamFlags) add(fl *pflag.FlagSet, usage func(p provider.Provider) string) {
	u.raw = map[string]*string{}
	for _, p := range providers.All() {
		u.raw[p.Name()] = fl.String(strings.TrimPrefix(upstreamFlag(p.Name()), "--"), "", usage(p))
	}
}

// given lists the upstream flags set, in registry order.
func (u *upstreamFlags) given() []string {
	var out []string
	for _, name := range providers.Names() {
		if v := u.raw[name]; v != nil && *v != "" {
			out = append(out, upstreamFlag(name))
		}
	}
	return out
}

// parse reads the flags set, by provider name.
func (u *upstreamFlags) parse() (map[string]*url.URL, error) {
	out := map[string]*url.URL{}
	for _, name := range providers.Names() {
		v := u.raw[name]
		if v == nil || *v == "" {
			continue
		}
		parsed, err := upstreamURL(upstreamFlag(name), *v)
		if err != nil {
			return nil, err
		}
		out[name] = parsed
	}
	return out, nil
}
