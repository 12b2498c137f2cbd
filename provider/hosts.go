package provider

import (
	"net"
	"strings"
)

// MatchHost says whether host is one the pattern names: an exact host, or
// a pattern where each "*" stands for exactly one DNS label, as in
// "*.api.infobip.com" or "sns.*.amazonaws.com". A port and a trailing dot
// are ignored and case does not matter, as in DNS.
func MatchHost(pattern, host string) bool {
	host = CanonicalHost(host)
	pattern = strings.ToLower(pattern)
	if !strings.Contains(pattern, "*") {
		return host == pattern
	}
	want, got := strings.Split(pattern, "."), strings.Split(host, ".")
	if len(want) != len(got) {
		return false
	}
	for i, label := range want {
		if label == "*" {
			if !isDNSLabel(got[i]) {
				return false
			}
			continue
		}
		if label != got[i] {
			return false
		}
	}
	return true
}

// MatchesAny says whether host matches one of patterns.
func MatchesAny(patterns []string, host string) bool {
	for _, p := range patterns {
		if MatchHost(p, host) {
			return true
		}
	}
	return false
}

// CanonicalHost is host without its port and trailing dot, lower case.
func CanonicalHost(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// isDNSLabel accepts a label of letters, digits and inner hyphens.
func isDNSLabel(label string) bool {
	if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for _, r := range label {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}
