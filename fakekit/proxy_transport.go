package fakekit

import (
	"net"
	"net/http"
	"time"
)

// NewProxyTransport is the transport a Proxy uses when given none: the
// environment's HTTP proxy settings, bounded waits at every step so that a
// dead upstream fails instead of hanging (30 s for the answer, as
// twilio-node allows), and no transparent decompression, so bodies pass
// through exactly as sent. Clone it to add trust for a test server.
func NewProxyTransport() *http.Transport {
	return &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   8,
		DisableCompression:    true,
	}
}
