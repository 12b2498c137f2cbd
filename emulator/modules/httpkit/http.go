package httpkit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/internal/stackstart"
)

// MaxResponseBody bounds what a shim reads of one response, so a provider
// (or a fake told to misbehave) cannot exhaust memory.
const MaxResponseBody = 10 << 20

// Request is an HTTP request as a shim built it, before it becomes a Go
// http.Request. Header names keep their canonical Go form.
type Request struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
	// Timeout bounds the whole exchange; 0 means no limit of its own (the
	// invocation's end still cancels it).
	Timeout time.Duration
}

// Response is a fully read HTTP response.
type Response struct {
	Status     int
	StatusText string
	Header     http.Header
	Body       []byte
	URL        string
}

// Send performs req through the host's transport on its own goroutine and
// calls done on the JS goroutine with the response, or with the failure as
// Node would have described it.
//
// The request is issued (on the transport's record, see Issue) at once,
// and its own time limit counts from then, but the exchange starts on the loop's next turn: Node connects only
// after the current job, so a request aborted in the same tick (a cancel
// token, an AbortController) never reaches the server there, and must
// not here; it is withdrawn from the record.
func Send(h modules.Host, req Request, done func(*Response, *NetError) error) {
	enqueue := h.RegisterCallback()
	ctx := h.Context()
	transport := h.Transport()
	exCtx, cancel := withTimeout(ctx, req.Timeout)
	out, invalid := newRequest(exCtx, req)
	var issued Issued
	if invalid == nil {
		issued = Issue(transport, out, req.Body)
	}
	h.RegisterCallback()(func() error {
		onRecord := issued
		if invalid == nil && ctx.Err() != nil {
			issued.Withdraw()
			onRecord = Issued{Request: issued.Request}
		}
		go func() {
			// An exchange with an in-process fake reaches 16 KiB (the
			// fake decodes JSON); sized at once, the stack is copied
			// while nearly empty instead of three times with the
			// exchange's frames on it (internal/stackstart).
			stackstart.To16K()
			defer cancel()
			var resp *Response
			netErr := invalid
			if invalid == nil {
				resp, netErr = exchange(transport, onRecord, req.Timeout > 0)
			}
			enqueue(func() error { return done(resp, netErr) })
		}()
		return nil
	})
}

// withTimeout bounds ctx by the exchange's own time limit, if it has one.
func withTimeout(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if timeout > 0 {
		return context.WithTimeout(ctx, timeout)
	}
	return ctx, func() {}
}

// roundTrip performs r on transport at once, with no record: what Send's
// goroutine does, for the tests.
func roundTrip(ctx context.Context, transport http.RoundTripper, r Request) (*Response, *NetError) {
	ctx, cancel := withTimeout(ctx, r.Timeout)
	defer cancel()
	req, invalid := newRequest(ctx, r)
	if invalid != nil {
		return nil, invalid
	}
	return exchange(transport, Issued{Request: req}, r.Timeout > 0)
}

// newRequest is r as a Go request bound to ctx, or the failure of a URL
// Node would not parse.
func newRequest(ctx context.Context, r Request) (*http.Request, *NetError) {
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, &NetError{Code: "ERR_INVALID_URL", Message: fmt.Sprintf("Invalid URL: %s", r.URL)}
	}
	if len(r.Body) == 0 {
		req.Body = http.NoBody
	}
	for k, vs := range r.Header {
		// The map is the request's own; the values are shared, as nothing
		// on the way (client, transport, an in-process handler) changes a
		// header's slice in place: Set and Del replace it, Add appends
		// past the caller's length.
		ck := http.CanonicalHeaderKey(k)
		if have, ok := req.Header[ck]; ok {
			vs = append(append([]string(nil), have...), vs...)
		}
		req.Header[ck] = vs
	}
	return req, nil
}

// exchange sends the issued request and reads the answer, or says why
// none came (timed says the request has a time limit of its own, so a
// deadline passing is its timeout); a request that ends before it is
// sent completes its record as unsent.
func exchange(transport http.RoundTripper, issued Issued, timed bool) (*Response, *NetError) {
	req := issued.Request
	ctx := req.Context()
	if err := ctx.Err(); err != nil {
		// Ended before it was sent: aborted, the run over, or its own time
		// limit passed already (a loaded machine can start the exchange
		// that late).
		issued.Unsent(context.Cause(ctx))
		return nil, Classify(err, req.URL, timed && errors.Is(err, context.DeadlineExceeded))
	}
	resp, err := transport.RoundTrip(req)
	if err != nil {
		return nil, Classify(err, req.URL, timed && errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
	defer resp.Body.Close()
	body, err := readBody(resp)
	if err != nil {
		return nil, Classify(err, req.URL, timed && errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
	return &Response{
		Status:     resp.StatusCode,
		StatusText: statusText(resp),
		Header:     resp.Header,
		Body:       body,
		URL:        req.URL.String(),
	}, nil
}

// statusText is the reason phrase the server sent, as Node exposes it.
func statusText(resp *http.Response) string {
	if len(resp.Status) > 4 && resp.Status[3] == ' ' {
		return resp.Status[4:]
	}
	return http.StatusText(resp.StatusCode)
}

// readBody reads at most MaxResponseBody bytes of resp's body, as
// io.ReadAll does, but starts from a buffer of the declared length (and
// one byte more, to see the end without growing it) instead of 512 bytes
// grown: most answers declare their length. A declared length is only a
// first guess: a body that is shorter or longer is read as it is.
func readBody(resp *http.Response) ([]byte, error) {
	size := int64(512)
	if n := resp.ContentLength; n >= 0 && n < MaxResponseBody {
		size = n + 1
	}
	r := io.LimitReader(resp.Body, MaxResponseBody)
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}
