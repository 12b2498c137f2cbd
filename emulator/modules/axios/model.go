package axios

import (
	"reflect"
	"strconv"

	"github.com/dop251/goja"
)

// The native request path (native.go) works on configs held in Go rather
// than as JS objects: building a config object costs a goja map per
// object, and most configs are never looked at. A val is one value as
// axios's config merging sees it, and an object one plain object it
// built. The merges below are ports of axios.js's, line for line, so that
// an object materialised from the model (materialize.go) has the keys,
// order and values the JS would have built.

// kind tells what a val holds.
type kind uint8

const (
	kUndef kind = iota // undefined, or no such key
	kJS                // a JS value taken as it is (a primitive, or an object kept by reference)
	kStr               // a string the pipeline made
	kObj               // a plain object (or, with headers set, an AxiosHeaders) the merges made
	kArr               // an array the merges copied
	kRef               // one of the module's default values (see slot)
)

type val struct {
	k   kind
	ref slot
	s   string
	js  goja.Value
	obj *object // kObj, and kArr (its entries' values, keys unused)
}

// slot names a default value shared by every config that refers to it:
// the default functions, and 0.19's transform arrays (mergeConfig019
// kept them by reference).
type slot uint8

const (
	slotTransformRequest slot = iota
	slotTransformResponse
	slotAdapter
	slotValidateStatus
	slotFormData
	slotTransformRequests
	slotTransformResponses
	slotCount
)

// slotNames are the names axios.js adopts its defaults under, and the
// names of the functions they stand for.
var slotNames = [slotCount]string{"transformRequest", "transformResponse", "adapter", "validateStatus", "FormData", "transformRequests", "transformResponses"}

func (s slot) isArray() bool { return s == slotTransformRequests || s == slotTransformResponses }

var undef = val{}

func jsVal(v goja.Value) val {
	if v == nil || goja.IsUndefined(v) {
		return undef
	}
	return val{k: kJS, js: v}
}

func strVal(s string) val       { return val{k: kStr, s: s} }
func objVal(o *object) val      { return val{k: kObj, obj: o} }
func refVal(s slot) val         { return val{k: kRef, ref: s} }
func (v val) isUndefined() bool { return v.k == kUndef }

func arrVal(items ...val) val {
	o := &object{ents: make([]entry, len(items))}
	for i, item := range items {
		o.ents[i].v = item
	}
	return val{k: kArr, obj: o}
}

// items are an array's values.
func (v val) items() []entry { return v.obj.ents }

// jsObject is the JS object v holds, if it holds one.
func (v val) jsObject() (*goja.Object, bool) {
	if v.k != kJS {
		return nil, false
	}
	o, ok := v.js.(*goja.Object)
	return o, ok
}

// object is an ordered plain object. Keys keep insertion order, except
// that array indexes come first in ascending order, as in JS.
type object struct {
	ents    []entry
	headers bool // an AxiosHeaders (1.x), not a plain object
	// deep is set on what deepMerge019 made (or could have): copying it
	// again would give the same, so nested copies share it. Nothing
	// changes an object once it is nested in another.
	deep bool
}

type entry struct {
	key string
	v   val
}

func newObject(n int) *object {
	if n == 0 {
		return &object{}
	}
	return &object{ents: make([]entry, 0, n)}
}

// mergeRoom is how many entries a merge builds on the stack before
// keeping what it made (kept): an entry is 64 bytes, and a config merge
// makes 10 to 15 of them.
const mergeRoom = 24

// keptObject is a plain object of ents copied to the heap, with room
// for spare more: a merge builds its result on its stack (room), since
// how many keys it gets is known only at the end.
func keptObject(ents []entry, spare int) *object {
	return &object{ents: append(make([]entry, 0, len(ents)+spare), ents...)}
}

func (o *object) index(key string) int {
	for i := range o.ents {
		if o.ents[i].key == key {
			return i
		}
	}
	return -1
}

func (o *object) get(key string) val { return entryOf(o.ents, key) }

// entryOf is the value of key in ents (undefined for none).
func entryOf(ents []entry, key string) val {
	for i := range ents {
		if ents[i].key == key {
			return ents[i].v
		}
	}
	return undef
}

func (o *object) has(key string) bool { return o.index(key) >= 0 }

func (o *object) set(key string, v val) { o.ents = setEntry(o.ents, key, v) }

// setEntry is object.set on entries held apart from an object (a merge's
// on its stack): ents with key set to v.
func setEntry(ents []entry, key string, v val) []entry {
	for i := range ents {
		if ents[i].key == key {
			ents[i].v = v
			return ents
		}
	}
	at := len(ents)
	if isArrayIndex(key) {
		n, _ := strconv.ParseUint(key, 10, 32)
		at = 0
		for at < len(ents) && isArrayIndex(ents[at].key) {
			m, _ := strconv.ParseUint(ents[at].key, 10, 32)
			if m > n {
				break
			}
			at++
		}
	}
	ents = append(ents, entry{})
	copy(ents[at+1:], ents[at:])
	ents[at] = entry{key: key, v: v}
	return ents
}

func (o *object) del(key string) {
	if i := o.index(key); i >= 0 {
		o.ents = append(o.ents[:i], o.ents[i+1:]...)
	}
}

// findKey is axios's: the last key equal to key whatever the case.
func (o *object) findKey(key string) (string, bool) { return findKey(o.ents, key) }

// findKey is object.findKey on entries held apart from an object.
func findKey(ents []entry, key string) (string, bool) {
	for i := len(ents) - 1; i >= 0; i-- {
		if equalFoldASCII(ents[i].key, key) {
			return ents[i].key, true
		}
	}
	return "", false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func isArrayIndex(key string) bool {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	n, err := strconv.ParseUint(key, 10, 64)
	return err == nil && n < 1<<32-1
}

// lowerASCII is toLowerCase for the names the fast path accepts, which
// are ASCII (eligible checks that).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func upperASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'a' && c <= 'z' {
					b[j] = c - ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// ---- JS values as the merges see them ----

var (
	reflectProxy = reflect.TypeOf(goja.Proxy{})
)

// model reads JS values for the merges; objectProto is the runtime's
// Object.prototype.
type model struct {
	rt          *goja.Runtime
	v1          bool
	objectProto *goja.Object
}

// typeOf is JS typeof.
func (m *model) typeOf(v val) string {
	switch v.k {
	case kUndef:
		return "undefined"
	case kStr:
		return "string"
	case kObj, kArr:
		return "object"
	case kRef:
		if v.ref.isArray() {
			return "object"
		}
		return "function"
	}
	return jsTypeOf(v.js)
}

func jsTypeOf(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	}
	switch x := v.(type) {
	case *goja.Object:
		if _, ok := goja.AssertFunction(x); ok {
			return "function"
		}
		return "object"
	case *goja.Symbol:
		return "symbol"
	}
	return "boolean"
}

func (m *model) isObject(v val) bool {
	return m.typeOf(v) == "object" && !m.isNull(v)
}

func (m *model) isNull(v val) bool { return v.k == kJS && goja.IsNull(v.js) }

func (m *model) truthy(v val) bool {
	switch v.k {
	case kUndef:
		return false
	case kStr:
		return v.s != ""
	case kJS:
		return v.js.ToBoolean()
	}
	return true
}

// plainness is what isPlainObject says of a JS object, or that the fast
// path does not know (a proxy, a cross-realm-like prototype chain).
type plainness uint8

const (
	notPlain plainness = iota
	plain
	unknownPlain
)

func (m *model) jsPlainness(o *goja.Object) plainness {
	if o.ExportType() == reflectProxy {
		return unknownPlain
	}
	if o.ClassName() != "Object" {
		return notPlain
	}
	if tag := o.GetSymbol(goja.SymToStringTag); tag != nil && !goja.IsUndefined(tag) {
		return unknownPlain
	}
	proto := o.Prototype()
	if proto == nil || proto == m.objectProto {
		return plain
	}
	if proto.Prototype() == nil {
		// Plain to 1.x only (an object from another realm).
		return unknownPlain
	}
	return notPlain
}

func (m *model) isPlainObject(v val) bool {
	switch v.k {
	case kObj:
		return !v.obj.headers
	case kJS:
		if o, ok := v.js.(*goja.Object); ok {
			return m.jsPlainness(o) == plain
		}
	}
	return false
}

func (m *model) isArray(v val) bool {
	switch v.k {
	case kArr:
		return true
	case kJS:
		if o, ok := v.js.(*goja.Object); ok {
			return o.ClassName() == "Array" && o.ExportType() != reflectProxy
		}
	}
	return false
}

// eachKey calls fn with Object.keys of an object value.
func (m *model) eachKey(v val, fn func(key string)) {
	switch v.k {
	case kObj:
		for _, e := range v.obj.ents {
			fn(e.key)
		}
	case kArr:
		for i := range v.obj.ents {
			fn(strconv.Itoa(i))
		}
	case kJS:
		if o, ok := v.js.(*goja.Object); ok {
			for _, k := range o.Keys() {
				fn(k)
			}
		}
	}
}

// keys is Object.keys of an object value, for a caller that cannot take
// eachKey's callback (one that keeps its result on its stack).
func (m *model) keys(v val) []string {
	if o, ok := v.jsObject(); ok {
		return o.Keys()
	}
	var out []string
	m.eachKey(v, func(k string) { out = append(out, k) })
	return out
}

// num is a JS number.
func (m *model) num(n float64) val { return jsVal(m.rt.ToValue(n)) }

// each calls fn with Object.keys of an object value and the values.
func (m *model) each(v val, fn func(key string, value val)) {
	switch v.k {
	case kObj:
		for _, e := range v.obj.ents {
			fn(e.key, e.v)
		}
	case kArr:
		for i, e := range v.obj.ents {
			fn(strconv.Itoa(i), e.v)
		}
	case kJS:
		if o, ok := v.js.(*goja.Object); ok {
			for _, k := range o.Keys() {
				fn(k, jsVal(o.Get(k)))
			}
		}
	}
}

// get is v[key] for an object value (own properties: the merges only
// read keys that each listed, or that eligibleConfig made sure are not
// inherited).
func (m *model) get(v val, key string) val {
	switch v.k {
	case kObj:
		return v.obj.get(key)
	case kArr:
		if i, err := strconv.Atoi(key); err == nil && i >= 0 && i < len(v.obj.ents) {
			return v.obj.ents[i].v
		}
		return undef
	case kJS:
		if o, ok := v.js.(*goja.Object); ok {
			return jsVal(o.Get(key))
		}
	}
	return undef
}

// slice is Array.prototype.slice of an array value.
func (m *model) slice(v val) val {
	if v.k == kArr {
		return val{k: kArr, obj: &object{ents: append([]entry(nil), v.obj.ents...)}}
	}
	o, _ := v.jsObject()
	n := int(o.Get("length").ToInteger())
	arr := &object{ents: make([]entry, n)}
	for i := range arr.ents {
		arr.ents[i].v = jsVal(o.Get(strconv.Itoa(i)))
	}
	return val{k: kArr, obj: arr}
}
