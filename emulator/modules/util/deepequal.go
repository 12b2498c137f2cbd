package util

import (
	"bytes"
	"reflect"

	"github.com/dop251/goja"
)

func (u *module) isDeepStrictEqual(call goja.FunctionCall) goja.Value {
	d := &deepEqual{access: newAccess(u.rt), memo: map[[2]*goja.Object]bool{}}
	return u.rt.ToValue(d.equal(call.Argument(0), call.Argument(1)))
}

// deepEqual is util.isDeepStrictEqual for what hooks compare: primitives
// by SameValue; same prototypes; arrays and objects by own enumerable
// properties; Dates, RegExps, boxed primitives, errors, typed arrays,
// Maps and Sets by content. A pair already under comparison (a cycle)
// counts as equal.
type deepEqual struct {
	*access
	memo map[[2]*goja.Object]bool
}

func (d *deepEqual) equal(x, y goja.Value) bool {
	xo, xObj := x.(*goja.Object)
	yo, yObj := y.(*goja.Object)
	if !xObj || !yObj {
		return xObj == yObj && x.SameAs(y)
	}
	if xo.SameAs(yo) {
		return true
	}
	pair := [2]*goja.Object{xo, yo}
	if d.memo[pair] {
		return true
	}
	d.memo[pair] = true
	defer delete(d.memo, pair)
	if !d.sameKind(xo, yo) || !d.sameContent(xo, yo) {
		return false
	}
	return d.sameProperties(xo, yo)
}

func (d *deepEqual) sameKind(x, y *goja.Object) bool {
	px, py := d.proto(x), d.proto(y)
	return (px == nil) == (py == nil) && (px == nil || px.SameAs(py)) &&
		x.ClassName() == y.ClassName() && x.ExportType() == y.ExportType()
}

// sameContent compares what is not an own enumerable property.
func (d *deepEqual) sameContent(x, y *goja.Object) bool {
	switch x.ClassName() {
	case "Date":
		return reflect.DeepEqual(x.Export(), y.Export())
	case "RegExp":
		return d.sameData(x, y, "source", "flags", "lastIndex")
	case "Number", "String", "Boolean":
		return d.sameData(x, y, "valueOf") && d.valueOf(x).SameAs(d.valueOf(y))
	case "Error":
		return d.sameData(x, y, "message", "name")
	}
	switch t := x.ExportType(); {
	case t == reflectMap:
		return d.sameEntries(x, y, "entries")
	case t == reflectSet && x.ClassName() == "Object":
		return d.sameEntries(x, y, "values")
	case t == reflectBuffer:
		return bytes.Equal(x.Export().(goja.ArrayBuffer).Bytes(), y.Export().(goja.ArrayBuffer).Bytes())
	case isTypedArray(x):
		return reflect.DeepEqual(x.Export(), y.Export())
	}
	return true
}

func (d *deepEqual) valueOf(o *goja.Object) goja.Value {
	if fn, ok := goja.AssertFunction(d.data(o, "valueOf")); ok {
		if v, ok := d.call(fn, o); ok {
			return v
		}
	}
	return goja.Undefined()
}

func (d *deepEqual) sameData(x, y *goja.Object, names ...string) bool {
	for _, name := range names {
		var vx, vy goja.Value
		d.try(func() { vx, vy = x.Get(name), y.Get(name) })
		if !orUndefined(vx).SameAs(orUndefined(vy)) {
			return false
		}
	}
	return true
}

func (d *deepEqual) sameProperties(x, y *goja.Object) bool {
	kx, ky := d.enumerableKeys(x), d.enumerableKeys(y)
	if len(kx) != len(ky) {
		return false
	}
	for _, k := range kx {
		p, ok := d.own(y, k)
		if !ok || !p.enumerable {
			return false
		}
		if !d.equal(d.get(x, k), d.get(y, k)) {
			return false
		}
	}
	return true
}

func (d *deepEqual) enumerableKeys(o *goja.Object) []goja.Value {
	return newInspector(d.access, DefaultOptions()).keys(o)
}

func (d *deepEqual) get(o *goja.Object, key goja.Value) goja.Value {
	var v goja.Value
	d.try(func() {
		if sym, ok := key.(*goja.Symbol); ok {
			v = o.GetSymbol(sym)
		} else {
			v = o.Get(key.String())
		}
	})
	return orUndefined(v)
}

// sameEntries compares two Maps (entries) or Sets (values) regardless of
// order.
func (d *deepEqual) sameEntries(x, y *goja.Object, method string) bool {
	ex, ey := d.entries(x, method), d.entries(y, method)
	if len(ex) != len(ey) {
		return false
	}
	used := make([]bool, len(ey))
	for _, a := range ex {
		found := false
		for j, b := range ey {
			if !used[j] && d.equal(a, b) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (d *deepEqual) entries(o *goja.Object, method string) []goja.Value {
	var out []goja.Value
	ins := newInspector(d.access, DefaultOptions())
	ins.iterate(o, method, 1<<20, func(v goja.Value) { out = append(out, v) })
	return out
}
