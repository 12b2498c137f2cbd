package axios

import (
	"context"
	"net/http"
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// The upgrade: running axios.js in a runtime whose hook needs more than
// the native path, and what the native side needs to know of the surface
// axios.js makes.

// upgrade runs axios.js over the shells: from now on the module is what
// axios.js makes it, and the shells are transparent proxies of it.
func (m *module) upgrade() {
	if m.upgraded {
		return
	}
	m.upgraded = true
	if m.traps != nil {
		*m.traps = goja.ProxyTrapConfig{}
	}
	if _, err := script.Call(m.rt, m.bindings(m.shells[0].proxy)); err != nil {
		panic(err)
	}
	for _, s := range m.shells[1:] {
		if _, err := m.js.adoptInstance(goja.Undefined(), s.proxy, m.toJS(objVal(s.defs()))); err != nil {
			panic(err)
		}
	}
	for _, s := range m.shells {
		if s.fast == nil {
			continue
		}
		for k, v := range s.fast {
			if v == nil {
				continue
			}
			s.jsSide().fast[k], _ = goja.AssertFunction(s.target.Get(fastNames[k]))
			_ = s.target.Set(fastNames[k], v)
		}
	}
}

// jsInternals are the pieces of axios.js the native side calls.
type jsInternals struct {
	adoptInstance   goja.Callable // (shell, defaults): decorate shell as createInstance does
	dispatchRequest goja.Callable // (config) -> promise
	resumeExchange  goja.Callable // (config, request, req, outcome, failed, verdict) -> promise
	axiosHeaders    *goja.Object
}

// bindings is the native object axios.js receives.
func (m *module) bindings(rootShell goja.Value) *goja.Object {
	rt := m.rt
	native := rt.NewObject()
	_ = native.Set("version", m.version)
	_ = native.Set("features", m.f.object(rt))
	_ = native.Set("send", sendFunc(m.h))
	_ = native.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = native.Set("base64", base64Of)
	_ = native.Set("rootShell", rootShell)
	_ = native.Set("adoptInstance", func(call goja.FunctionCall) goja.Value {
		if s := m.shellOf(call.Argument(0)); s != nil {
			s.jsSide().request, _ = goja.AssertFunction(call.Argument(1))
		}
		return goja.Undefined()
	})
	_ = native.Set("adopt", func(call goja.FunctionCall) goja.Value {
		return m.adopt(call.Argument(0).String(), call.Argument(1))
	})
	_ = native.Set("expose", func(call goja.FunctionCall) goja.Value {
		o := call.Argument(0).ToObject(rt)
		fn := func(name string) goja.Callable { f, _ := goja.AssertFunction(o.Get(name)); return f }
		m.js = &jsInternals{
			adoptInstance:   fn("adoptInstance"),
			dispatchRequest: fn("dispatchRequest"),
			resumeExchange:  fn("resumeExchange"),
		}
		if h, ok := o.Get("AxiosHeaders").(*goja.Object); ok {
			m.js.axiosHeaders = h
		}
		return goja.Undefined()
	})
	return native
}

// ---- the surface axios.js makes ----

// surfaceNames are the own members axios.js gives the exports and an
// instance in a release (besides a function's length, name, prototype):
// reading one of them is what upgrades the module.
type surfaceNames struct{ root, instance map[string]bool }

var surfaces sync.Map // version -> *surfaceNames

func (m *module) surface(root bool) map[string]bool {
	v, ok := surfaces.Load(m.version)
	if !ok {
		v, _ = surfaces.LoadOrStore(m.version, surfaceOf(m.version))
	}
	if root {
		return v.(*surfaceNames).root
	}
	return v.(*surfaceNames).instance
}

// surfaceOf runs axios.js for version in a scratch runtime and lists
// what it defines.
func surfaceOf(version string) *surfaceNames {
	rt := goja.New()
	m, err := newModule(scratchHost{rt}, version)
	if err != nil {
		panic(err)
	}
	m.upgrade()
	names := func(v goja.Value) map[string]bool {
		out := map[string]bool{}
		for _, k := range v.(*goja.Object).GetOwnPropertyNames() {
			if k != "length" && k != "name" && k != "prototype" {
				out[k] = true
			}
		}
		return out
	}
	root := m.shells[0].proxy
	create, _ := goja.AssertFunction(root.Get("create"))
	inst, err := create(goja.Undefined())
	if err != nil {
		panic(err)
	}
	return &surfaceNames{root: names(root), instance: names(inst)}
}

// scratchHost is a Host for a runtime that never makes a request.
type scratchHost struct{ rt *goja.Runtime }

func (h scratchHost) Runtime() *goja.Runtime               { return h.rt }
func (h scratchHost) Context() context.Context             { return context.Background() }
func (h scratchHost) Transport() http.RoundTripper         { return nil }
func (h scratchHost) RegisterCallback() func(func() error) { return func(func() error) {} }
func (h scratchHost) Action() bool                         { return false }
func (h scratchHost) Node() runtimes.Runtime               { return runtimes.Default(false) }
func (h scratchHost) Getenv(string) (string, bool)         { return "", false }
func (h scratchHost) Warn(string)                          {}
