package emulator

import (
	"slices"

	"github.com/dop251/goja"
)

// storage is the object behind context.webtask.storage: the properties
// of the plain object { get, set } in insertion order, where get and set
// are built on their first read (a nil value) and then kept, so
// storage.get === storage.get. A hook may add, replace and delete
// properties as on any object.
type storage struct {
	inv    *invocation
	stored string // the document as JSON; "" means never set
	values map[string]goja.Value
	order  []string
}

func newStorage(inv *invocation) *storage {
	return &storage{inv: inv, values: map[string]goja.Value{"get": nil, "set": nil}, order: []string{"get", "set"}}
}

func (st *storage) Get(key string) goja.Value {
	v, ok := st.values[key]
	if !ok || v != nil {
		return v
	}
	switch key {
	case "get":
		v = st.inv.storageGet(st)
	case "set":
		v = st.inv.storageSet(st)
	}
	st.values[key] = v
	return v
}

func (st *storage) Set(key string, val goja.Value) bool {
	if _, ok := st.values[key]; !ok {
		st.order = append(st.order, key)
	}
	if val == nil {
		val = goja.Undefined()
	}
	st.values[key] = val
	return true
}

func (st *storage) Has(key string) bool {
	_, ok := st.values[key]
	return ok
}

func (st *storage) Delete(key string) bool {
	if _, ok := st.values[key]; ok {
		delete(st.values, key)
		st.order = slices.DeleteFunc(st.order, func(k string) bool { return k == key })
	}
	return true
}

func (st *storage) Keys() []string { return slices.Clone(st.order) }
