package fakeserver

import (
	"fmt"
	"net"
	"strings"
)

// DefaultAddr is where `hookemu serve` listens unless told otherwise: the
// loopback interface, on the port Mailpit gives its API, familiar to
// anyone who tests mail the same way.
const DefaultAddr = "127.0.0.1:8025"

// RequireLoopback refuses an address that other machines could reach. The
// server takes any credentials, shows every message it received through
// its API, and with forwarding sends real SMS on its clients' behalf, so
// exposing it must be a choice (serve --public), never a default.
func RequireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q is not host:port; use e.g. %s, or 127.0.0.1:0 for any free port", addr, DefaultAddr)
	}
	if IsLoopbackHost(host) {
		return nil
	}
	where := host
	if host == "" {
		where = "every interface"
	}
	return fmt.Errorf("%s would let other machines reach this server (%s), which accepts any credentials "+
		"and shows every message it received (and with --forward sends real ones); "+
		"listen on 127.0.0.1 instead, or pass --public if that is what you want", addr, where)
}

// IsLoopbackHost says whether host (a name or an IP, without port) is
// this machine only: "localhost" or a loopback IP. Other names are not
// resolved, so they count as reachable from elsewhere.
func IsLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
