package crypto

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// constantsJSON is Node 20's crypto.constants (OpenSSL's), which packages
// read at load time (RSA padding modes, SSL options).
//
//go:embed constants.json
var constantsJSON string

// unsupportedFuncs and unsupportedClasses are the rest of Node's crypto:
// ciphers, signatures, key objects, Diffie-Hellman, primes, scrypt. They
// exist, since packages reach for them while loading, and fail with
// ERR_HOOKEMU_UNSUPPORTED when used.
var (
	unsupportedFuncs = []string{"checkPrime", "checkPrimeSync", "createCipheriv", "createDecipheriv", "createDiffieHellman",
		"createDiffieHellmanGroup", "createECDH", "createPrivateKey", "createPublicKey", "createSecretKey", "createSign", "createVerify",
		"diffieHellman", "generatePrime", "generatePrimeSync", "getCipherInfo", "getDiffieHellman", "generateKeyPair",
		"generateKeyPairSync", "generateKey", "generateKeySync", "privateDecrypt", "privateEncrypt", "publicDecrypt", "publicEncrypt",
		"scrypt", "scryptSync", "sign", "setEngine", "verify", "secureHeapUsed"}
	unsupportedClasses = []string{"Certificate", "Cipher", "Cipheriv", "Decipher", "Decipheriv", "DiffieHellman", "DiffieHellmanGroup",
		"ECDH", "KeyObject", "Sign", "Verify", "X509Certificate"}
)

const unsupportedHint = "hookemu's crypto has hashes, HMACs, randomness, timingSafeEqual, pbkdf2 and hkdf; sign requests with those or let the provider's SDK do it"

// unsupportedMembers are lazy members for every function and class of
// Node's crypto that hookemu does not emulate.
func unsupportedMembers() []lazy.Member[*module] {
	var out []lazy.Member[*module]
	for _, name := range unsupportedFuncs {
		out = append(out, lazy.Func(name, func(m *module, _ goja.FunctionCall) goja.Value {
			panic(nodeerr.New(m.rt, "Error", "ERR_HOOKEMU_UNSUPPORTED", "crypto."+name+"() is not emulated by hookemu: "+unsupportedHint))
		}))
	}
	for _, name := range unsupportedClasses {
		out = append(out, lazy.Member[*module]{Name: name, Build: func(rt *goja.Runtime, _ *module) goja.Value {
			ctor := rt.ToValue(func(goja.ConstructorCall) *goja.Object {
				panic(nodeerr.New(rt, "Error", "ERR_HOOKEMU_UNSUPPORTED", "new crypto."+name+"() is not emulated by hookemu: "+unsupportedHint))
			}).(*goja.Object)
			_ = ctor.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return ctor
		}})
	}
	return out
}

// constants is crypto.constants: a null-prototype object of numbers (and
// the default cipher list), in Node's order.
func (m *module) constants() goja.Value {
	v, err := m.rt.RunString("(function (s) { return Object.assign(Object.create(null), JSON.parse(s)); })")
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(v)
	out, err := fn(goja.Undefined(), m.rt.ToValue(constantsJSON))
	if err != nil {
		panic(err)
	}
	return out
}
