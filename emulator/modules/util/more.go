package util

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

func (ins *inspector) describeMap(r *raw) (string, bool) {
	return ins.describeCollection(r, "Map", "entries", func(entry goja.Value, rt int) string {
		pair, _ := entry.(*goja.Object)
		if pair == nil {
			return ins.formatValue(entry, rt)
		}
		k, v := ins.data(pair, "0"), ins.data(pair, "1")
		return ins.formatValue(orUndefined(k), rt) + " => " + ins.formatValue(orUndefined(v), rt)
	})
}

func (ins *inspector) describeSet(r *raw) (string, bool) {
	return ins.describeCollection(r, "Set", "values", func(v goja.Value, rt int) string {
		return ins.formatValue(v, rt)
	})
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// describeCollection prints a Map or Set through its intrinsic iterator.
func (ins *inspector) describeCollection(r *raw, typ, method string, entry func(goja.Value, int) string) (string, bool) {
	size := 0
	ins.try(func() { size = int(orUndefined(r.obj.Get("size")).ToInteger()) })
	prefix := r.prefix(typ, "("+strconv.Itoa(size)+")")
	r.keys = ins.keys(r.obj)
	if size == 0 && len(r.keys) == 0 {
		return prefix + "{}", true
	}
	r.braces[0] = prefix + "{"
	r.formatter = func(rt int) []string {
		limit := min(max(0, ins.opts.MaxArrayLength), size)
		var output []string
		ins.indentationLvl += 2
		ins.iterate(r.obj, method, limit, func(v goja.Value) {
			output = append(output, entry(v, rt))
		})
		ins.indentationLvl -= 2
		if remaining := size - limit; remaining > 0 {
			output = append(output, remainingText(remaining))
		}
		return output
	}
	return "", false
}

// iterate calls each with up to limit values of obj[method](), reading
// the iterator without running user code.
func (ins *inspector) iterate(obj *goja.Object, method string, limit int, each func(goja.Value)) {
	fn, ok := goja.AssertFunction(ins.data(obj, method))
	if !ok {
		return
	}
	it, ok := ins.call(fn, obj)
	itObj, isObj := it.(*goja.Object)
	if !ok || !isObj {
		return
	}
	next, ok := goja.AssertFunction(ins.data(itObj, "next"))
	if !ok {
		return
	}
	for i := 0; i < limit && ins.budget > 0; i++ {
		res, ok := ins.call(next, itObj)
		resObj, isObj := res.(*goja.Object)
		if !ok || !isObj {
			return
		}
		if done := ins.data(resObj, "done"); done != nil && done.ToBoolean() {
			return
		}
		each(orUndefined(ins.data(resObj, "value")))
	}
}

func (ins *inspector) formatPromise(obj *goja.Object, recurseTimes int) []string {
	p, _ := obj.Export().(*goja.Promise)
	if p == nil || p.State() == goja.PromiseStatePending {
		return []string{"<pending>"}
	}
	ins.indentationLvl += 2
	str := ins.formatValue(p.Result(), recurseTimes)
	ins.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		return []string{"<rejected> " + str}
	}
	return []string{str}
}

func (ins *inspector) formatDataView(obj *goja.Object, recurseTimes int) []string {
	var length, offset, buffer goja.Value = goja.Undefined(), goja.Undefined(), goja.Undefined()
	ins.try(func() {
		length, offset, buffer = obj.Get("byteLength"), obj.Get("byteOffset"), obj.Get("buffer")
	})
	output := []string{"byteLength: " + ins.formatValue(length, recurseTimes),
		"byteOffset: " + ins.formatValue(offset, recurseTimes)}
	ins.indentationLvl += 2
	output = append(output, "buffer: "+ins.formatValue(buffer, recurseTimes))
	ins.indentationLvl -= 2
	return output
}

// urlFields are what Node's URL inspect shows, in its order.
var urlFields = []string{"href", "origin", "protocol", "username", "password", "host",
	"hostname", "port", "pathname", "search", "searchParams", "hash"}

// describeURL prints URL and URLSearchParams objects as Node's custom
// inspectors do; their fields are getters on the prototype.
func (ins *inspector) describeURL(r *raw, recurseTimes int) (string, bool) {
	if !r.hasCtor || (r.ctor != "URL" && r.ctor != "URLSearchParams") || recurseTimes > ins.opts.Depth {
		return "", false
	}
	// goja_nodejs's instances are Go values, whose exported methods show
	// as keys; any other object with keys is not one of them.
	if t := r.obj.ExportType(); len(r.keys) != 0 && (t == nil || t.Kind() != reflect.Ptr) {
		return "", false
	}
	if r.ctor == "URLSearchParams" {
		return ins.formatSearchParams(r.obj), true
	}
	fields := ins.rt.NewObject()
	ok := ins.try(func() {
		for _, name := range urlFields {
			_ = fields.Set(name, r.obj.Get(name))
		}
	})
	if !ok {
		return "", false
	}
	return "URL " + ins.formatValue(fields, recurseTimes), true
}

func (ins *inspector) formatSearchParams(obj *goja.Object) string {
	var output []string
	length := -2
	ins.iterate(obj, "entries", ins.opts.MaxArrayLength, func(entry goja.Value) {
		pair, _ := entry.(*goja.Object)
		if pair == nil {
			return
		}
		s := ins.formatValue(orUndefined(ins.data(pair, "0")), 0) + " => " +
			ins.formatValue(orUndefined(ins.data(pair, "1")), 0)
		output = append(output, s)
		length += len(s) + 2
	})
	switch {
	case length > ins.opts.BreakLength:
		return "URLSearchParams {\n  " + strings.Join(output, ",\n  ") + " }"
	case len(output) > 0:
		return "URLSearchParams { " + strings.Join(output, ", ") + " }"
	}
	return "URLSearchParams {}"
}
