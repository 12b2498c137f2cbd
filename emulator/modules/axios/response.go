package axios

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// lazyResponse is the response a native request resolves with: the
// adapter's {status, statusText, headers, config, request} and then data,
// in that order, as a DynamicObject that builds headers, config, request
// and data only when first read (hooks read data, or only the status;
// the 8x8 guide's reads nothing). Like
// response.config (lazyObject), it behaves as an object of plain data
// properties, also to util.inspect and JSON.stringify; unlike one it
// cannot be frozen or given accessors, non-enumerable properties or
// symbol keys, which no hook seen does to a response.
type lazyResponse struct {
	m      *module
	out    *outbound
	header http.Header
	data   responseData
	keys   []string
	// vals holds what each key's value is once built; nil until then
	// (only headers, config, request and data start so).
	vals []goja.Value
}

var _ goja.DynamicObject = (*lazyResponse)(nil)

// responseKeys are the response's own keys, in the adapter's order.
var responseKeys = []string{"status", "statusText", "headers", "config", "request", "data"}

func newLazyResponse(m *module, out *outbound, resp *httpkit.Response, data responseData) *lazyResponse {
	rt := m.rt
	r := &lazyResponse{m: m, out: out, header: resp.Header, data: data, keys: responseKeys,
		vals: make([]goja.Value, len(responseKeys), len(responseKeys)+1)}
	r.vals[0] = rt.ToValue(resp.Status)
	r.vals[1] = rt.ToValue(resp.StatusText)
	return r
}

func (r *lazyResponse) index(key string) int {
	for i, k := range r.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// build makes the value of one of the keys that start unbuilt.
func (r *lazyResponse) build(key string) goja.Value {
	m := r.m
	switch key {
	case "headers":
		if m.f.v1 {
			return m.responseHeaders(r.header)
		}
		return m.rt.NewDynamicObject(&lazyObject{m: m, obj: headersModel(r.header)})
	case "config":
		return m.rt.NewDynamicObject(&lazyObject{m: m, obj: r.out.c})
	case "data":
		return r.data.value(m)
	}
	return m.clientRequest(r.out)
}

func (r *lazyResponse) Get(key string) goja.Value {
	i := r.index(key)
	if i < 0 {
		return nil
	}
	if r.vals[i] == nil {
		r.vals[i] = r.build(key)
	}
	return r.vals[i]
}

func (r *lazyResponse) Set(key string, v goja.Value) bool {
	if v == nil {
		v = goja.Undefined()
	}
	if i := r.index(key); i >= 0 {
		r.vals[i] = v
		return true
	}
	r.ownKeys()
	at := len(r.keys)
	if isArrayIndex(key) {
		// Array indexes come first, in ascending order, as in any object.
		n, _ := strconv.ParseUint(key, 10, 32)
		at = 0
		for at < len(r.keys) && isArrayIndex(r.keys[at]) {
			if k, _ := strconv.ParseUint(r.keys[at], 10, 32); k > n {
				break
			}
			at++
		}
	}
	r.keys = slices.Insert(r.keys, at, key)
	r.vals = slices.Insert(r.vals, at, v)
	return true
}

func (r *lazyResponse) Has(key string) bool { return r.index(key) >= 0 }

func (r *lazyResponse) Delete(key string) bool {
	if i := r.index(key); i >= 0 {
		r.ownKeys()
		r.keys = append(r.keys[:i], r.keys[i+1:]...)
		r.vals = append(r.vals[:i], r.vals[i+1:]...)
	}
	return true
}

// ownKeys gives r a keys slice of its own before it changes the list
// (it starts as the shared responseKeys).
func (r *lazyResponse) ownKeys() {
	if len(r.keys) > 0 && &r.keys[0] == &responseKeys[0] {
		r.keys = append(make([]string, 0, len(r.keys)+1), r.keys...)
	}
}

func (r *lazyResponse) Keys() []string { return append([]string(nil), r.keys...) }
