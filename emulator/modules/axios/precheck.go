package axios

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// What the native path checks of a merged config before dispatching it,
// and what it works out then of the request (URL, auth, params, timeout).

// outbound is one request the native path makes: the config as the
// pipeline leaves it, and what goes on the wire.
type outbound struct {
	s       *shell
	c       *object
	method  string // upper case
	target  target
	query   string // the serialized params, '' for none
	auth    string // user:password for Basic, '' for none
	hasAuth bool
	timeout float64
	wire    []wireHeader
	body    string
	hasBody bool

	resolve, reject func(any) error
}

// precheck decides whether the native path can dispatch c, before any
// of the dispatch happens, and works out what does not depend on the
// body. It only reads.
func (m *module) precheck(s *shell, c *object) *outbound {
	f := m.f
	out := &outbound{s: s, c: c}
	for _, e := range c.ents {
		k, v := e.key, e.v
		switch k {
		case "paramsSerializer", "responseEncoding", "parseReviver":
			if !v.isUndefined() && !m.isNull(v) {
				return nil
			}
		case "cancelToken":
			if m.truthy(v) {
				return nil
			}
		case "signal":
			if f.instanceCreate && m.truthy(v) {
				return nil
			}
		case "adapter":
			if m.typeOf(v) == "function" && !(v.k == kRef && v.ref == slotAdapter) {
				return nil
			}
		case "transformRequest", "transformResponse":
			if !m.isDefaultTransform(k, v) {
				return nil
			}
		case "maxContentLength", "maxBodyLength":
			if n, ok := m.number(v); !ok || (n != -1 && !math.IsInf(n, 1)) {
				return nil
			}
		case "validateStatus":
			if m.truthy(v) && m.typeOf(v) != "function" {
				return nil
			}
		case "responseType":
			if rt, ok := m.asciiString(v); !v.isUndefined() && (!ok || (rt != "json" && rt != "text")) {
				return nil
			}
		case "transitional":
			if f.transitional && m.truthy(v) && v.k != kObj {
				return nil
			}
		case "allowAbsoluteUrls":
			if !v.isUndefined() && !m.isNull(v) && m.typeOf(v) != "boolean" {
				return nil
			}
		case "maxRedirects":
			if _, ok := m.number(v); !ok && !v.isUndefined() {
				return nil
			}
		}
	}
	if !m.checkHeaders(c.get("headers")) || !m.checkData(c) {
		return nil
	}
	method := c.get("method")
	out.method = upperASCII(method.s)

	url, base := c.get("url"), c.get("baseURL")
	urlStr, ok := m.asciiString(url)
	if !ok {
		return nil
	}
	baseStr := ""
	if m.truthy(base) {
		if baseStr, ok = m.asciiString(base); !ok {
			return nil
		}
	}
	if f.baseURLInDispatch && baseStr != "" && !isAbsoluteURL(urlStr) {
		urlStr = combineURLs(baseStr, urlStr, f.combineTrimsTwo)
	}
	full := urlStr
	allowAbsolute := c.get("allowAbsoluteUrls")
	if baseStr != "" && (!isAbsoluteURL(urlStr) || (f.allowAbsoluteUrls && m.looseFalse(allowAbsolute))) {
		full = combineURLs(baseStr, urlStr, f.combineTrimsTwo)
	}
	t, ok := parseURL(full, f.v1)
	if !ok {
		return nil
	}
	out.target = t

	if auth := c.get("auth"); m.truthy(auth) {
		if auth.k != kObj {
			return nil
		}
		user, ok1 := m.authPart(auth.obj.get("username"))
		pass, ok2 := m.authPart(auth.obj.get("password"))
		if !ok1 || !ok2 {
			return nil
		}
		out.auth, out.hasAuth = user+":"+pass, true
	}
	if params := c.get("params"); m.truthy(params) {
		q, ok := m.serializeParams(params)
		if !ok {
			return nil
		}
		out.query = q
	}
	if timeout := c.get("timeout"); m.truthy(timeout) {
		n, ok := m.number(timeout)
		if !ok {
			return nil
		}
		if f.transitional && (n != math.Trunc(n) || math.Abs(n) >= 1e21) {
			return nil
		}
		out.timeout = n
	}
	return out
}

func (m *model) number(v val) (float64, bool) {
	switch v.k {
	case kJS:
		if goja.IsNumber(v.js) {
			return v.js.ToFloat(), true
		}
	}
	return 0, false
}

// looseFalse is `v == false` for the values precheck lets through.
func (m *model) looseFalse(v val) bool {
	return m.typeOf(v) == "boolean" && !v.js.ToBoolean()
}

// authPart is String(value || "") for a primitive value.
func (m *model) authPart(v val) (string, bool) {
	if !m.truthy(v) {
		return "", true
	}
	switch m.typeOf(v) {
	case "string", "number", "boolean":
		return m.stringOf(v), true
	}
	return "", false
}

// stringOf is String(v) for a primitive, a number the pipeline made or
// a plain object copy (whose String is [object Object]).
func (m *model) stringOf(v val) string {
	switch v.k {
	case kStr:
		return v.s
	case kObj:
		return "[object Object]"
	case kUndef:
		return "undefined"
	}
	return v.js.String()
}

func (m *model) isDefaultTransform(key string, v val) bool {
	fn, arr := slotTransformRequest, slotTransformRequests
	if key == "transformResponse" {
		fn, arr = slotTransformResponse, slotTransformResponses
	}
	if v.k == kRef {
		return v.ref == arr
	}
	return v.k == kArr && len(v.items()) == 1 && v.items()[0].v.k == kRef && v.items()[0].v.ref == fn
}

// checkHeaders makes sure every header the request could send is one
// whose String and case handling the native path reproduces: ASCII
// names that need no trimming, primitive values (or, as 0.19's merge
// makes them, plain object copies), arrays of primitives. Method and
// common sections are checked too, whichever applies.
func (m *module) checkHeaders(h val) bool {
	if h.isUndefined() {
		return true
	}
	if h.k != kObj {
		return false
	}
	for _, e := range h.obj.ents {
		name := e.key
		if name == "" || !isASCII(name) || strings.TrimSpace(name) != name {
			return false
		}
		v := e.v
		switch {
		case !h.obj.headers && v.k == kObj && isSection(name):
			if !m.checkHeaders(v) {
				return false
			}
		case !m.headerValue(v):
			return false
		}
	}
	return true
}

func isSection(name string) bool {
	for _, k := range methodHeaderKeys {
		if k == name {
			return true
		}
	}
	return false
}

func (m *module) headerValue(v val) bool {
	switch v.k {
	case kUndef:
		// 0.x: Node throws for it (axios.js makes that error); 1.x drops it.
		return m.f.v1
	case kStr:
		return true
	case kObj:
		return !v.obj.headers && len(v.obj.ents) == 0
	case kArr:
		for _, e := range v.items() {
			if e.v.k == kArr || !m.headerValue(e.v) || e.v.isUndefined() {
				return false
			}
		}
		return true
	case kJS:
		switch m.typeOf(v) {
		case "string", "number", "boolean":
			return true
		case "object":
			return m.isNull(v)
		}
	}
	return false
}

// checkData makes sure the body is one the default transformRequest
// turns into JSON or sends as it is: a plain object or array, a string,
// null or undefined, with no Content-Type that asks for a form.
func (m *module) checkData(c *object) bool {
	data := c.get("data")
	isObj := false
	switch m.typeOf(data) {
	case "undefined", "string":
	case "object":
		if !m.isNull(data) {
			if !m.isPlainObject(data) && !m.isArray(data) {
				return false
			}
			isObj = true
		}
	default:
		return false
	}
	h := c.get("headers")
	if h.k != kObj {
		return true
	}
	if m.f.v1 {
		// transformRequest1 reads getContentType() || '' as a string.
		key, ok := h.obj.findKey("content-type")
		if !ok || !m.truthy(h.obj.get(key)) {
			return true
		}
		ct, isStr := m.asciiString(h.obj.get(key))
		if !isStr {
			return false
		}
		return !isObj || !strings.Contains(ct, "application/x-www-form-urlencoded") && !strings.Contains(ct, "multipart/form-data")
	}
	if !m.f.axiosError || !isObj {
		return true
	}
	// 0.27 sends an object as multipart when Content-Type (as
	// normalizeHeaderName leaves it) is exactly multipart/form-data.
	ct := h.obj.get("Content-Type")
	for _, e := range h.obj.ents {
		if e.key != "Content-Type" && upperASCII(e.key) == "CONTENT-TYPE" {
			ct = e.v
		}
	}
	s, isStr := m.asciiString(ct)
	return !isStr || s != "multipart/form-data"
}
