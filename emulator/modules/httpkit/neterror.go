package httpkit

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"syscall"
)

// NetError is a failed exchange described the way Node's net, dns and tls
// layers describe it, so that a shim can hand the hook the same error
// object (message, code, errno, syscall) the real library would.
type NetError struct {
	Code     string
	Errno    int
	Syscall  string
	Hostname string
	Address  string
	Port     int
	Message  string
	// TimedOut is set when the request's own timeout expired; shims turn
	// it into their library's timeout error (axios: ECONNABORTED).
	TimedOut bool
	// Canceled is set when the invocation ended while the request was in
	// flight; nobody will see the error, but it must not look like a
	// provider failure in the record.
	Canceled bool
}

func (e *NetError) Error() string { return e.Message }

// Classify maps a Go transport error to Node's description of it. The
// harness reports a blocked host as a *net.DNSError, exactly what a failed
// lookup gives, so the hook sees getaddrinfo ENOTFOUND.
func Classify(err error, u *url.URL, timedOut bool) *NetError {
	host, port := hostPort(u)
	var dnsErr *net.DNSError
	var hostErr x509.HostnameError
	var authErr x509.UnknownAuthorityError
	var certErr x509.CertificateInvalidError
	var recordErr tls.RecordHeaderError
	switch {
	case timedOut:
		return &NetError{Code: "ETIMEDOUT", Errno: -110, Syscall: "connect", TimedOut: true,
			Message: fmt.Sprintf("connect ETIMEDOUT %s:%d", host, port), Address: host, Port: port}
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return &NetError{Code: "ECONNRESET", Errno: -104, Message: "socket hang up", Canceled: true}
	case errors.As(err, &dnsErr):
		return &NetError{Code: "ENOTFOUND", Errno: -3008, Syscall: "getaddrinfo", Hostname: dnsErr.Name,
			Message: "getaddrinfo ENOTFOUND " + dnsErr.Name}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &NetError{Code: "ECONNREFUSED", Errno: -111, Syscall: "connect", Address: host, Port: port,
			Message: fmt.Sprintf("connect ECONNREFUSED %s:%d", host, port)}
	case errors.As(err, &hostErr):
		return &NetError{Code: "ERR_TLS_CERT_ALTNAME_INVALID",
			Message: fmt.Sprintf("Hostname/IP does not match certificate's altnames: Host: %s. is not in the cert's altnames", host)}
	case errors.As(err, &authErr):
		return &NetError{Code: "SELF_SIGNED_CERT_IN_CHAIN", Message: "self signed certificate in certificate chain"}
	case errors.As(err, &certErr) && certErr.Reason == x509.Expired:
		return &NetError{Code: "CERT_HAS_EXPIRED", Message: "certificate has expired"}
	case errors.As(err, &recordErr):
		return &NetError{Code: "EPROTO", Errno: -71, Syscall: "write", Message: "write EPROTO wrong version number"}
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &NetError{Code: "ECONNRESET", Errno: -104, Message: "socket hang up"}
	default:
		return &NetError{Code: "ECONNRESET", Errno: -104, Message: err.Error()}
	}
}

func hostPort(u *url.URL) (string, int) {
	if u == nil {
		return "", 0
	}
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		port = 80
		if u.Scheme == "https" {
			port = 443
		}
	}
	return u.Hostname(), port
}
