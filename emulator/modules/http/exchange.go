package http

import (
	"bytes"
	"context"
	"fmt"
	"io"
	nethttp "net/http"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// outgoing is one request as http.js hands it over once the hook ended it:
// the head exactly as ClientRequest will write it, and the whole body.
type outgoing struct {
	Method string
	URL    string
	// Host is the Host header's value, when the hook set one of its own.
	Host string
	// Header holds the headers in the order set, names as spelled.
	Header [][2]string
	Body   []byte
	// Chunked sends the body with Transfer-Encoding: chunked, as Node
	// does when the hook wrote before ending and gave no Content-Length.
	Chunked bool
}

// incoming is an answer as IncomingMessage exposes it: the body whole and
// raw (chunked framing removed, Content-Encoding left alone).
type incoming struct {
	Status     int
	Message    string
	Major      int
	Minor      int
	RawHeaders []string
	Body       []byte
	// Truncated is set when the body passed httpkit.MaxResponseBody.
	Truncated bool
}

// request builds the Go request for o. Go writes Host, Content-Length and
// Transfer-Encoding from fields, not from the header map, so those come
// from the hook's headers here; an absent User-Agent stays absent, as in
// Node.
func (o outgoing) request(ctx context.Context) (*nethttp.Request, error) {
	req, err := nethttp.NewRequestWithContext(ctx, o.Method, o.URL, bytes.NewReader(o.Body))
	if err != nil {
		return nil, err
	}
	for _, kv := range o.Header {
		name := nethttp.CanonicalHeaderKey(kv[0])
		req.Header[name] = append(req.Header[name], kv[1])
	}
	if _, ok := req.Header["User-Agent"]; !ok {
		req.Header["User-Agent"] = []string{""}
	}
	if o.Host != "" {
		req.Host = o.Host
	}
	delete(req.Header, "Host")
	delete(req.Header, "Transfer-Encoding")
	switch {
	case o.Chunked:
		req.ContentLength = -1
		req.TransferEncoding = []string{"chunked"}
		req.Header.Del("Content-Length")
		req.Body = io.NopCloser(bytes.NewReader(o.Body))
	case req.Header.Get("Content-Length") != "":
		n, err := strconv.ParseInt(req.Header.Get("Content-Length"), 10, 64)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("content-length %q is not a length", req.Header.Get("Content-Length"))
		}
		req.ContentLength = n
		if n == 0 {
			req.Body = nethttp.NoBody
		}
	case len(o.Body) == 0:
		req.Body = nethttp.NoBody
	}
	return req, nil
}

// issue builds the Go request for o and puts it on the record of
// transport (httpkit.Issue): http.js hands a request over the moment the
// hook has ended it and its socket is connected, which is when Node
// writes it. A request Node could not make fails as Node says.
func issue(ctx context.Context, transport nethttp.RoundTripper, o outgoing) (httpkit.Issued, *httpkit.NetError) {
	req, err := o.request(ctx)
	if err != nil {
		return httpkit.Issued{}, &httpkit.NetError{Code: "ERR_INVALID_URL", Message: "Invalid URL: " + o.URL}
	}
	body := o.Body
	if req.Body == nethttp.NoBody {
		body = nil
	}
	return httpkit.Issue(transport, req, body), nil
}

// exchange sends the issued request through transport and reads the
// answer whole (bounded), or says why none came, as Node's net layer
// would.
func exchange(transport nethttp.RoundTripper, issued httpkit.Issued) (*incoming, *httpkit.NetError) {
	req := issued.Request
	if err := req.Context().Err(); err != nil {
		issued.Unsent(context.Cause(req.Context()))
		return nil, httpkit.Classify(err, req.URL, false)
	}
	resp, err := transport.RoundTrip(req)
	if err != nil {
		return nil, httpkit.Classify(err, req.URL, false)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, httpkit.MaxResponseBody+1))
	if err != nil {
		return nil, httpkit.Classify(err, req.URL, false)
	}
	in := &incoming{
		Status: resp.StatusCode, Message: reasonPhrase(resp), Major: resp.ProtoMajor, Minor: resp.ProtoMinor,
		RawHeaders: rawHeaders(resp), Body: body,
	}
	if len(body) > httpkit.MaxResponseBody {
		in.Body, in.Truncated = body[:httpkit.MaxResponseBody], true
	}
	if in.Major == 0 {
		in.Major, in.Minor = 1, 1 // an in-process answer says nothing: HTTP/1.1
	}
	return in, nil
}

// reasonPhrase is the status line's text, as statusMessage gives it.
func reasonPhrase(resp *nethttp.Response) string {
	if text, ok := strings.CutPrefix(resp.Status, strconv.Itoa(resp.StatusCode)+" "); ok {
		return text
	}
	return nethttp.StatusText(resp.StatusCode)
}

// rawHeaders lists the answer's headers as name, value, name, value: names
// sorted (Go keeps no order), values in the order received, and the
// Transfer-Encoding Go consumed put back, since Node shows it.
func rawHeaders(resp *nethttp.Response) []string {
	header := resp.Header.Clone()
	if len(resp.TransferEncoding) > 0 && header.Get("Transfer-Encoding") == "" {
		header["Transfer-Encoding"] = []string{strings.Join(resp.TransferEncoding, ", ")}
	}
	var raw []string
	for _, name := range httpkit.SortedHeaderNames(header) {
		for _, v := range header[name] {
			raw = append(raw, name, v)
		}
	}
	return raw
}

// outgoingFromJS reads what http.js passes to send.
func outgoingFromJS(rt *goja.Runtime, opts *goja.Object) outgoing {
	o := outgoing{
		Method:  opts.Get("method").String(),
		URL:     opts.Get("url").String(),
		Body:    httpkit.BytesOf(rt, opts.Get("body")),
		Chunked: opts.Get("chunked").ToBoolean(),
	}
	if h := opts.Get("host"); h != nil && !goja.IsUndefined(h) && !goja.IsNull(h) {
		o.Host = h.String()
	}
	var flat []string
	_ = rt.ExportTo(opts.Get("headers"), &flat)
	for i := 0; i+1 < len(flat); i += 2 {
		o.Header = append(o.Header, [2]string{flat[i], flat[i+1]})
	}
	return o
}

// toJS is the answer as http.js reads it.
func (in *incoming) toJS(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("statusCode", in.Status)
	_ = obj.Set("statusMessage", in.Message)
	_ = obj.Set("httpVersionMajor", in.Major)
	_ = obj.Set("httpVersionMinor", in.Minor)
	_ = obj.Set("rawHeaders", in.RawHeaders)
	_ = obj.Set("body", rt.NewArrayBuffer(in.Body))
	return obj
}
