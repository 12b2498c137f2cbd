package axios

import (
	"sync"

	"github.com/dop251/goja"
)

// The defaults axios.js builds, as the native path sees them, and the
// default functions every config shares, which the native side hands out
// as stubs until axios.js runs and adopts them.

// pristineDefaults is buildDefaults of axios.js, as a model: the
// functions are slots.
func (m *module) pristineDefaults() *object {
	f, rt := m.f, m.rt
	d := newObject(12)
	if f.transitional {
		t := newObject(4)
		t.set("silentJSONParsing", jsVal(rt.ToValue(true)))
		t.set("forcedJSONParsing", jsVal(rt.ToValue(true)))
		t.set("clarifyTimeoutError", jsVal(rt.ToValue(false)))
		if f.nativeAxiosError {
			t.set("legacyInterceptorReqResOrdering", jsVal(rt.ToValue(true)))
		}
		d.set("transitional", objVal(t))
	}
	if f.v1 && f.defaultExport {
		adapters := []val{strVal("xhr"), strVal("http")}
		if f.fetchAdapter {
			adapters = append(adapters, strVal("fetch"))
		}
		d.set("adapter", arrVal(adapters...))
	} else {
		d.set("adapter", refVal(slotAdapter))
	}
	if f.modernMerge {
		d.set("transformRequest", arrVal(refVal(slotTransformRequest)))
		d.set("transformResponse", arrVal(refVal(slotTransformResponse)))
	} else {
		d.set("transformRequest", refVal(slotTransformRequests))
		d.set("transformResponse", refVal(slotTransformResponses))
	}
	d.set("timeout", m.num(0))
	d.set("xsrfCookieName", strVal("XSRF-TOKEN"))
	d.set("xsrfHeaderName", strVal("X-XSRF-TOKEN"))
	d.set("maxContentLength", m.num(-1))
	if f.modernMerge {
		d.set("maxBodyLength", m.num(-1))
	}
	if f.axiosError {
		env := newObject(2)
		env.set("FormData", refVal(slotFormData))
		if f.v1 {
			env.set("Blob", jsVal(goja.Null()))
		}
		d.set("env", objVal(env))
	}
	d.set("validateStatus", refVal(slotValidateStatus))
	formDefault := f.v1 && f.defaultExport
	headers := &object{ents: make([]entry, 0, 7), deep: true}
	common := &object{ents: make([]entry, 0, 2), deep: true}
	common.set("Accept", strVal("application/json, text/plain, */*"))
	if formDefault {
		common.set("Content-Type", undef)
	}
	headers.set("common", objVal(common))
	for _, method := range []string{"delete", "get", "head", "post", "put", "patch"} {
		section := &object{deep: true}
		if method[0] == 'p' && !formDefault {
			section.set("Content-Type", strVal("application/x-www-form-urlencoded"))
		}
		headers.set(method, objVal(section))
	}
	d.set("headers", objVal(headers))
	return d
}

// rootDefaults is the pristine defaults of the release. Every runtime
// shares them: they hold no runtime's objects, and nothing changes an
// object the merges read from (they copy what they change).
func (m *module) rootDefaults() *object {
	if m.defaults == nil {
		if d, ok := pristine.Load(m.version); ok {
			m.defaults = d.(*object)
		} else {
			d, _ := pristine.LoadOrStore(m.version, m.pristineDefaults())
			m.defaults = d.(*object)
		}
	}
	return m.defaults
}

var pristine sync.Map // version -> *object

// stubNames are the names (and lengths) of the axios.js functions a
// slot's stub stands for.
func (m *module) stubName(s slot) (string, int) {
	switch s {
	case slotTransformRequest:
		if m.f.v1 {
			return "transformRequest1", 2
		}
		return "transformRequest0", 2
	case slotTransformResponse:
		if m.f.transitional {
			return "transformResponse", 1
		}
		return "transformResponseLegacy", 1
	case slotAdapter:
		return "httpAdapter", 1
	case slotValidateStatus:
		return "validateStatus", 1
	}
	return "MultipartForm", 0
}

// slotValue is the JS value of a shared default. Before the upgrade the
// functions are stubs: calling one upgrades the module and calls what
// axios.js made, which then adopts the stub as its own default.
func (m *module) slotValue(s slot) goja.Value {
	if v := m.slots[s]; v != nil {
		return v
	}
	rt := m.rt
	switch s {
	case slotTransformRequests:
		m.slots[s] = rt.NewArray(m.slotValue(slotTransformRequest))
	case slotTransformResponses:
		m.slots[s] = rt.NewArray(m.slotValue(slotTransformResponse))
	default:
		stub := rt.ToValue(func(call goja.FunctionCall) goja.Value {
			m.upgrade()
			fn, ok := goja.AssertFunction(m.delegates[s])
			if !ok {
				panic(rt.NewTypeError(slotNames[s] + " is not a function"))
			}
			v, err := fn(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		name, length := m.stubName(s)
		_ = stub.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = stub.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		m.slots[s] = stub
	}
	return m.slots[s]
}

// adopt is how axios.js takes its defaults: a value the native side
// already handed out (a stub, an array) wins, and the stub then stands
// for what axios.js made.
func (m *module) adopt(name string, v goja.Value) goja.Value {
	if name == "ClientRequest" {
		if m.clientRequestFn == nil {
			m.clientRequestFn = v.(*goja.Object)
		}
		return m.clientRequestFn
	}
	for s := slot(0); s < slotCount; s++ {
		if slotNames[s] != name {
			continue
		}
		if cur := m.slots[s]; cur != nil {
			if !s.isArray() {
				m.delegates[s] = v
			}
			return cur
		}
		m.slots[s] = v
		return v
	}
	return v
}
