package crypto

import (
	"crypto/hmac"
	"fmt"
	"hash"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// digester is the state behind a Hash or Hmac object.
type digester struct {
	h    hash.Hash
	hmac bool
	done bool
}

// class is Hash or Hmac: a constructor whose prototype has update,
// digest and (for Hash) copy, for instances that carry a digester.
type class struct {
	ctor, proto *goja.Object
}

// stateSlot holds an instance's digester, under a symbol no script can
// name.
var stateSlot = goja.NewSymbol("hookemu.crypto.state")

func (m *module) createHash(call goja.FunctionCall) goja.Value {
	return m.newHash(call.Argument(0))
}

func (m *module) newHash(algorithm goja.Value) *goja.Object {
	if !goja.IsString(algorithm) {
		panic(argTypeError(m.rt, "algorithm", "of type string", algorithm))
	}
	h, ok := newDigest(algorithm.String())
	if !ok {
		panic(httpkit.NewError(m.rt, "Digest method not supported", nil))
	}
	return m.instance(m.hashClass(), &digester{h: h})
}

func (m *module) createHmac(call goja.FunctionCall) goja.Value {
	algorithm := call.Argument(0)
	if !goja.IsString(algorithm) {
		panic(argTypeError(m.rt, "hmac", "of type string", algorithm))
	}
	if _, ok := newDigest(algorithm.String()); !ok {
		panic(nodeerr.TypeError(m.rt, "ERR_CRYPTO_INVALID_DIGEST", fmt.Sprintf("Invalid digest: %s", algorithm.String())))
	}
	key := m.data(call.Argument(1), goja.Undefined(), "key")
	h := hmac.New(func() hash.Hash { h, _ := newDigest(algorithm.String()); return h }, key)
	return m.instance(m.hmacClass(), &digester{h: h, hmac: true})
}

func (m *module) instance(c *class, d *digester) *goja.Object {
	obj := m.rt.CreateObject(c.proto)
	_ = obj.DefineDataPropertySymbol(stateSlot, m.rt.ToValue(d), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

func (m *module) state(this goja.Value) *digester {
	if obj, ok := this.(*goja.Object); ok {
		if d, ok := obj.GetSymbol(stateSlot).Export().(*digester); ok {
			return d
		}
	}
	panic(nodeerr.TypeError(m.rt, nodeerr.ErrInvalidThis, `Value of "this" must be of type Hash`))
}

// hashClass and hmacClass build the classes on first use.
func (m *module) hashClass() *class {
	if m.hash == nil {
		m.hash = m.newClass("Hash", func(call goja.ConstructorCall) *goja.Object { return m.newHash(call.Argument(0)) })
		setFunc(m.rt, m.hash.proto, "copy", m.copyHash)
	}
	return m.hash
}

func (m *module) hmacClass() *class {
	if m.hmac == nil {
		m.hmac = m.newClass("Hmac", func(call goja.ConstructorCall) *goja.Object {
			return m.createHmac(goja.FunctionCall{Arguments: call.Arguments}).(*goja.Object)
		})
	}
	return m.hmac
}

func (m *module) newClass(name string, construct func(goja.ConstructorCall) *goja.Object) *class {
	ctor := m.rt.ToValue(construct).(*goja.Object)
	_ = ctor.DefineDataProperty("name", m.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").(*goja.Object)
	setFunc(m.rt, proto, "update", m.update)
	setFunc(m.rt, proto, "digest", m.digest)
	return &class{ctor: ctor, proto: proto}
}

// update hashes more data and returns this, for chaining.
func (m *module) update(call goja.FunctionCall) goja.Value {
	d := m.state(call.This)
	if d.done {
		panic(finalized(m.rt))
	}
	d.h.Write(m.data(call.Argument(0), call.Argument(1), "data"))
	return call.This
}

// digest finishes the hash: a Buffer, or a string in the encoding asked.
// An Hmac digested twice gives an empty result, as in Node.
func (m *module) digest(call goja.FunctionCall) goja.Value {
	d := m.state(call.This)
	var sum []byte
	switch {
	case d.done && d.hmac:
		sum = []byte{}
	case d.done:
		panic(finalized(m.rt))
	default:
		sum = d.h.Sum(nil)
		d.done = true
	}
	if enc := call.Argument(0); goja.IsString(enc) {
		if s, ok := buffer.Decode(sum, enc.String()); ok {
			return m.rt.ToValue(s)
		}
	}
	return buffer.Wrap(m.rt, sum)
}

func (m *module) copyHash(call goja.FunctionCall) goja.Value {
	d := m.state(call.This)
	if d.done {
		panic(finalized(m.rt))
	}
	cloner, ok := d.h.(hash.Cloner)
	if !ok {
		panic(m.rt.NewTypeError("this hash cannot be copied"))
	}
	clone, err := cloner.Clone()
	if err != nil {
		panic(m.rt.NewGoError(err))
	}
	return m.instance(m.hashClass(), &digester{h: clone})
}

// data reads what update and createHmac take: a string in an encoding,
// or the bytes of a Buffer, TypedArray or DataView.
func (m *module) data(v, encoding goja.Value, name string) []byte {
	if goja.IsString(v) {
		if goja.IsString(encoding) {
			if b, ok := buffer.Encode(v.String(), encoding.String()); ok {
				return b
			}
		}
		return []byte(v.String())
	}
	if b, ok := buffer.Bytes(v); ok {
		return b
	}
	panic(argTypeError(m.rt, name, "of type string or an instance of Buffer, TypedArray, or DataView", v))
}

func (m *module) getHashes(goja.FunctionCall) goja.Value {
	names := hashNames()
	items := make([]any, len(names))
	for i, n := range names {
		items[i] = n
	}
	return m.rt.NewArray(items...)
}
