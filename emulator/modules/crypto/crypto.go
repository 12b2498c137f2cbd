// Package crypto is the part of Node's crypto module that hooks use:
// hashes and HMACs (createHash, createHmac), randomness (randomBytes,
// randomInt, randomUUID, randomFill, getRandomValues), timingSafeEqual,
// and webcrypto's getRandomValues, randomUUID and subtle.digest, all on
// Go's crypto packages.
//
// Errors carry Node's codes and messages (ERR_INVALID_ARG_TYPE,
// ERR_CRYPTO_HASH_FINALIZED, "Digest method not supported", ...), since
// hooks that catch them test those. Callbacks (randomBytes(n, cb)) run on
// the event loop through the Host, as Node calls them asynchronously.
// Key derivation is pbkdf2 and hkdf, bounded by the run's time and memory
// limits; crypto.constants is Node's. Ciphers, signatures, KeyObjects,
// Diffie-Hellman and scrypt exist for packages' load-time checks and fail
// with ERR_HOOKEMU_UNSUPPORTED when used.
package crypto

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// Module describes require('crypto').
func Module() modules.Module {
	return modules.Module{Name: "crypto", Load: load}
}

// module is crypto's exports for one runtime.
type module struct {
	rt   *goja.Runtime
	host modules.Host
	// hash and hmac are the Hash and Hmac classes, made on first use.
	hash, hmac *class
	// web is crypto.webcrypto, made on first use.
	web *goja.Object
}

func load(h modules.Host, _ string) (goja.Value, error) {
	m := &module{rt: h.Runtime(), host: h}
	return cryptoTable.Object(m.rt, m), nil
}

// cryptoTable is crypto's exports, made on first access.
var cryptoTable = lazy.TableOf(func() []lazy.Member[*module] {
	return append([]lazy.Member[*module]{
		lazy.Func("createHash", (*module).createHash),
		lazy.Func("createHmac", (*module).createHmac),
		lazy.Func("getHashes", (*module).getHashes),
		lazy.Func("randomBytes", (*module).randomBytes),
		lazy.Alias[*module]("pseudoRandomBytes", "randomBytes"),
		lazy.Func("randomFill", (*module).randomFill),
		lazy.Func("randomFillSync", (*module).randomFillSync),
		lazy.Func("randomInt", (*module).randomInt),
		lazy.Func("randomUUID", (*module).randomUUID),
		lazy.Func("getRandomValues", (*module).getRandomValues),
		lazy.Func("timingSafeEqual", (*module).timingSafeEqual),
		lazy.Func("pbkdf2", (*module).pbkdf2),
		lazy.Func("pbkdf2Sync", (*module).pbkdf2Sync),
		lazy.Func("hkdf", (*module).hkdf),
		lazy.Func("hkdfSync", (*module).hkdfSync),
		{Name: "constants", Build: func(_ *goja.Runtime, m *module) goja.Value { return m.constants() }},
		{Name: "webcrypto", Build: func(rt *goja.Runtime, m *module) goja.Value { return m.webcrypto() }},
		{Name: "subtle", Build: func(_ *goja.Runtime, m *module) goja.Value { return m.webcrypto().Get("subtle") }},
	}, unsupportedMembers()...)
})

// webcrypto is crypto.webcrypto, made once so that crypto.subtle is
// crypto.webcrypto.subtle.
func (m *module) webcrypto() *goja.Object {
	if m.web == nil {
		m.web = webTable.Object(m.rt, m)
	}
	return m.web
}

// webTable is crypto.webcrypto (globalThis.crypto in Node 18+).
var webTable = lazy.TableOf(func() []lazy.Member[*module] {
	return []lazy.Member[*module]{
		lazy.Func("getRandomValues", (*module).getRandomValues),
		lazy.Func("randomUUID", (*module).randomUUID),
		lazy.Member[*module]{Name: "subtle", Build: func(rt *goja.Runtime, m *module) goja.Value {
			subtle := rt.NewObject()
			_ = subtle.Set("digest", lazy.NamedFunc(rt, "digest", func(call goja.FunctionCall) goja.Value { return m.subtleDigest(call) }))
			return subtle
		}},
	}
})

// setFunc defines a named native function on obj.
func setFunc(rt *goja.Runtime, obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := lazy.NamedFunc(rt, name, fn)
	_ = obj.Set(name, f)
	return f
}
