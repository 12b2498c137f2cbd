package faketwilio

import "github.com/hookemu/hookemu/provider"

// products are the first labels of the Twilio hosts this fake serves.
var products = []string{"api", "verify"}

// Hosts returns the default hosts this fake serves: the ones twilio-node
// uses without region or edge.
func Hosts() []string {
	return []string{"api.twilio.com", "verify.twilio.com"}
}

// IsHost says whether a request to host belongs to this fake: api or verify
// on twilio.com, plain or with the region and edge labels twilio-node puts
// in between ({product}.{region}.twilio.com, {product}.{edge}.{region}.twilio.com).
// A port and a trailing dot are ignored, and case does not matter, as in
// DNS. The patterns are Provider.Hosts, the ones the registry routes by.
func IsHost(host string) bool {
	return provider.MatchesAny(Provider{}.Hosts(), host)
}
