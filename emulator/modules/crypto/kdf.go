package crypto

import (
	"crypto/hkdf"
	"crypto/hmac"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"strconv"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

const keyMaterial = "of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView"

// pbkdf2Sync derives a key as Node's pbkdf2Sync does, into a Buffer.
func (m *module) pbkdf2Sync(call goja.FunctionCall) goja.Value {
	return buffer.Wrap(m.rt, m.pbkdf2Key(call.Arguments))
}

// pbkdf2 is pbkdf2Sync with the key passed to a callback on the loop.
func (m *module) pbkdf2(call goja.FunctionCall) goja.Value {
	cb, ok := goja.AssertFunction(call.Argument(5))
	if !ok {
		panic(argTypeError(m.rt, "callback", "of type function", call.Argument(5)))
	}
	key := m.pbkdf2Key(call.Arguments)
	m.later(func() error {
		_, err := cb(goja.Undefined(), goja.Null(), buffer.Wrap(m.rt, key))
		return err
	})
	return goja.Undefined()
}

// pbkdf2Key checks pbkdf2's arguments in Node's order and derives the
// key. The derivation stops with the run (it checks the run's context as
// it goes), so a hook asking for 2^31 iterations cannot outlive its time
// limit, and the key's size counts against the run's memory.
func (m *module) pbkdf2Key(args []goja.Value) []byte {
	arg := func(i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	password := m.keyMaterial(arg(0), "password")
	salt := m.keyMaterial(arg(1), "salt")
	iterations := m.int32Arg(arg(2), "iterations", 1)
	keylen := m.int32Arg(arg(3), "keylen", 0)
	digest := arg(4)
	if !goja.IsString(digest) {
		panic(argTypeError(m.rt, "digest", "of type string", digest))
	}
	newHash := m.digestFunc(digest.String())
	modules.Reserve(m.host, int64(keylen), "the pbkdf2 key")
	return deriveKey(m.host.Context().Err, newHash, password, salt, iterations, keylen)
}

// deriveKey is PBKDF2 (RFC 8018) with HMAC, asking stopped between
// blocks of iterations whether to give up.
func deriveKey(stopped func() error, newHash func() hash.Hash, password, salt []byte, iterations, keylen int) []byte {
	prf := hmac.New(newHash, password)
	size := prf.Size()
	out := make([]byte, 0, keylen+size)
	var u, t []byte
	for block := uint32(1); len(out) < keylen; block++ {
		prf.Reset()
		prf.Write(salt)
		prf.Write(binary.BigEndian.AppendUint32(nil, block))
		u = prf.Sum(u[:0])
		t = append(t[:0], u...)
		for i := 1; i < iterations; i++ {
			if i%4096 == 0 && stopped() != nil {
				return make([]byte, keylen)
			}
			prf.Reset()
			prf.Write(u)
			u = prf.Sum(u[:0])
			for j := range t {
				t[j] ^= u[j]
			}
		}
		out = append(out, t...)
	}
	return out[:keylen]
}

// hkdfSync derives a key with HKDF (RFC 5869) into an ArrayBuffer, as
// Node does.
func (m *module) hkdfSync(call goja.FunctionCall) goja.Value {
	return m.rt.ToValue(m.rt.NewArrayBuffer(m.hkdfKey(call.Arguments)))
}

// hkdf is hkdfSync with the key passed to a callback on the loop.
func (m *module) hkdf(call goja.FunctionCall) goja.Value {
	cb, ok := goja.AssertFunction(call.Argument(5))
	if !ok {
		panic(argTypeError(m.rt, "callback", "of type function", call.Argument(5)))
	}
	key := m.hkdfKey(call.Arguments)
	m.later(func() error {
		_, err := cb(goja.Undefined(), goja.Null(), m.rt.ToValue(m.rt.NewArrayBuffer(key)))
		return err
	})
	return goja.Undefined()
}

func (m *module) hkdfKey(args []goja.Value) []byte {
	arg := func(i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	digest := arg(0)
	if !goja.IsString(digest) {
		panic(argTypeError(m.rt, "digest", "of type string", digest))
	}
	ikm := m.keyMaterial(arg(1), "ikm")
	salt := m.keyMaterial(arg(2), "salt")
	info := m.keyMaterial(arg(3), "info")
	keylen := m.int32Arg(arg(4), "length", 0)
	newHash := m.digestFunc(digest.String())
	if len(info) > 1024 {
		panic(nodeerr.RangeError(m.rt, nodeerr.ErrOutOfRange, fmt.Sprintf("The value of \"info\" is out of range. It must be must not contain more than 1024 bytes. Received %d", len(info))))
	}
	if keylen > 255*newHash().Size() {
		panic(nodeerr.RangeError(m.rt, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length"))
	}
	key, err := hkdf.Key(newHash, ikm, salt, string(info), keylen)
	if err != nil {
		panic(nodeerr.RangeError(m.rt, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length"))
	}
	return key
}

// digestFunc is the hash a key derivation names, or Node's
// ERR_CRYPTO_INVALID_DIGEST.
func (m *module) digestFunc(name string) func() hash.Hash {
	if _, ok := newDigest(name); !ok {
		panic(nodeerr.TypeError(m.rt, "ERR_CRYPTO_INVALID_DIGEST", fmt.Sprintf("Invalid digest: %s", name)))
	}
	return func() hash.Hash { h, _ := newDigest(name); return h }
}

// keyMaterial reads a password, salt or key: a string (as UTF-8) or bytes.
func (m *module) keyMaterial(v goja.Value, name string) []byte {
	if goja.IsString(v) {
		return []byte(v.String())
	}
	if b, ok := buffer.Bytes(v); ok {
		return b
	}
	panic(argTypeError(m.rt, name, keyMaterial, v))
}

// int32Arg reads an integer argument between min and 2^31-1.
func (m *module) int32Arg(v goja.Value, name string, min int) int {
	if !goja.IsNumber(v) {
		panic(argTypeError(m.rt, name, "of type number", v))
	}
	f := v.ToFloat()
	if f != math.Trunc(f) {
		panic(nodeerr.RangeError(m.rt, nodeerr.ErrOutOfRange, fmt.Sprintf("The value of %q is out of range. It must be an integer. Received %s", name, v.String())))
	}
	if f < float64(min) || f > math.MaxInt32 {
		panic(outOfRange(m.rt, name, ">= "+strconv.Itoa(min)+" && <= 2147483647", v))
	}
	return int(f)
}
