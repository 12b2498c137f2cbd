package faketwilio

import (
	"net"
	"slices"
	"strings"
)

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
// A port and a trailing dot are ignored, and case does not matter, as in DNS.
func IsHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	rest, ok := strings.CutSuffix(host, ".twilio.com")
	if !ok {
		return false
	}
	labels := strings.Split(rest, ".")
	if len(labels) > 3 || !slices.Contains(products, labels[0]) {
		return false
	}
	for _, label := range labels[1:] {
		if !isDNSLabel(label) {
			return false
		}
	}
	return true
}

// isDNSLabel accepts the labels Twilio's regions (us1, ie1) and edges
// (sydney, sao-paulo, ashburn-ix) are made of.
func isDNSLabel(label string) bool {
	if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for _, r := range label {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}
