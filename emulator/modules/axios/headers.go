package axios

import (
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// Headers as the native path handles them: 1.x's AxiosHeaders on the
// model (set, normalizeValue), the names and values Node's setHeader
// would send, and the response headers as the adapter hands them over.

type rewrite uint8

const (
	rewriteUndefined rewrite = iota
	rewriteFalse
)

// headersSet is AxiosHeaders.prototype.set(headers) for an object of
// headers, or nothing.
func (m *module) headersSet(self *object, header val) bool {
	switch {
	case header.k == kObj:
		for _, e := range header.obj.ents {
			if !m.setHeader(self, e.v, e.key, rewriteUndefined) {
				return false
			}
		}
		return true
	case header.isUndefined() || m.isNull(header):
		return true
	}
	return false
}

// setHeader is AxiosHeaders' setHeader; false where it would throw, or
// where the value's String is the hook's own.
func (m *module) setHeader(self *object, value val, name string, rw rewrite) bool {
	lower := lowerASCII(strings.Trim(name, " \t\n\v\f\r"))
	if lower == "" || !isASCII(name) || !plainString(value) {
		return false
	}
	key, found := self.findKey(lower)
	cur := self.get(key)
	if !found || cur.isUndefined() || (rw == rewriteUndefined && !isFalse(cur)) {
		if !found {
			key = name
		}
		self.set(key, m.normalizeValue(value))
	}
	return true
}

// plainString reports whether String of v is what stringOf says: not
// for a copied object with its own toString or valueOf.
func plainString(v val) bool {
	switch v.k {
	case kObj:
		return !v.obj.has("toString") && !v.obj.has("valueOf")
	case kArr:
		for _, e := range v.items() {
			if !plainString(e.v) {
				return false
			}
		}
	}
	return true
}

func isFalse(v val) bool {
	return v.k == kJS && jsTypeOf(v.js) == "boolean" && !v.js.ToBoolean()
}

func (m *module) normalizeValue(v val) val {
	if isFalse(v) || v.isUndefined() || m.isNull(v) {
		return v
	}
	if m.isArray(v) {
		arr := m.slice(v)
		for i, e := range arr.items() {
			arr.obj.ents[i].v = m.normalizeValue(e.v)
		}
		return arr
	}
	return strVal(m.stringOf(v))
}

// ---- the wire ----

type wireHeader struct {
	name   string
	values []string
	array  bool
}

// wireHeaders is axios.js's: one value per name whatever its case (the
// last one set wins), and an empty User-Agent when none, which tells
// Go's client to send none. 1.x passes headers.toJSON(), which drops null and
// false.
func (m *module) wireHeaders(h *object) ([]wireHeader, bool) {
	out := make([]wireHeader, 0, len(h.ents)+1)
	hasUA, hasAuthorization := false, false
	for _, e := range h.ents {
		name, v := e.key, e.v
		if m.f.v1 && (v.isUndefined() || m.isNull(v) || isFalse(v)) {
			continue
		}
		w := wireHeader{name: name}
		if m.isArray(v) {
			w.array = true
			arr := m.slice(v).items()
			w.values = make([]string, len(arr))
			for j, item := range arr {
				w.values[j] = m.stringOf(item.v)
			}
		} else {
			w.values = []string{m.stringOf(v)}
		}
		// Names are compared whatever their case without lowering them,
		// which would copy each name for every comparison.
		hasUA = hasUA || equalFoldASCII(name, "user-agent")
		hasAuthorization = hasAuthorization || equalFoldASCII(name, "authorization")
		replaced := false
		for j := range out {
			if equalFoldASCII(out[j].name, name) {
				out[j], replaced = w, true
				break
			}
		}
		if !replaced {
			out = append(out, w)
		}
	}
	if !hasUA {
		out = append(out, wireHeader{name: "User-Agent", values: []string{""}})
	}
	return out, hasAuthorization
}

// headersModel is httpkit.HeadersToJS as a model: the same properties
// (httpkit.NodeHeadersOf), in the same order.
func headersModel(header http.Header) *object {
	hs := httpkit.NodeHeadersOf(header)
	o := newObject(len(hs))
	for _, h := range hs {
		if h.Name == "__proto__" {
			// Setting it on an object sets nothing (see HeadersToJS).
			continue
		}
		if h.Cookies != nil {
			items := make([]val, len(h.Cookies))
			for i, v := range h.Cookies {
				items[i] = strVal(v)
			}
			o.ents = append(o.ents, entry{key: h.Name, v: arrVal(items...)})
			continue
		}
		o.ents = append(o.ents, entry{key: h.Name, v: strVal(h.Value)})
	}
	return o
}
