package axios

import (
	"strings"

	"github.com/dop251/goja"
)

// start dispatches out and returns the promise request() returns. From
// 0.21.2 (no interceptors: synchronous) the request leaves at once;
// before, dispatchRequest ran in a then, so the body and params are read
// a tick later, as they were. The tick is the job that resolving the
// promise with a thenable queues: then (dispatchNext) receives the
// promise's resolving functions.
func (m *module) start(out *outbound) goja.Value {
	p, resolve, reject := m.rt.NewPromise()
	if m.f.transitional {
		out.resolve, out.reject = resolve, reject
		m.dispatch(out)
		return m.rt.ToValue(p)
	}
	if m.ticker == nil {
		m.ticker = m.rt.NewObject()
		_ = m.ticker.Set("then", m.dispatchNext)
	}
	m.pending = append(m.pending, out)
	_ = resolve(m.ticker)
	return m.rt.ToValue(p)
}

func (m *module) dispatchNext(call goja.FunctionCall) goja.Value {
	out := m.pending[0]
	m.pending[0] = nil
	m.pending = m.pending[1:]
	resolve, _ := goja.AssertFunction(call.Argument(0))
	reject, _ := goja.AssertFunction(call.Argument(1))
	out.resolve = func(v any) error { _, err := resolve(goja.Undefined(), m.rt.ToValue(v)); return err }
	out.reject = func(v any) error { _, err := reject(goja.Undefined(), m.rt.ToValue(v)); return err }
	// 0.19 kept data and params by reference: look at them again.
	var again *outbound
	if !out.s.guard(func() bool { again = m.precheck(out.s, out.c); return again != nil }) {
		m.redispatch(out)
		return goja.Undefined()
	}
	again.resolve, again.reject = out.resolve, out.reject
	m.dispatch(again)
	return goja.Undefined()
}

// dispatch is dispatchRequest and the adapter's preparation, in their
// order (response.config shows every step), then the exchange.
func (m *module) dispatch(out *outbound) {
	f, c := m.f, out.c
	var headers *object
	var data goja.Value
	var ex *goja.Exception
	if f.v1 {
		headers = c.get("headers").obj
		data, ex = m.transformRequest1(c, headers)
		if ex != nil {
			m.redispatch(out)
			return
		}
		c.set("data", jsVal(data))
		if out.method == "POST" || out.method == "PUT" || out.method == "PATCH" {
			m.setHeader(headers, strVal("application/x-www-form-urlencoded"), "Content-Type", rewriteFalse)
		}
	} else {
		if base := c.get("baseURL"); f.baseURLInDispatch && m.truthy(base) {
			if url := m.stringOf(c.get("url")); !isAbsoluteURL(url) {
				c.set("url", strVal(combineURLs(m.stringOf(base), url, f.combineTrimsTwo)))
			}
		}
		h := c.get("headers")
		if h.isUndefined() {
			h = objVal(newObject(4))
		}
		var written *object
		written, data, ex = m.transformRequest0(c, h.obj)
		h = objVal(written)
		c.set("headers", h)
		if ex != nil {
			m.redispatch(out)
			return
		}
		c.set("data", jsVal(data))
		method := c.get("method").s
		headers = m.mergeWithout(f.modernMerge, methodHeaderKeys, adapterHeaders, orEmpty(h.obj.get("common")), orEmpty(h.obj.get(method)), h)
		c.set("headers", objVal(headers))
	}

	// The adapter. It adds up to adapterHeaders headers.
	out.hasBody = data != nil && !goja.IsUndefined(data) && !goja.IsNull(data) && data.ToBoolean()
	if out.hasBody {
		out.body = data.String()
	}
	ua := strVal("axios/" + m.version)
	if f.v1 {
		m.setHeader(headers, ua, "User-Agent", rewriteFalse)
		if out.hasBody {
			m.setHeader(headers, m.num(float64(len(out.body))), "Content-Length", rewriteFalse)
		}
	} else {
		m.userAgent0(headers, ua)
		if out.hasBody {
			if _, has := headers.findKey("content-length"); !f.instanceCreate || !has {
				headers.set("Content-Length", m.num(float64(len(out.body))))
			}
		}
	}
	if out.hasAuth {
		switch {
		case f.v1 || f.instanceCreate:
			if key, ok := headers.findKey("authorization"); ok {
				headers.del(key)
			}
		default:
			headers.del("Authorization")
		}
	}
	if out.query != "" {
		if strings.IndexByte(out.target.path, '?') == -1 {
			out.target.path += "?" + out.query
		} else {
			out.target.path += "&" + out.query
		}
	}
	if f.v1 {
		enc := "gzip, deflate, br"
		if f.acceptCompress {
			enc = "gzip, compress, deflate, br"
		}
		m.setHeader(headers, strVal(enc), "Accept-Encoding", rewriteFalse)
	}
	var hasAuthorization bool
	out.wire, hasAuthorization = m.wireHeaders(headers)
	if out.hasAuth && !hasAuthorization {
		out.wire = append(out.wire, wireHeader{name: "Authorization", values: []string{"Basic " + base64Of(out.auth)}})
	}
	m.send(out)
}

// redispatch hands out to axios.js's dispatchRequest when the body
// cannot be turned into JSON: it throws again, from axios.js, so that
// the error the hook gets has the stack it would have had.
func (m *module) redispatch(out *outbound) {
	m.upgrade()
	v, err := m.js.dispatchRequest(goja.Undefined(), m.toJS(objVal(out.c)))
	if err != nil {
		if ex := asException(err); ex != nil {
			_ = out.reject(ex.Value())
			return
		}
		panic(err)
	}
	_ = out.resolve(v)
}

func orEmpty(v val) val {
	if v.isUndefined() || v.k == kJS && !v.js.ToBoolean() {
		return objVal(newObject(0))
	}
	return v
}

// userAgent0 is the 0.x adapter's User-Agent handling.
func (m *module) userAgent0(h *object, ua val) {
	f := m.f
	if !f.transitional {
		if !m.truthy(h.get("User-Agent")) && !m.truthy(h.get("user-agent")) {
			h.set("User-Agent", ua)
		}
		return
	}
	var key string
	var found bool
	if f.instanceCreate {
		key, found = h.findKey("user-agent")
	} else if h.has("User-Agent") {
		key, found = "User-Agent", true
	} else if h.has("user-agent") {
		key, found = "user-agent", true
	}
	switch {
	case !found:
		h.set("User-Agent", ua)
	case !m.truthy(h.get(key)):
		// 0.21.2: a falsy User-Agent sends none.
		h.del(key)
		if !f.instanceCreate {
			h.del("User-Agent")
		}
	}
}

// adapterHeaders is how many headers the adapter adds to the merged
// ones: User-Agent and Content-Length.
const adapterHeaders = 2

// ---- transformRequest ----

// transformRequest0 is 0.x's default transformRequest for the bodies
// precheck lets through. It writes to a copy of h, the first time it
// has to (written: h itself where it changed nothing): 0.19's config may
// hold its instance's headers, or the release's defaults, as they are
// (mergeConfig019 shares what deepMerge would copy unchanged).
func (m *module) transformRequest0(c, h *object) (written *object, _ goja.Value, _ *goja.Exception) {
	w := &headerWriter{h: h}
	w.normalizeHeaderName("Accept")
	w.normalizeHeaderName("Content-Type")
	data := c.get("data")
	if !m.f.transitional {
		if !m.isObject(data) {
			return w.h, m.toJS(data), nil
		}
		w.setContentTypeIfUnset("application/json;charset=utf-8")
		v, ex := m.jsonStringify(data)
		return w.h, v, ex
	}
	if ct, ok := m.asciiString(w.h.get("Content-Type")); m.isObject(data) || ok && ct == "application/json" {
		w.setContentTypeIfUnset("application/json")
		v, ex := m.stringifySafely(data)
		return w.h, v, ex
	}
	return w.h, m.toJS(data), nil
}

// headerWriter changes headers that may be shared on a copy of its own.
type headerWriter struct {
	h      *object
	copied bool
}

func (w *headerWriter) writable() *object {
	if !w.copied {
		w.h = &object{ents: append([]entry(nil), w.h.ents...), headers: w.h.headers, deep: w.h.deep}
		w.copied = true
	}
	return w.h
}

func (w *headerWriter) normalizeHeaderName(name string) {
	var keys []string
	for _, e := range w.h.ents {
		if e.key != name && equalFoldASCII(e.key, name) {
			keys = append(keys, e.key)
		}
	}
	if len(keys) == 0 {
		return
	}
	h := w.writable()
	for _, k := range keys {
		h.set(name, h.get(k))
		h.del(k)
	}
}

func (w *headerWriter) setContentTypeIfUnset(value string) {
	if w.h.get("Content-Type").isUndefined() {
		w.writable().set("Content-Type", strVal(value))
	}
}

// transformRequest1 is 1.x's.
func (m *module) transformRequest1(c, h *object) (goja.Value, *goja.Exception) {
	ct := ""
	if key, ok := h.findKey("content-type"); ok && m.truthy(h.get(key)) {
		ct, _ = m.asciiString(h.get(key))
	}
	data := c.get("data")
	if m.isObject(data) || strings.Contains(ct, "application/json") {
		m.setHeader(h, strVal("application/json"), "Content-Type", rewriteFalse)
		return m.stringifySafely(data)
	}
	return m.toJS(data), nil
}

// stringifySafely sends a string that already is JSON as it is.
func (m *module) stringifySafely(raw val) (goja.Value, *goja.Exception) {
	if m.typeOf(raw) == "string" {
		s := m.toJS(raw)
		if _, err := m.json().parse(goja.Undefined(), s); err == nil {
			return m.rt.ToValue(strings.Trim(s.String(), " \t\n\r")), nil
		} else if ex := asException(err); ex == nil || !isSyntaxError(ex) {
			panic(err)
		}
	}
	return m.jsonStringify(raw)
}

func (m *module) jsonStringify(v val) (_ goja.Value, ex *goja.Exception) {
	defer func() {
		// A getter of the body threw: axios.js (redispatch) throws it.
		if r := recover(); r != nil {
			if e, isEx := r.(*goja.Exception); isEx {
				ex = e
				return
			}
			panic(r)
		}
	}()
	if s, undefined, ok := m.stringifyJSON(v); ok {
		if undefined {
			return goja.Undefined(), nil
		}
		return m.rt.ToValue(s), nil
	}
	out, err := m.json().stringify(goja.Undefined(), m.toJS(v))
	if err != nil {
		if ex := asException(err); ex != nil {
			return nil, ex
		}
		panic(err)
	}
	return out, nil
}

func asException(err error) *goja.Exception {
	ex, _ := err.(*goja.Exception)
	return ex
}

func isSyntaxError(ex *goja.Exception) bool {
	o, ok := ex.Value().(*goja.Object)
	return ok && o.Get("name") != nil && o.Get("name").String() == "SyntaxError"
}
