package axios

import (
	"net/http"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// The exchange of a native request and what follows it: the response
// as the adapter, settle and the default transformResponse make it, or
// the hand-over to axios.js for everything else (resume).

var decodedEncodings0 = []string{"gzip", "compress", "deflate"}
var decodedEncodings1 = []string{"gzip", "x-gzip", "compress", "x-compress", "deflate"}

func (m *module) send(out *outbound) {
	req := httpkit.Request{Method: out.method, URL: out.target.url(), Header: goHeader(out.wire)}
	if out.hasBody {
		req.Body = []byte(out.body)
	}
	req.Timeout = time.Duration(out.timeout*1e6) * time.Nanosecond
	httpkit.Send(m.h, req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
		return m.received(out, resp, netErr)
	})
}

// goHeader is the Go header of what wireHeaders gave. It shares the
// wire's value slices (nothing changes them): wireHeaders made names
// equal but for case one already.
func goHeader(wire []wireHeader) http.Header {
	h := make(http.Header, len(wire))
	for _, w := range wire {
		key := http.CanonicalHeaderKey(w.name)
		if have, ok := h[key]; ok {
			h[key] = append(append([]string(nil), have...), w.values...)
			continue
		}
		h[key] = w.values
	}
	return h
}

// received is the exchange's outcome, back on the JS goroutine.
func (m *module) received(out *outbound, resp *httpkit.Response, netErr *httpkit.NetError) error {
	if netErr == nil && !isFalse(out.c.get("decompress")) {
		encodings := decodedEncodings0
		if m.f.v1 {
			encodings = decodedEncodings1
		}
		netErr = httpkit.Decompress(out.method, resp, encodings)
	}
	if netErr != nil {
		return m.resume(out, httpkit.ClientErrorJS(m.rt, netErr), true, nil)
	}
	if m.redirects(out, resp) {
		return m.resume(out, responseJS(m.rt, resp, false), false, nil)
	}
	body := string(resp.Body)
	if m.f.modernMerge {
		body = strings.TrimPrefix(body, "\uFEFF")
	}
	ok, threw := m.validateStatus(out.c, resp.Status)
	if threw != nil {
		return m.resume(out, responseJS(m.rt, resp, false), false, m.verdict(false, threw))
	}
	if !ok {
		return m.resume(out, responseJS(m.rt, resp, false), false, m.verdict(false, nil))
	}
	data, strictFailure := m.transformResponse(out.c, body)
	if strictFailure {
		return m.resume(out, responseJS(m.rt, resp, false), false, m.verdict(true, nil))
	}
	return out.resolve(m.rt.NewDynamicObject(newLazyResponse(m, out, resp, data)))
}

// redirects reports whether follow-redirects would follow the response.
func (m *module) redirects(out *outbound, resp *httpkit.Response) bool {
	switch resp.Status {
	case 301, 302, 303, 307, 308:
	default:
		return false
	}
	if n, ok := m.number(out.c.get("maxRedirects")); ok && n == 0 {
		return false
	}
	return len(resp.Header.Values("Location")) > 0 && strings.Join(resp.Header.Values("Location"), ", ") != ""
}

// validateStatus is settle's test; threw is what validateStatus threw.
func (m *module) validateStatus(c *object, status int) (ok bool, threw *goja.Exception) {
	if m.f.modernMerge && status == 0 {
		return true, nil
	}
	vs := c.get("validateStatus")
	switch {
	case !m.truthy(vs):
		return true, nil
	case vs.k == kRef:
		return status >= 200 && status < 300, nil
	}
	fn, _ := goja.AssertFunction(vs.js)
	v, err := fn(goja.Undefined(), m.rt.ToValue(status))
	if err != nil {
		if ex := asException(err); ex != nil {
			return false, ex
		}
		panic(err)
	}
	return v.ToBoolean(), nil
}

func (m *module) verdict(ok bool, threw *goja.Exception) goja.Value {
	v := m.rt.NewObject()
	if threw != nil {
		_ = v.Set("threw", true)
		_ = v.Set("error", threw.Value())
		return v
	}
	_ = v.Set("ok", ok)
	return v
}

// responseData is response.data as the default transformResponse of
// the release makes it of a string body: v where it was decided at once,
// else the body, parsed when parse is set (the body itself where
// JSON.parse throws). Parsing waits for a hook to read data (many only
// look at the status) unless a failure to parse would reject.
type responseData struct {
	v     goja.Value
	body  string
	parse bool
}

// value is data, built on first use.
func (d *responseData) value(m *module) goja.Value {
	if d.v == nil {
		d.v = m.rt.ToValue(d.body)
		if d.parse {
			if v, ok := m.parse(d.body); ok {
				d.v = v
			}
		}
	}
	return d.v
}

// transformResponse is the default transformResponse of the release on
// a string body; strictFailure is a parse failure it would throw for.
func (m *module) transformResponse(c *object, body string) (data responseData, strictFailure bool) {
	if !m.f.transitional {
		return responseData{body: body, parse: true}, false
	}
	tr := c.get("transitional")
	if !m.truthy(tr) {
		tr = m.rootDefaults().get("transitional")
	}
	forced := m.truthy(m.get(tr, "forcedJSONParsing"))
	silent := m.truthy(m.get(tr, "silentJSONParsing"))
	responseType := c.get("responseType")
	jsonRequested := responseType.k != kUndef && m.stringOf(responseType) == "json"
	var parse bool
	if m.f.v1 {
		parse = body != "" && ((forced && !m.truthy(responseType)) || jsonRequested)
	} else {
		parse = (!silent && jsonRequested) || (forced && body != "")
	}
	if !parse || silent || !jsonRequested {
		return responseData{body: body, parse: parse}, false
	}
	if v, ok := m.parse(body); ok {
		return responseData{v: v}, false
	}
	return responseData{}, true
}

// parse is JSON.parse(body); ok is false where it throws.
func (m *module) parse(body string) (goja.Value, bool) {
	if v, ok := m.parseJSON(body); ok {
		return v, true
	}
	v, err := m.json().parse(goja.Undefined(), m.rt.ToValue(body))
	if err != nil {
		if asException(err) == nil {
			panic(err)
		}
		return nil, false
	}
	return v, true
}

// resume hands the exchange's outcome to axios.js where its adapter
// would have received it: redirects, rejections and failures are its
// business.
func (m *module) resume(out *outbound, outcome goja.Value, failed bool, verdict goja.Value) error {
	m.upgrade()
	if verdict == nil {
		verdict = goja.Undefined()
	}
	p, err := m.js.resumeExchange(goja.Undefined(), m.toJS(objVal(out.c)), m.requestState(out), m.clientRequest(out),
		outcome, m.rt.ToValue(failed), verdict)
	if err != nil {
		if ex := asException(err); ex != nil {
			return out.reject(ex.Value())
		}
		return err
	}
	return out.resolve(p)
}

// requestState is the adapter's request object for out.
func (m *module) requestState(out *outbound) *goja.Object {
	rt := m.rt
	t := rt.NewObject()
	_ = t.Set("protocol", out.target.protocol)
	_ = t.Set("auth", nil)
	_ = t.Set("hostname", out.target.hostname)
	_ = t.Set("port", out.target.port)
	_ = t.Set("path", out.target.path)
	headers := rt.NewObject()
	for _, w := range out.wire {
		if w.array {
			items := make([]any, len(w.values))
			for i, v := range w.values {
				items[i] = v
			}
			_ = headers.Set(w.name, rt.NewArray(items...))
		} else {
			_ = headers.Set(w.name, w.values[0])
		}
	}
	r := rt.NewObject()
	_ = r.Set("method", out.method)
	_ = r.Set("target", t)
	_ = r.Set("headers", headers)
	if out.hasBody {
		_ = r.Set("body", out.body)
	} else {
		_ = r.Set("body", nil)
	}
	_ = r.Set("timeout", out.timeout)
	_ = r.Set("redirects", 0)
	maxRedirects := out.c.get("maxRedirects")
	if n, ok := m.number(maxRedirects); ok && n == 0 {
		_ = r.Set("maxRedirects", 0)
	} else if m.truthy(maxRedirects) {
		_ = r.Set("maxRedirects", m.toJS(maxRedirects))
	} else {
		_ = r.Set("maxRedirects", 21)
	}
	return r
}
