package url

import (
	neturl "net/url"
	"strings"

	"github.com/dop251/goja"
)

// fixURLClass wraps goja_nodejs's URL class where it departs from Node in
// ways hooks meet: a relative URL against a base (new URL('messages',
// 'https://host/api/v1/') kept only /messages), href not reflecting
// searchParams changes, a '+' in searchParams left unescaped, and origin
// without the port. goja_nodejs makes
// its accessors non-configurable, so the fixes live on a prototype of
// their own in front of the original one.
func fixURLClass(rt *goja.Runtime, original *goja.Object) *goja.Object {
	construct, _ := goja.AssertConstructor(original)
	originalProto := original.Get("prototype").(*goja.Object)
	var wrapper *goja.Object
	wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		newTarget := call.NewTarget
		if newTarget == nil { // goja leaves it nil for a plain `new URL()`
			newTarget = wrapper
		}
		obj, err := construct(newTarget, resolveAgainstBase(rt, call.Arguments)...)
		if err != nil {
			panic(invalidURLError(rt, err, call.Arguments))
		}
		return obj
	}).(*goja.Object)
	_ = wrapper.DefineDataProperty("name", rt.ToValue("URL"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := rt.CreateObject(originalProto)
	_ = wrapper.Set("prototype", proto)
	_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	fixQueries(rt, originalProto, proto)
	fixUserinfo(rt, originalProto, proto)
	originGetter := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(origin(call.This.ToObject(rt)))
	})
	_ = proto.DefineAccessorProperty("origin", originGetter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = wrapper.Set("canParse", func(call goja.FunctionCall) goja.Value {
		_, err := construct(nil, call.Arguments...)
		return rt.ToValue(err == nil)
	})
	return wrapper
}

// resolveAgainstBase turns (input, base) into the absolute URL, which
// goja_nodejs then parses alone.
func resolveAgainstBase(rt *goja.Runtime, args []goja.Value) []goja.Value {
	if len(args) < 2 || goja.IsUndefined(args[1]) {
		return args
	}
	base, err := neturl.Parse(args[1].String())
	if err != nil || !base.IsAbs() {
		return args // goja_nodejs reports the invalid base
	}
	ref, err := neturl.Parse(args[0].String())
	if err != nil {
		return args
	}
	return []goja.Value{rt.ToValue(base.ResolveReference(ref).String())}
}

// origin is Node's: scheme, host and port for the special network
// schemes, "null" for the rest.
func origin(u *goja.Object) string {
	protocol, host := u.Get("protocol").String(), u.Get("host").String()
	switch protocol {
	case "http:", "https:", "ws:", "wss:", "ftp:":
		return protocol + "//" + host
	}
	return "null"
}

// fixQueries defines on proto the members that show the query: href,
// search, toString and toJSON, synchronised with searchParams and with
// '+' escaped.
func fixQueries(rt *goja.Runtime, originalProto, proto *goja.Object) {
	toString, _ := goja.AssertFunction(originalProto.Get("toString"))
	getSearch, setSearch := ownAccessor(rt, originalProto, "search")
	_, setHref := ownAccessor(rt, originalProto, "href")
	call := func(fn goja.Callable, this goja.Value) string {
		v, err := fn(this)
		if err != nil {
			panic(err)
		}
		return v.String()
	}
	search := func(this goja.Value) string {
		raw := call(getSearch, this)
		return fixQuery(rt, raw, this.ToObject(rt).Get("searchParams"))
	}
	href := func(this goja.Value) string {
		raw, rawSearch := call(toString, this), call(getSearch, this)
		if fixed := search(this); fixed != rawSearch {
			return strings.Replace(raw, rawSearch, fixed, 1)
		}
		return raw
	}
	method := func(fn func(goja.Value) string) goja.Value {
		return rt.ToValue(func(c goja.FunctionCall) goja.Value { return rt.ToValue(fn(c.This)) })
	}
	_ = proto.DefineAccessorProperty("href", method(href), setHref, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = proto.DefineAccessorProperty("search", method(search), setSearch, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = proto.Set("toString", method(href))
	_ = proto.Set("toJSON", method(href))
}

// ownAccessor is the getter and setter of obj's own accessor property.
func ownAccessor(rt *goja.Runtime, obj *goja.Object, name string) (get goja.Callable, set goja.Value) {
	object, _ := rt.Get("Object").(*goja.Object)
	gopd, _ := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	desc, err := gopd(object, obj, rt.ToValue(name))
	d, isObj := desc.(*goja.Object)
	if err != nil || !isObj {
		panic(rt.NewTypeError("goja_nodejs URL has no " + name + " accessor"))
	}
	get, _ = goja.AssertFunction(d.Get("get"))
	return get, d.Get("set")
}

// invalidURLError gives a URL error Node's message and fields: Node 18+
// says "Invalid URL" for every unparsable input or base (where goja_nodejs
// says "URL is not absolute" or "Invalid base URL"), with the input as
// given and the base, if any.
func invalidURLError(rt *goja.Runtime, err error, args []goja.Value) error {
	exc, ok := err.(*goja.Exception)
	if !ok {
		return err
	}
	if obj, ok := exc.Value().(*goja.Object); ok && obj.Get("code") != nil && obj.Get("code").String() == "ERR_INVALID_URL" {
		_ = obj.Set("message", "Invalid URL")
		if len(args) > 0 {
			_ = obj.Set("input", args[0].String())
		}
		if len(args) > 1 && !goja.IsUndefined(args[1]) {
			_ = obj.Set("base", args[1].String())
		}
		if stack := obj.Get("stack"); stack != nil {
			if _, rest, found := strings.Cut(stack.String(), "\n"); found {
				_ = obj.Set("stack", "TypeError: Invalid URL\n"+rest)
			}
		}
	}
	return exc
}

// fixUserinfo makes username and password read percent-encoded, as in
// Node (new URL('https://u:p%20w@h').password is "p%20w"), where
// goja_nodejs decodes them.
func fixUserinfo(rt *goja.Runtime, originalProto, proto *goja.Object) {
	for _, name := range []string{"username", "password"} {
		get, set := ownAccessor(rt, originalProto, name)
		getter := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			v, err := get(c.This)
			if err != nil {
				panic(err)
			}
			return rt.ToValue(encodeUserinfo(v.String()))
		})
		_ = proto.DefineAccessorProperty(name, getter, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// encodeUserinfo applies the WHATWG userinfo percent-encode set.
func encodeUserinfo(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || strings.IndexByte("\"#<>?`{}/:;=@[\\]^|", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
