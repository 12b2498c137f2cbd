package axios

import (
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// From the model to the JS values a hook is given: built when first
// read where a hook would rarely read them (response.config), with 1.x's
// AxiosHeaders standing in until the class exists.

// toJS builds the JS value v stands for.
func (m *module) toJS(v val) goja.Value {
	rt := m.rt
	switch v.k {
	case kUndef:
		return goja.Undefined()
	case kJS:
		return v.js
	case kStr:
		return rt.ToValue(v.s)
	case kRef:
		return m.slotValue(v.ref)
	case kArr:
		items := make([]any, len(v.obj.ents))
		for i, e := range v.obj.ents {
			items[i] = m.toJS(e.v)
		}
		return rt.NewArray(items...)
	}
	o := rt.NewObject()
	for _, e := range v.obj.ents {
		_ = o.Set(e.key, m.toJS(e.v))
	}
	if v.obj.headers {
		keys := make([]string, len(v.obj.ents))
		for i, e := range v.obj.ents {
			keys[i] = e.key
		}
		return m.axiosHeaders(o, keys)
	}
	return o
}

// ---- AxiosHeaders before axios.js ----

// axiosHeaders makes o, which has the own properties of an AxiosHeaders,
// one. Before the upgrade the class does not exist yet: a proxy serves
// the own properties and builds the class when anything else is asked
// (a method, the prototype, a change).
func (m *module) axiosHeaders(o *goja.Object, keys []string) goja.Value {
	if m.upgraded && m.js.axiosHeaders != nil {
		_ = o.SetPrototype(m.js.axiosHeaders.Get("prototype").(*goja.Object))
		return o
	}
	rt := m.rt
	_ = o.SetPrototype(m.headersStandIn())
	traps := &goja.ProxyTrapConfig{}
	own := func(p string) bool {
		for _, k := range keys {
			if k == p {
				return true
			}
		}
		return false
	}
	materialize := func(t *goja.Object) {
		*traps = goja.ProxyTrapConfig{}
		m.upgrade()
		_ = t.SetPrototype(m.js.axiosHeaders.Get("prototype").(*goja.Object))
	}
	key := func(p string) goja.Value { return rt.ToValue(p) }
	*traps = goja.ProxyTrapConfig{
		Get: func(t *goja.Object, p string, r goja.Value) goja.Value {
			if own(p) {
				return t.Get(p)
			}
			materialize(t)
			return m.reflect("get", t, key(p), r)
		},
		GetSym: func(t *goja.Object, p *goja.Symbol, r goja.Value) goja.Value {
			materialize(t)
			return m.reflect("get", t, p, r)
		},
		Has: func(t *goja.Object, p string) bool {
			if own(p) {
				return true
			}
			materialize(t)
			return m.reflect("has", t, key(p)).ToBoolean()
		},
		HasSym: func(t *goja.Object, p *goja.Symbol) bool {
			materialize(t)
			return m.reflect("has", t, p).ToBoolean()
		},
		GetPrototypeOf: func(t *goja.Object) *goja.Object {
			materialize(t)
			return t.Prototype()
		},
		SetPrototypeOf: func(t *goja.Object, p *goja.Object) bool {
			materialize(t)
			var pv goja.Value = goja.Null()
			if p != nil {
				pv = p
			}
			return m.reflect("setPrototypeOf", t, pv).ToBoolean()
		},
		Set: func(t *goja.Object, p string, v, r goja.Value) bool {
			materialize(t)
			return m.reflect("set", t, key(p), v, r).ToBoolean()
		},
		SetSym: func(t *goja.Object, p *goja.Symbol, v, r goja.Value) bool {
			materialize(t)
			return m.reflect("set", t, p, v, r).ToBoolean()
		},
		DefineProperty: func(t *goja.Object, p string, d goja.PropertyDescriptor) bool {
			materialize(t)
			return m.reflect("defineProperty", t, key(p), m.descriptorObject(d)).ToBoolean()
		},
		DefinePropertySym: func(t *goja.Object, p *goja.Symbol, d goja.PropertyDescriptor) bool {
			materialize(t)
			return m.reflect("defineProperty", t, p, m.descriptorObject(d)).ToBoolean()
		},
		DeleteProperty: func(t *goja.Object, p string) bool {
			materialize(t)
			return m.reflect("deleteProperty", t, key(p)).ToBoolean()
		},
		DeletePropertySym: func(t *goja.Object, p *goja.Symbol) bool {
			materialize(t)
			return m.reflect("deleteProperty", t, p).ToBoolean()
		},
		PreventExtensions: func(t *goja.Object) bool {
			materialize(t)
			return m.reflect("preventExtensions", t).ToBoolean()
		},
	}
	return rt.ToValue(rt.NewProxy(o, traps))
}

// headersStandIn is the prototype an AxiosHeaders has until the class
// exists: that of a function named AxiosHeaders, so that util.inspect
// (which looks at the object behind a proxy, never through its traps)
// names it as it names a real one.
func (m *module) headersStandIn() *goja.Object {
	if m.standIn == nil {
		fn, err := m.rt.RunProgram(standInProgram())
		if err != nil {
			panic(err)
		}
		m.standIn = fn.(*goja.Object).Get("prototype").(*goja.Object)
	}
	return m.standIn
}

var standInProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("axios-headers.js", "(function AxiosHeaders() {})", true)
})

// responseHeaders is 1.x's response.headers: an AxiosHeaders of what
// the adapter received.
func (m *module) responseHeaders(header http.Header) goja.Value {
	o := httpkit.HeadersToJS(m.rt, header)
	keys := make([]string, 0, len(header))
	for name := range header {
		keys = append(keys, strings.ToLower(name))
	}
	sort.Strings(keys)
	return m.axiosHeaders(o, keys)
}

// ---- ClientRequest ----

// clientRequestSource stands for Node's http.ClientRequest in
// response.request and error.request (axios.js adopts it).
const clientRequestSource = `(function ClientRequest(method, target) {
  'use strict';
  this.method = method;
  this.path = target.path;
  this.host = target.hostname;
  this.protocol = target.protocol;
})`

var clientRequestProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("axios-clientrequest.js", clientRequestSource, true)
})

func (m *module) clientRequestCtor() *goja.Object {
	if m.clientRequestFn == nil {
		ctor, err := m.rt.RunProgram(clientRequestProgram())
		if err != nil {
			panic(err)
		}
		m.clientRequestFn = ctor.(*goja.Object)
	}
	return m.clientRequestFn
}

// clientRequest is new ClientRequest(method, target) for out.
func (m *module) clientRequest(out *outbound) *goja.Object {
	o := m.rt.NewObject()
	_ = o.SetPrototype(m.clientRequestCtor().Get("prototype").(*goja.Object))
	_ = o.Set("method", out.method)
	_ = o.Set("path", out.target.path)
	_ = o.Set("host", out.target.hostname)
	_ = o.Set("protocol", out.target.protocol)
	return o
}

// ---- JSON ----

type jsonFns struct{ parse, stringify goja.Callable }

func (m *module) json() *jsonFns {
	if m.jsonFns == nil {
		j := m.rt.Get("JSON").ToObject(m.rt)
		parse, _ := goja.AssertFunction(j.Get("parse"))
		stringify, _ := goja.AssertFunction(j.Get("stringify"))
		m.jsonFns = &jsonFns{parse: parse, stringify: stringify}
	}
	return m.jsonFns
}

// ---- response.config ----

// lazyObject is response.config (and 0.x's response.headers) on the
// native path: an object whose values are built from the model only when
// read, so that a hook that never looks at the config (most) does not
// pay for it. A DynamicObject behaves as a plain object of data
// properties does, also to util.inspect; unlike one it cannot be frozen,
// hold accessors or non-enumerable properties, or symbol keys, which
// nobody puts on a response's config.
type lazyObject struct {
	m   *module
	obj *object
}

var _ goja.DynamicObject = (*lazyObject)(nil)

func (l *lazyObject) Get(key string) goja.Value {
	i := l.obj.index(key)
	if i < 0 {
		return nil
	}
	e := &l.obj.ents[i]
	if e.v.k != kJS {
		v := l.m.toJS(e.v)
		if goja.IsUndefined(v) {
			return v
		}
		e.v = val{k: kJS, js: v}
	}
	return e.v.js
}

func (l *lazyObject) Set(key string, v goja.Value) bool {
	if v == nil || goja.IsUndefined(v) {
		l.obj.set(key, undef)
		return true
	}
	l.obj.set(key, val{k: kJS, js: v})
	return true
}

func (l *lazyObject) Has(key string) bool { return l.obj.has(key) }

func (l *lazyObject) Delete(key string) bool {
	l.obj.del(key)
	return true
}

func (l *lazyObject) Keys() []string {
	keys := make([]string, len(l.obj.ents))
	for i, e := range l.obj.ents {
		keys[i] = e.key
	}
	return keys
}
