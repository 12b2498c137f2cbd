package util

import (
	"strings"
	"time"

	"github.com/dop251/goja"
)

// describeFunction is Node's getFunctionBase and getClassBase.
func (ins *inspector) describeFunction(r *raw) (string, bool) {
	r.keys = ins.keys(r.obj)
	if ins.isClass(r.obj) {
		r.base = ins.classBase(r)
	} else {
		r.base = ins.functionBase(r)
	}
	return r.base, len(r.keys) == 0
}

func (ins *inspector) isClass(fn *goja.Object) bool {
	if fn.ExportType() != reflectCtor {
		return false
	}
	src, ok := ins.call(ins.fnToString, fn)
	return ok && strings.HasPrefix(src.String(), "class")
}

func (ins *inspector) functionBase(r *raw) string {
	typ := "Function"
	switch r.ctor {
	case "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction":
		typ = r.ctor
	}
	var b strings.Builder
	b.WriteString("[" + typ)
	if !r.hasCtor {
		b.WriteString(" (null prototype)")
	}
	switch name := ins.functionName(r.obj); {
	case name != "":
		b.WriteString(": " + name)
	case !ins.opts.Legacy:
		b.WriteString(" (anonymous)")
	}
	b.WriteString("]")
	if r.hasCtor && r.ctor != typ {
		b.WriteString(" " + r.ctor)
	}
	if r.tag != "" && r.ctor != r.tag {
		b.WriteString(" [" + r.tag + "]")
	}
	return b.String()
}

// functionName is fn.name found without running a getter.
func (ins *inspector) functionName(fn *goja.Object) string {
	name, _ := ins.dataString(fn, "name")
	return name
}

func (ins *inspector) classBase(r *raw) string {
	name := ins.ownString(r.obj, "name")
	if name == "" {
		name = "(anonymous)"
	}
	base := "class " + name
	if r.hasCtor && r.ctor != "Function" {
		base += " [" + r.ctor + "]"
	}
	if r.tag != "" && r.ctor != r.tag {
		base += " [" + r.tag + "]"
	}
	if !r.hasCtor {
		return "[" + base + " extends [null prototype]]"
	}
	if super := ins.proto(r.obj); super != nil {
		if superName := ins.functionName(super); superName != "" {
			base += " extends " + superName
		}
	}
	return "[" + base + "]"
}

// describeDate prints the ISO form, or Invalid Date.
func (ins *inspector) describeDate(r *raw) (string, bool) {
	r.keys = ins.keys(r.obj)
	r.base = ins.dateString(r.obj)
	if p := r.prefix("Date", ""); p != "Date " {
		r.base = p + r.base
	}
	return r.base, len(r.keys) == 0
}

func (ins *inspector) dateString(obj *goja.Object) string {
	var t time.Time
	var valid bool
	ins.try(func() { t, valid = obj.Export().(time.Time) })
	if !valid {
		return "Invalid Date"
	}
	t = t.UTC()
	if y := t.Year(); y >= 0 && y <= 9999 {
		return t.Format("2006-01-02T15:04:05.000Z")
	}
	if fn, ok := goja.AssertFunction(ins.data(obj, "toISOString")); ok {
		if v, ok := ins.call(fn, obj); ok {
			return v.String()
		}
	}
	return "Invalid Date"
}

func (ins *inspector) describeRegExp(r *raw, recurseTimes int) (string, bool) {
	r.keys = ins.keys(r.obj)
	var source, flags string
	ins.try(func() {
		source, flags = orUndefined(r.obj.Get("source")).String(), orUndefined(r.obj.Get("flags")).String()
	})
	r.base = "/" + source + "/" + flags
	if p := r.prefix("RegExp", ""); p != "RegExp " {
		r.base = p + r.base
	}
	return r.base, len(r.keys) == 0 || recurseTimes > ins.opts.Depth
}

// describeBoxed is Node's getBoxedBase for Number, String, Boolean and
// BigInt objects.
func (ins *inspector) describeBoxed(r *raw, typ string) (string, bool) {
	r.keys = ins.keys(r.obj)
	var prim goja.Value = goja.Undefined()
	if valueOf, ok := goja.AssertFunction(ins.data(r.obj, "valueOf")); ok {
		if v, ok := ins.call(valueOf, r.obj); ok {
			prim = v
		}
	}
	if typ == "String" {
		r.keys = dropIndexKeys(r.keys, jsLen(prim.String()))
	}
	base := "[" + typ
	if typ != r.ctor {
		if !r.hasCtor {
			base += " (null prototype)"
		} else {
			base += " (" + r.ctor + ")"
		}
	}
	base += ": " + ins.formatPrimitive(prim) + "]"
	if r.tag != "" && r.tag != r.ctor {
		base += " [" + r.tag + "]"
	}
	r.base = base
	return base, len(r.keys) == 0
}

// dropIndexKeys removes the index keys 0..n-1 a String object lists.
func dropIndexKeys(keys []goja.Value, n int) []goja.Value {
	if n > len(keys) {
		n = len(keys)
	}
	return keys[n:]
}
