package emulator

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/internal/suggest"
)

// MaxStorageBytes is Webtask storage's limit for its one JSON document.
const MaxStorageBytes = 500 * 1024

// buildContext makes the context object a Hook receives: the payload's
// context as plain JS objects, plus context.webtask with the secrets, meta
// and an in-memory storage.
func (inv *invocation) buildContext() goja.Value {
	ctx := inv.plainObject(inv.in.Payload.Context)
	webtask := inv.rt.NewObject()
	_ = webtask.Set("secrets", inv.secretsObject())
	_ = webtask.Set("meta", inv.rt.NewObject())
	_ = webtask.Set("storage", inv.storageObject())
	_ = ctx.Set("webtask", webtask)
	return ctx
}

// plainObject turns Go data (maps, slices, strings, numbers, booleans)
// into ordinary JS objects, not Go-backed wrappers, so hooks can spread,
// assign and stringify them as in Node. Keys are added in sorted order, as
// JSON.parse of Go's JSON would add them.
func (inv *invocation) plainObject(v map[string]any) *goja.Object {
	return inv.toJS(v).(*goja.Object)
}

func (inv *invocation) toJS(v any) goja.Value {
	switch x := v.(type) {
	case map[string]any:
		obj := inv.rt.NewObject()
		var room [16]string // a payload's objects have fewer keys: sorted on the stack
		keys := room[:0]
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			_ = obj.Set(k, inv.toJS(x[k]))
		}
		return obj
	case []any:
		items := make([]any, len(x))
		for i, item := range x {
			items[i] = inv.toJS(item)
		}
		return inv.rt.NewArray(items...)
	case nil:
		return goja.Null()
	case string:
		return inv.em.strs.value(inv.rt, x)
	default:
		return inv.rt.ToValue(x)
	}
}

// parseJSON is JSON.parse in the hook's runtime.
func (inv *invocation) parseJSON(text string) goja.Value {
	parse, _ := goja.AssertFunction(inv.rt.Get("JSON").ToObject(inv.rt).Get("parse"))
	out, err := parse(goja.Undefined(), inv.rt.ToValue(text))
	if err != nil {
		return goja.Undefined()
	}
	return out
}

// secrets is context.webtask.secrets: it reports each read of a secret
// that was not provided, since the hook would otherwise send "undefined"
// to the provider and fail far from the cause.
//
// values is the caller's map until the hook first changes a secret, and a
// copy from then on: the caller's map is never written, and a run that
// only reads (nearly all) copies nothing.
type secrets struct {
	inv    *invocation
	values map[string]string
	owned  bool // values is this object's own copy
}

func (inv *invocation) secretsObject() *goja.Object {
	return inv.rt.NewDynamicObject(&secrets{inv: inv, values: inv.in.Secrets})
}

// own makes values this object's copy before a change.
func (s *secrets) own() {
	if !s.owned {
		s.values, s.owned = maps.Clone(s.values), true
		if s.values == nil {
			s.values = map[string]string{}
		}
	}
}

func (s *secrets) Get(key string) goja.Value {
	if v, ok := s.values[key]; ok {
		return s.inv.rt.ToValue(v)
	}
	if !isProbe(s.inv.rt, key) {
		s.inv.problemOnce("secret:"+key, SeverityError, s.inv.unsetSecret(key))
	}
	return nil
}

// unsetSecret words the problem of a secret read but not set: with the
// provided secret it most likely meant (a difference of case or
// spelling), or else how to set it.
func (inv *invocation) unsetSecret(key string) string {
	read := fmt.Sprintf("%s read secret %q, which is not set", inv.hook.Kind, key)
	guess := suggest.Nearest(key, slices.Sorted(maps.Keys(inv.in.Secrets)))
	if guess == "" {
		if inv.in.SetSecret != nil {
			return read + ": " + inv.in.SetSecret(key)
		}
		return fmt.Sprintf("%s: pass it with --secret %s=VALUE or in --secrets-file", read, key)
	}
	if origin := inv.in.SecretOrigins[guess]; origin != "" {
		return fmt.Sprintf("%s; did you mean %q (from %s)?", read, guess, origin)
	}
	return fmt.Sprintf("%s; did you mean %q?", read, guess)
}

func (s *secrets) Set(key string, val goja.Value) bool {
	s.own()
	s.values[key] = val.String()
	return true
}

func (s *secrets) Has(key string) bool {
	_, ok := s.values[key]
	return ok
}

func (s *secrets) Delete(key string) bool {
	if _, ok := s.values[key]; ok {
		s.own()
		delete(s.values, key)
	}
	return true
}

func (s *secrets) Keys() []string {
	keys := make([]string, 0, len(s.values))
	for k := range s.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// isProbe tells a real read of a secret from the property lookups the
// language and libraries make on any object (toJSON, then, inherited
// methods).
func isProbe(rt *goja.Runtime, key string) bool {
	switch key {
	case "toJSON", "then", "inspect", "constructor", "__proto__", "length", "asymmetricMatch", "$$typeof", "nodeType":
		return true
	}
	proto := rt.Get("Object").ToObject(rt).Get("prototype").ToObject(rt)
	return proto.Get(key) != nil && !goja.IsUndefined(proto.Get(key))
}

// storageObject is context.webtask.storage: get(cb) and set(data, [opts],
// cb) on one JSON document kept for the invocation, with Webtask's size
// limit. Callbacks run asynchronously, as Webtask's did.
//
// Most hooks never touch storage, and its two functions cost a fifth of
// the context object, so it is an object whose get and set are made on
// their first read (storage.go); to the hook it behaves as the plain
// object { get, set } would.
func (inv *invocation) storageObject() *goja.Object {
	return inv.rt.NewDynamicObject(newStorage(inv))
}

// storageGet is storage.get.
func (inv *invocation) storageGet(st *storage) goja.Value {
	return jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(call.Argument(len(call.Arguments) - 1))
		if !ok {
			panic(inv.rt.NewTypeError("storage.get needs a callback: storage.get(function (error, data) { ... })"))
		}
		inv.later(func() error {
			data := goja.Undefined()
			if st.stored != "" {
				data = inv.parseJSON(st.stored)
			}
			_, err := cb(goja.Undefined(), goja.Null(), data)
			return err
		})
		return goja.Undefined()
	}), "get")
}

// storageSet is storage.set.
func (inv *invocation) storageSet(st *storage) goja.Value {
	return jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(call.Argument(len(call.Arguments) - 1))
		data, err := json.Marshal(call.Argument(0).Export())
		var failure goja.Value = goja.Null()
		switch {
		case err != nil:
			failure = inv.rt.NewGoError(fmt.Errorf("storage.set: data is not JSON: %w", err))
		case len(data) > MaxStorageBytes:
			failure = inv.rt.NewGoError(fmt.Errorf("storage.set: %d bytes is over the 500 KB Webtask storage limit", len(data)))
		default:
			st.stored = string(data)
		}
		if cb != nil {
			inv.later(func() error { _, err := cb(goja.Undefined(), failure); return err })
		}
		return goja.Undefined()
	}), "set")
}

// later runs fn on the loop after the current callback, like
// setImmediate.
func (inv *invocation) later(fn func() error) {
	inv.loop.Enqueue(inv.guard(fn))
}
