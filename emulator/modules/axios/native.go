package axios

import (
	"errors"

	"github.com/dop251/goja"
)

// The native path does what axios.js does for the calls hooks make most:
// a config of plain objects, strings and numbers, JSON or string bodies,
// default transforms and adapter, no interceptors or cancellation. It
// decides before doing anything a hook could observe whether it can take
// the call; when it cannot, the call goes to axios.js as if the native
// path did not exist. Once a request is on its way, whatever is unusual
// (a status validateStatus rejects, a redirect, a network failure) is
// handed to axios.js at the point the adapter would have reached it
// (resumeExchange), with the config and request materialised as axios.js
// would have built them.

// native runs member k natively; ok is false when axios.js must run the
// call instead (and nothing observable has happened yet).
func (s *shell) native(k int, a, b, c goja.Value) (goja.Value, bool) {
	m := s.m
	if m.f.v1 && !m.f.defaultExport {
		// 1.0 and 1.1 carry the method's Content-Type past the transforms
		// under a symbol, and 1.0 re-serializes the query: axios.js's job.
		return nil, false
	}
	if k == fastCreate {
		var defaults *object
		if !s.guard(func() bool {
			if !m.eligibleConfig(jsVal(a)) {
				return false
			}
			defaults = m.mergeConfig(m.f.modernMerge, m.f.methodFromDefaults, objVal(s.defs()), jsVal(a))
			return true
		}) || m.upgraded {
			// (A getter of the config may have upgraded the module.)
			return nil, false
		}
		return m.newShell(defaults).proxy, true
	}
	var config *object
	var out *outbound
	if !s.guard(func() bool {
		config = s.requestConfig(k, a, b, c)
		if config == nil {
			return false
		}
		out = m.precheck(s, config)
		return out != nil
	}) || m.upgraded {
		return nil, false
	}
	return m.start(out), true
}

// guard runs f, taking a JS exception (a getter that throws) as a
// reason to let axios.js run the call and throw it itself.
func (s *shell) guard(f func() bool) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			var ex *goja.Exception
			if err, isErr := r.(error); isErr && errors.As(err, &ex) {
				ok = false
				return
			}
			panic(r)
		}
	}()
	return f()
}

// requestConfig is the config request() builds for member k: the call
// forms' own merges, then requestImpl's mergeConfig and method.
func (s *shell) requestConfig(k int, a, b, c goja.Value) *object {
	m := s.m
	var cfg val
	switch k {
	case callInstance, fastRequest:
		if goja.IsString(a) {
			config := jsVal(b)
			if !m.truthy(config) {
				o := newObject(1)
				o.set("url", jsVal(a))
				cfg = objVal(o)
				break
			}
			obj, isObj := config.jsObject()
			if !isObj || m.jsPlainness(obj) != plain || !m.eligibleConfig(config) {
				return nil
			}
			if err := obj.Set("url", a); err != nil {
				return nil
			}
			cfg = config
			break
		}
		cfg = jsVal(a)
		if !m.truthy(cfg) {
			cfg = objVal(newObject(0))
		} else if !m.eligibleConfig(cfg) {
			return nil
		}
	case fastGet, fastDelete, fastHead, fastOptions, fastPost, fastPut, fastPatch:
		withData := k >= fastPost
		config, data := jsVal(b), undef
		if !m.eligibleValue(jsVal(a), 0) {
			return nil
		}
		if withData {
			config, data = jsVal(c), jsVal(b)
			if !m.eligibleValue(data, 0) {
				return nil
			}
		}
		if m.truthy(config) && !m.eligibleConfig(config) {
			return nil
		}
		if !m.truthy(config) {
			config = objVal(newObject(0))
		}
		own := newObject(4)
		own.set("method", strVal(fastNames[k]))
		if withData && m.f.axiosError {
			own.set("headers", objVal(newObject(0)))
		}
		own.set("url", jsVal(a))
		if withData {
			own.set("data", data)
		} else if m.f.isAxiosError {
			own.set("data", m.get(config, "data"))
		}
		if !m.f.modernMerge {
			cfg = objVal(m.merge(false, false, config, objVal(own)))
		} else {
			cfg = objVal(m.mergeConfig(true, false, config, objVal(own)))
		}
	default:
		return nil
	}
	return s.requestImpl(cfg)
}

// requestImpl is Axios.prototype.request up to the interceptors.
func (s *shell) requestImpl(cfg val) *object {
	m, f := s.m, s.m.f
	if f.requireURL && !m.truthy(m.get(cfg, "url")) {
		return nil
	}
	c := m.mergeConfig(f.modernMerge, f.methodFromDefaults, objVal(s.defs()), cfg)
	if f.v1 {
		if !m.prepareConfig1(c, s.defs()) {
			return nil
		}
		return c
	}
	method := c.get("method")
	if !m.truthy(method) {
		method = strVal("get")
		if f.methodFromDefaults && m.truthy(s.defs().get("method")) {
			method = s.defs().get("method")
		}
	}
	name, ok := m.asciiString(method)
	if !ok {
		return nil
	}
	c.set("method", strVal(lowerASCII(name)))
	return c
}

var methodHeaderKeys = []string{"delete", "get", "head", "post", "put", "patch", "common"}

// prepareConfig1 is 1.x's work before the interceptors.
func (m *module) prepareConfig1(c, defaults *object) bool {
	if m.f.allowAbsoluteUrls && c.get("allowAbsoluteUrls").isUndefined() {
		d := defaults.get("allowAbsoluteUrls")
		if d.isUndefined() {
			d = jsVal(m.rt.ToValue(true))
		}
		c.set("allowAbsoluteUrls", d)
	}
	method := c.get("method")
	if !m.truthy(method) {
		method = defaults.get("method")
	}
	if !m.truthy(method) {
		method = strVal("get")
	}
	name, ok := m.asciiString(method)
	if !ok {
		return false
	}
	name = lowerASCII(name)
	c.set("method", strVal(name))
	headers := c.get("headers")
	context := headers
	if m.truthy(headers) {
		if headers.k != kObj || headers.obj.headers {
			return false
		}
		context = objVal(m.merge(true, false, headers.obj.get("common"), headers.obj.get(name)))
		for _, k := range methodHeaderKeys {
			headers.obj.del(k)
		}
	} else if !headers.isUndefined() {
		return false
	}
	h := &object{headers: true}
	if !m.headersSet(h, context) || !m.headersSet(h, headers) {
		return false
	}
	c.set("headers", objVal(h))
	return true
}

// ---- what the native path takes ----

// objectProtoNames are the keys a config lookup would find on
// Object.prototype: mergeConfig reads config[prop] for every key either
// config has, so such a key would read an inherited function.
var objectProtoNames = map[string]bool{
	"constructor": true, "__defineGetter__": true, "__defineSetter__": true, "hasOwnProperty": true,
	"__lookupGetter__": true, "__lookupSetter__": true, "isPrototypeOf": true, "propertyIsEnumerable": true,
	"toString": true, "valueOf": true, "__proto__": true, "toLocaleString": true,
}

// eligibleConfig reports whether v, a config a hook passed, is one the
// merges can copy exactly: falsy or a plain object, with no key that
// would read through to Object.prototype, holding only values eligible.
func (m *model) eligibleConfig(v val) bool {
	if !m.truthy(v) {
		return true
	}
	if !m.isPlainObject(v) {
		return false
	}
	ok := true
	m.each(v, func(k string, value val) {
		ok = ok && !objectProtoNames[k] && m.eligibleValue(value, 1)
	})
	return ok
}

// maxDepth bounds how deep a config's plain objects may nest; deeper (or
// cyclic) ones go to axios.js, which copes (or overflows) as it does.
const maxDepth = 32

// eligibleValue reports whether the merges can treat v exactly: any
// primitive or function, an array, a non-plain object, or a plain object
// of eligible values. What isPlainObject cannot tell goes to axios.js.
func (m *model) eligibleValue(v val, depth int) bool {
	o, ok := v.jsObject()
	if !ok {
		return true
	}
	switch m.jsPlainness(o) {
	case unknownPlain:
		return false
	case notPlain:
		return true
	}
	if depth > maxDepth {
		return false
	}
	for _, k := range o.Keys() {
		if k == "__proto__" || !m.eligibleValue(jsVal(o.Get(k)), depth+1) {
			return false
		}
	}
	return true
}

// asciiString is v as a Go string when it is a JS string of ASCII
// characters (case mapping and escaping then work byte by byte).
func (m *model) asciiString(v val) (string, bool) {
	var s string
	switch v.k {
	case kStr:
		s = v.s
	case kJS:
		if !goja.IsString(v.js) {
			return "", false
		}
		s = v.js.String()
	default:
		return "", false
	}
	return s, isASCII(s)
}
