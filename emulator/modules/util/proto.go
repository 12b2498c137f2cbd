package util

import (
	"github.com/dop251/goja"
)

// constructorName is Node's getConstructorName: the name of the first
// constructor up the prototype chain that obj is an instance of. ok is
// false for an object with a null prototype.
func (ins *inspector) constructorName(obj *goja.Object) (name string, ok bool) {
	return ins.constructorNameOf(obj, true)
}

// mayOwnConstructorOrTag tells, without a property lookup per object,
// whether obj could have its own constructor or Symbol.toStringTag (as
// prototypes do); an array's index keys are not enumerated for this.
func (ins *inspector) mayOwnConstructorOrTag(obj *goja.Object) (ctor, tag bool) {
	if obj.ClassName() != "Array" && !isTypedArray(obj) {
		var names []string
		ins.try(func() { names = obj.GetOwnPropertyNames() })
		for _, n := range names {
			ctor = ctor || n == "constructor"
		}
	}
	var symbols []*goja.Symbol
	ins.try(func() { symbols = obj.Symbols() })
	for _, s := range symbols {
		tag = tag || s == goja.SymToStringTag
	}
	return ctor, tag
}

// constructorNameOf is constructorName; ownCtor false skips looking for
// a constructor on obj itself.
func (ins *inspector) constructorNameOf(obj *goja.Object, ownCtor bool) (name string, ok bool) {
	if ownCtor {
		if name, found := ins.constructorAt(obj, obj); found {
			return name, true
		}
	}
	first := ins.proto(obj)
	if first == nil {
		return "", false
	}
	// The rest of the walk depends only on the prototype, which many
	// inspected objects share.
	info, cached := ins.protoNames[first]
	if !cached {
		info.name, info.found = ins.constructorFrom(obj, first)
		if ins.protoNames == nil {
			ins.protoNames = map[*goja.Object]protoName{}
		}
		ins.protoNames[first] = info
	}
	if info.found {
		return info.name, true
	}
	return obj.ClassName() + " <" + ins.anonymousPrototype(first) + ">", true
}

// protoName caches constructorFrom for one prototype.
type protoName struct {
	name  string
	found bool
}

func (ins *inspector) constructorFrom(obj, first *goja.Object) (string, bool) {
	for p, i := first, 0; p != nil && i < maxProtoChain; i++ {
		if name, found := ins.constructorAt(p, obj); found {
			return name, true
		}
		p = ins.proto(p)
	}
	return "", false
}

// constructorAt is the name of p's own constructor when obj is an
// instance of it.
func (ins *inspector) constructorAt(p, obj *goja.Object) (string, bool) {
	prop, found := ins.own(p, ins.rt.ToValue("constructor"))
	if !found {
		return "", false
	}
	fn, isFn := prop.value.(*goja.Object)
	if !isFn || !isFunction(fn) {
		return "", false
	}
	n := ins.ownString(fn, "name")
	return n, n != "" && ins.instanceOf(obj, fn)
}

// anonymousPrototype describes a prototype without a named constructor,
// as Node does in names like Object <[Object: null prototype] {}>.
func (ins *inspector) anonymousPrototype(proto *goja.Object) string {
	if name, ok := ins.constructorName(proto); ok {
		return name
	}
	if len(ins.keys(proto)) == 0 {
		return "[Object: null prototype] {}"
	}
	return "[Object: null prototype]"
}

// instanceOf is `obj instanceof fn` without Symbol.hasInstance.
func (ins *inspector) instanceOf(obj, fn *goja.Object) bool {
	p, ok := ins.own(fn, ins.rt.ToValue("prototype"))
	target, isObj := p.value.(*goja.Object)
	if !ok || !isObj {
		return false
	}
	for o, i := ins.proto(obj), 0; o != nil && i < maxProtoChain; i++ {
		if o.SameAs(target) {
			return true
		}
		o = ins.proto(o)
	}
	return false
}

// ownString is the own data property key of obj when it is a string.
func (ins *inspector) ownString(obj *goja.Object, key string) string {
	p, ok := ins.own(obj, ins.rt.ToValue(key))
	if !ok || !isString(p.value) {
		return ""
	}
	return p.value.String()
}

// toStringTag is Node's tag: Symbol.toStringTag when it is a string that
// is not an own enumerable property (so not printed twice). The chain is
// walked for data properties only; a getter is not run.
func (ins *inspector) toStringTag(obj *goja.Object) string {
	return ins.toStringTagOf(obj, true)
}

// toStringTagOf is toStringTag; ownTag false skips obj's own properties.
func (ins *inspector) toStringTagOf(obj *goja.Object, ownTag bool) string {
	if ownTag {
		if prop, found := ins.own(obj, goja.SymToStringTag); found {
			if prop.enumerable || ins.opts.ShowHidden || !isString(prop.value) {
				return ""
			}
			return prop.value.String()
		}
	}
	first := ins.proto(obj)
	if first == nil {
		return ""
	}
	tag, cached := ins.protoTags[first]
	if !cached {
		if v := ins.dataKey(first, goja.SymToStringTag); isString(v) {
			tag = v.String()
		}
		if ins.protoTags == nil {
			ins.protoTags = map[*goja.Object]string{}
		}
		ins.protoTags[first] = tag
	}
	return tag
}
