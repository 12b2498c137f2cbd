package fakekit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
)

// maxProxyBodyBytes bounds what the proxy holds of a request or an answer:
// it reads both whole, to validate and to journal them. Provider requests
// and answers are far smaller.
const maxProxyBodyBytes = 32 << 20

// errBodyTooLarge is the answer to a body the proxy will not hold.
var errBodyTooLarge = fmt.Errorf("the body is larger than %d MiB, more than any provider request; it was not forwarded", maxProxyBodyBytes>>20)

// readProxyBody reads and closes body, refusing more than
// maxProxyBodyBytes without holding it.
func readProxyBody(body io.ReadCloser) ([]byte, error) {
	if body == nil || body == http.NoBody {
		return nil, nil
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, maxProxyBodyBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxProxyBodyBytes {
		return nil, errBodyTooLarge
	}
	return data, nil
}

// target is where the request for u goes: u's path and query appended to
// the upstream's base, or u's own scheme and host when there is no
// upstream. The path is joined as sent, encoded or not, never cleaned.
func (p *Proxy) target(u *url.URL) (*url.URL, error) {
	base := p.cfg.Upstream
	if base == nil {
		if u.Host == "" {
			return nil, fmt.Errorf("the %s proxy has no upstream and the request names no host; set the upstream URL", p.cfg.Provider)
		}
		scheme := u.Scheme
		if scheme == "" {
			scheme = "https"
		}
		base = &url.URL{Scheme: scheme, Host: u.Host}
	}
	prefix := strings.TrimSuffix(base.EscapedPath(), "/")
	if prefix != "" && !strings.HasPrefix(prefix, "/") {
		prefix = "/" + prefix
	}
	joined, err := url.Parse(base.Scheme + "://" + base.Host + prefix + u.EscapedPath())
	if err != nil {
		return nil, fmt.Errorf("cannot join %s with the request path %q: %w", base, u.EscapedPath(), err)
	}
	joined.RawQuery = u.RawQuery
	return joined, nil
}

// send forwards in to target and reads the whole answer.
func (p *Proxy) send(ctx context.Context, in inbound, target *url.URL) answer {
	var body io.Reader = http.NoBody
	if len(in.body) > 0 {
		body = bytes.NewReader(in.body)
	}
	req, err := http.NewRequestWithContext(ctx, in.method, target.String(), body)
	if err != nil {
		return answer{err: err}
	}
	req.Header = forwardedHeader(in.header)
	resp, err := p.transport.RoundTrip(req)
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	data, err := readProxyBody(io.NopCloser(resp.Body))
	if err != nil {
		return answer{err: err}
	}
	return answer{status: resp.StatusCode, statusLine: resp.Status, header: resp.Header, body: data}
}

// hopByHop are the headers that describe one connection rather than the
// message (RFC 9110 section 7.6.1), so a proxy must not pass them on.
var hopByHop = []string{
	"Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authenticate",
	"Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade",
}

// forwardedHeader is h without hop-by-hop headers (and those Connection
// names). A request without User-Agent is sent without one, as it came,
// rather than with Go's default.
func forwardedHeader(h http.Header) http.Header {
	out := withoutHopByHop(h)
	if _, ok := out["User-Agent"]; !ok {
		out["User-Agent"] = []string{""}
	}
	return out
}

func withoutHopByHop(h http.Header) http.Header {
	out := h.Clone()
	if out == nil {
		return http.Header{}
	}
	for _, line := range h.Values("Connection") {
		for _, name := range strings.Split(line, ",") {
			out.Del(textproto.TrimString(name))
		}
	}
	for _, name := range hopByHop {
		out.Del(name)
	}
	return out
}

// gatewayStatus is how ServeHTTP reports a failed exchange: 504 when the
// upstream took too long, else 502.
func gatewayStatus(err error) int {
	var timeout interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &timeout) && timeout.Timeout() {
		return http.StatusGatewayTimeout
	}
	return http.StatusBadGateway
}

// describeFailure says what went wrong in words a user can act on; after
// a timeout the message may have been sent all the same.
func (p *Proxy) describeFailure(ans answer) string {
	where := "the real " + p.cfg.Provider
	if u := p.cfg.Upstream; u != nil {
		where += " at " + u.String()
	}
	if gatewayStatus(ans.err) == http.StatusGatewayTimeout {
		return fmt.Sprintf("no answer in time from %s: %v; the message may have been sent all the same, so check before retrying", where, ans.err)
	}
	return fmt.Sprintf("no answer from %s: %v; check the network and the upstream URL", where, ans.err)
}
