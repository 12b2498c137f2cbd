package util

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Where a property's output goes: Node's kObjectType, kArrayType and
// kArrayExtrasType.
const (
	objectType = iota
	arrayType
	arrayExtrasType
)

// raw is what formatRaw learns about an object before printing it.
type raw struct {
	obj       *goja.Object
	ctor      string
	hasCtor   bool // false for a null prototype
	tag       string
	keys      []goja.Value
	braces    [2]string
	base      string
	extras    int
	formatter func(recurseTimes int) []string
	// numeric reports whether element i is a number, for the alignment of
	// grouped array elements.
	numeric func(i int) bool
}

// formatRaw is Node's formatRaw for an object that is not a proxy.
func (ins *inspector) formatRaw(obj *goja.Object, recurseTimes int) string {
	r := &raw{obj: obj, braces: [2]string{"{", "}"}}
	ownCtor, ownTag := ins.mayOwnConstructorOrTag(obj)
	r.ctor, r.hasCtor = ins.constructorNameOf(obj, ownCtor)
	r.tag = ins.toStringTagOf(obj, ownTag)
	if s, done := ins.describe(r, recurseTimes); done {
		return s
	}
	if recurseTimes > ins.opts.Depth {
		name := strings.TrimSuffix(r.prefix("Object", ""), " ")
		if r.hasCtor {
			name = "[" + name + "]"
		}
		return name
	}
	recurseTimes++
	ins.seen = append(ins.seen, obj)
	ins.currentDepth = recurseTimes
	var output []string
	if r.formatter != nil {
		output = r.formatter(recurseTimes)
	}
	for _, key := range r.keys {
		if ins.budget <= 0 {
			output = append(output, "...")
			break
		}
		output = append(output, ins.formatProperty(obj, key, recurseTimes, r.extras))
	}
	if ins.opts.Sorted {
		sortEntries(output, len(r.keys), r.extras == objectType)
	}
	if index, ok := ins.circular[obj]; ok {
		ref := "<ref *" + strconv.Itoa(index) + ">"
		if r.base == "" {
			r.base = ref
		} else {
			r.base = ref + " " + r.base
		}
	}
	ins.seen = ins.seen[:len(ins.seen)-1]
	return ins.reduceToSingleString(output, r, recurseTimes)
}

// prefix is Node's getPrefix.
func (r *raw) prefix(fallback, size string) string {
	if !r.hasCtor {
		if r.tag != "" && fallback != r.tag {
			return "[" + fallback + size + ": null prototype] [" + r.tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if r.tag != "" && r.ctor != r.tag {
		return r.ctor + size + " [" + r.tag + "] "
	}
	return r.ctor + size + " "
}

// describe fills r for obj's kind; done means s is the whole result
// already (an empty object, a function without properties, ...).
func (ins *inspector) describe(r *raw, recurseTimes int) (s string, done bool) {
	obj := r.obj
	if isFunction(obj) {
		return ins.describeFunction(r)
	}
	switch class := obj.ClassName(); class {
	case "Array":
		return ins.describeArray(r)
	case "Error":
		return ins.describeError(r)
	case "Date":
		return ins.describeDate(r)
	case "RegExp":
		return ins.describeRegExp(r, recurseTimes)
	case "Number", "String", "Boolean":
		return ins.describeBoxed(r, class)
	case "Arguments":
		r.keys = ins.keys(obj)
		r.braces[0] = "[Arguments] {"
		return r.braces[0] + "}", len(r.keys) == 0
	}
	switch obj.ExportType() {
	case reflectMap:
		return ins.describeMap(r)
	case reflectSet:
		return ins.describeSet(r)
	case reflectPromise:
		r.keys = ins.keys(obj)
		r.braces[0] = r.prefix("Promise", "") + "{"
		r.formatter = func(rt int) []string { return ins.formatPromise(obj, rt) }
		return "", false
	case reflectBuffer:
		return ins.describeArrayBuffer(r)
	case reflectBigInt:
		return ins.describeBoxed(r, "BigInt")
	}
	if isTypedArray(obj) {
		return ins.describeTypedArray(r)
	}
	return ins.describeObject(r, recurseTimes)
}

// describeObject handles plain objects, class instances and the few
// built-ins recognised by their tag.
func (ins *inspector) describeObject(r *raw, recurseTimes int) (string, bool) {
	r.keys = ins.keys(r.obj)
	if s, done, ok := ins.describeByTag(r); ok {
		return s, done
	}
	if s, ok := ins.describeURL(r, recurseTimes); ok {
		return s, true
	}
	if r.hasCtor && r.ctor == "Object" {
		if r.tag != "" {
			r.braces[0] = r.prefix("Object", "") + "{"
		}
		return r.braces[0] + "}", len(r.keys) == 0
	}
	r.braces[0] = ins.ctxStyle(r) + "{"
	return r.braces[0] + "}", len(r.keys) == 0
}

// ctxStyle is Node's getCtxStyle.
func (ins *inspector) ctxStyle(r *raw) string {
	fallback := ""
	if !r.hasCtor {
		fallback = r.obj.ClassName()
		if fallback == r.tag {
			fallback = "Object"
		}
	}
	return r.prefix(fallback, "")
}

// describeByTag recognises WeakMap, WeakSet and DataView, which goja
// exposes only through their prototypes.
func (ins *inspector) describeByTag(r *raw) (s string, done, ok bool) {
	tag := r.tag
	if tag == "" && r.hasCtor {
		tag = r.ctor
	}
	switch tag {
	case "WeakMap", "WeakSet":
		r.braces[0] = r.prefix(tag, "") + "{"
		r.formatter = func(int) []string { return []string{"<items unknown>"} }
		return "", false, true
	case "DataView":
		r.braces[0] = r.prefix("DataView", "") + "{"
		r.formatter = func(rt int) []string { return ins.formatDataView(r.obj, rt) }
		return "", false, true
	}
	return "", false, false
}

// keys are the own property keys inspect shows: enumerable ones (all with
// ShowHidden), strings first, then symbols.
func (ins *inspector) keys(obj *goja.Object) []goja.Value {
	var names []string
	var symbols []*goja.Symbol
	ins.try(func() {
		if ins.opts.ShowHidden {
			names = obj.GetOwnPropertyNames()
		} else {
			names = obj.Keys()
		}
		symbols = obj.Symbols()
	})
	keys := make([]goja.Value, 0, len(names)+len(symbols))
	for _, name := range names {
		keys = append(keys, ins.rt.ToValue(name))
	}
	for _, sym := range symbols {
		if p, ok := ins.own(obj, sym); ok && (p.enumerable || ins.opts.ShowHidden) {
			keys = append(keys, sym)
		}
	}
	return keys
}

// formatProperty is Node's formatProperty: never runs a getter.
func (ins *inspector) formatProperty(obj *goja.Object, key goja.Value, recurseTimes, typ int) string {
	p, ok := ins.own(obj, key)
	if !ok {
		p = property{value: goja.Undefined(), enumerable: true}
	}
	return ins.formatDescribed(key, p, recurseTimes, typ)
}

func (ins *inspector) formatDescribed(key goja.Value, p property, recurseTimes, typ int) string {
	var str string
	switch {
	case p.value != nil && !goja.IsUndefined(p.value):
		ins.indentationLvl += 2
		str = ins.formatValue(p.value, recurseTimes)
		ins.indentationLvl -= 2
	case p.getter && p.setter:
		str = "[Getter/Setter]"
	case p.getter:
		str = "[Getter]"
	case p.setter:
		str = "[Setter]"
	default:
		str = "undefined"
	}
	ins.budget -= len(str)
	if typ == arrayType {
		return str
	}
	return formatKey(key, p.enumerable) + ": " + str
}

// sortEntries is the sorted option: an object's entries all sorted, an
// array's (or a map's) own extra properties only, after its elements.
func sortEntries(output []string, keys int, object bool) {
	if object {
		sort.Strings(output)
		return
	}
	if keys > 1 && keys <= len(output) {
		sort.Strings(output[len(output)-keys:])
	}
}
