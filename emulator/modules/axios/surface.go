package axios

import (
	"github.com/dop251/goja"
)

// The exports and every instance axios.create returns are shells: the
// callable function hooks hold (named wrap, as what axios's bind returns
// is) behind a Proxy that builds its members only when they are read.
// Until something needs the full surface, calls take the native path
// (native.go); reading any other member (defaults, interceptors,
// CancelToken, ...) or any reflective operation (keys, defineProperty,
// delete, ...) upgrades the module: axios.js runs, decorates every shell
// exactly as it decorates the instances it creates itself, and from then
// on every call goes through axios.js and the proxies step aside.

// Fast members: built natively on first read, and kept (same function
// each time) across an upgrade.
const (
	fastRequest = iota
	fastGet
	fastDelete
	fastHead
	fastOptions
	fastPost
	fastPut
	fastPatch
	fastCreate
	fastCount

	callInstance = -1 // the shell itself was called
)

var fastNames = [fastCount]string{"request", "get", "delete", "head", "options", "post", "put", "patch", "create"}

func fastIndex(name string) int {
	for i, n := range fastNames {
		if n == name {
			return i
		}
	}
	return -1
}

// shell is the exports (id 0) or one instance.
type shell struct {
	m        *module
	id       int
	defaults *object // this instance's defaults, as mergeConfig made them (nil: the module's)
	target   *goja.Object
	proxy    *goja.Object
	// fast holds the members built so far; nil until one is read (an
	// instance the hook only calls never needs it).
	fast *[fastCount]goja.Value
	// js is what the shell stands for once axios.js ran; nil before.
	js *shellJS
}

// shellJS is a shell's side in axios.js: the JS instance's request
// (bound to its Axios context) and the JS members the fast ones now
// stand for.
type shellJS struct {
	request goja.Callable
	fast    [fastCount]goja.Callable
}

// jsSide is s.js, made on first use (by the upgrade).
func (s *shell) jsSide() *shellJS {
	if s.js == nil {
		s.js = &shellJS{}
	}
	return s.js
}

func (m *module) newShell(defaults *object) *shell {
	s := &shell{m: m, id: len(m.shells), defaults: defaults}
	m.shells = append(m.shells, s)
	s.target = m.wrap(s, callInstance)
	if m.traps == nil {
		m.traps = m.shellTraps()
	}
	s.proxy = m.rt.ToValue(m.rt.NewProxy(s.target, m.traps)).(*goja.Object)
	return s
}

// defs is the shell's defaults.
func (s *shell) defs() *object {
	if s.defaults == nil {
		return s.m.rootDefaults()
	}
	return s.defaults
}

// wrap is the function for member k of s (callInstance: s itself), named
// wrap as what axios's bind returns is.
func (m *module) wrap(s *shell, k int) *goja.Object {
	fn := m.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		return s.invoke(k, call.Argument(0), call.Argument(1), call.Argument(2))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", m.rt.ToValue("wrap"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return fn
}

// hasFast reports whether the shell has fast member k in this release.
func (s *shell) hasFast(k int) bool {
	if k == fastCreate {
		return s.id == 0 || s.m.f.instanceCreate
	}
	return k >= 0
}

func (s *shell) fastValue(k int) goja.Value {
	if s.fast == nil {
		s.fast = new([fastCount]goja.Value)
	}
	if s.fast[k] == nil {
		s.fast[k] = s.m.wrap(s, k)
	}
	return s.fast[k]
}

// ---- traps, until the upgrade ----

// shellTraps are the traps every shell shares; the upgrade clears them,
// and the proxies then stand aside. Reading a fast member builds it;
// reading one axios.js defines upgrades first; anything else is the
// function's own business (its name, call, bind...). Any other operation
// (keys, in, set, define, delete...) upgrades the module, then does what
// it would have done.
func (m *module) shellTraps() *goja.ProxyTrapConfig {
	rt := m.rt
	upgraded := func(name string, args ...goja.Value) goja.Value {
		m.upgrade()
		return m.reflect(name, args...)
	}
	return &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, p string, r goja.Value) goja.Value { return m.shellOf(t).get(t, p, r) },
		Has: func(t *goja.Object, p string) bool { return upgraded("has", t, rt.ToValue(p)).ToBoolean() },
		Set: func(t *goja.Object, p string, v, r goja.Value) bool {
			return upgraded("set", t, rt.ToValue(p), v, r).ToBoolean()
		},
		DefineProperty: func(t *goja.Object, p string, d goja.PropertyDescriptor) bool {
			m.upgrade()
			return m.reflect("defineProperty", t, rt.ToValue(p), m.descriptorObject(d)).ToBoolean()
		},
		DeleteProperty: func(t *goja.Object, p string) bool { return upgraded("deleteProperty", t, rt.ToValue(p)).ToBoolean() },
		OwnKeys:        func(t *goja.Object) *goja.Object { return upgraded("ownKeys", t).(*goja.Object) },
		GetOwnPropertyDescriptor: func(t *goja.Object, p string) goja.PropertyDescriptor {
			return m.propertyDescriptor(upgraded("getOwnPropertyDescriptor", t, rt.ToValue(p)))
		},
		PreventExtensions: func(t *goja.Object) bool { return upgraded("preventExtensions", t).ToBoolean() },
		SetPrototypeOf: func(t *goja.Object, p *goja.Object) bool {
			var proto goja.Value = goja.Null()
			if p != nil {
				proto = p
			}
			return upgraded("setPrototypeOf", t, proto).ToBoolean()
		},
	}
}

// shellOf is the shell whose target (or proxy) v is.
func (m *module) shellOf(v goja.Value) *shell {
	for _, s := range m.shells {
		if s.target == v || s.proxy == v {
			return s
		}
	}
	return nil
}

func (s *shell) get(target *goja.Object, prop string, receiver goja.Value) goja.Value {
	if k := fastIndex(prop); k >= 0 && s.hasFast(k) {
		return s.fastValue(k)
	}
	if prop == "default" && s.id == 0 && s.m.f.defaultExport {
		return s.proxy
	}
	if s.m.surface(s.id == 0)[prop] {
		s.m.upgrade()
		return s.m.reflect("get", target, s.m.rt.ToValue(prop), receiver)
	}
	return target.Get(prop)
}

// reflect calls Reflect[name](args...), throwing what it throws.
func (m *module) reflect(name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(m.rt.Get("Reflect").ToObject(m.rt).Get(name))
	if !ok {
		panic(m.rt.NewTypeError("Reflect." + name + " is not a function"))
	}
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

func (m *module) descriptorObject(d goja.PropertyDescriptor) *goja.Object {
	o := m.rt.NewObject()
	if d.Value != nil {
		_ = o.Set("value", d.Value)
	}
	for _, f := range []struct {
		name string
		flag goja.Flag
	}{{"writable", d.Writable}, {"enumerable", d.Enumerable}, {"configurable", d.Configurable}} {
		if f.flag != goja.FLAG_NOT_SET {
			_ = o.Set(f.name, f.flag.Bool())
		}
	}
	if d.Getter != nil {
		_ = o.Set("get", d.Getter)
	}
	if d.Setter != nil {
		_ = o.Set("set", d.Setter)
	}
	return o
}

func (m *module) propertyDescriptor(v goja.Value) goja.PropertyDescriptor {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.PropertyDescriptor{}
	}
	var d goja.PropertyDescriptor
	has := func(name string) bool { return m.reflect("has", o, m.rt.ToValue(name)).ToBoolean() }
	flag := func(name string) goja.Flag {
		if !has(name) {
			return goja.FLAG_NOT_SET
		}
		if o.Get(name).ToBoolean() {
			return goja.FLAG_TRUE
		}
		return goja.FLAG_FALSE
	}
	if has("value") {
		d.Value = o.Get("value")
	}
	d.Writable, d.Enumerable, d.Configurable = flag("writable"), flag("enumerable"), flag("configurable")
	if has("get") {
		d.Getter = o.Get("get")
	}
	if has("set") {
		d.Setter = o.Get("set")
	}
	return d
}

// ---- calls ----

// invoke runs member k of the shell (or the shell itself) with the
// call's first three arguments, which is all any of them reads.
func (s *shell) invoke(k int, a, b, c goja.Value) goja.Value {
	m := s.m
	if !m.upgraded && !m.forceJS {
		if v, ok := s.native(k, a, b, c); ok {
			return v
		}
	}
	m.upgrade()
	return s.delegate(k, a, b, c)
}

func (s *shell) delegate(k int, a, b, c goja.Value) goja.Value {
	js := s.jsSide()
	fn := js.request
	if k != callInstance {
		fn = js.fast[k]
	}
	v, err := fn(goja.Undefined(), a, b, c)
	if err != nil {
		panic(err)
	}
	return v
}
