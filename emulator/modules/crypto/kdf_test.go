package crypto_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected results are what Node 20 gives for the same code.
func TestKeyDerivationBehavesAsNode20s(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"pbkdf2Sync derives Node's key", `cr.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha256').toString('hex')`, `"0a38253555ce37f5c72a6b703f996814"`},
		{"pbkdf2Sync takes the digest in any case and bytes as input", `cr.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 3, 40, 'SHA512').toString('base64')`, `"pkG2yzFAfuSdDfj8FWyaoRq2+Pyo3ZVppd7QR3iSepoBXjC8nFruLA=="`},
		{"a key longer than one block", `cr.pbkdf2Sync('password', 'salt', 2, 45, 'sha1').toString('hex')`, `"ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957cae93136266537a8d7bf4b76c51094cc1ae010b19923ddc439"`},
		{"a zero-length key", `cr.pbkdf2Sync('p', 's', 1, 0, 'sha1').length`, `0`},
		{"pbkdf2's errors", `[() => cr.pbkdf2Sync('pw', 'salt', 1000, 16, 'nope'), () => cr.pbkdf2Sync('pw', 'salt', 0, 16, 'sha256'), () => cr.pbkdf2Sync('pw', 'salt', 1, -1, 'sha256'), () => cr.pbkdf2Sync('pw', 'salt', 1, 16), () => cr.pbkdf2Sync(5, 'salt', 1, 16, 'sha1'), () => cr.pbkdf2Sync('pw', 'salt', '1', 16, 'sha1'), () => cr.pbkdf2('pw', 'salt', 1, 16, 'sha1')].map((f) => { try { f(); return 'no throw'; } catch (e) { return [e.name, e.code, e.message]; } })`, `[["TypeError","ERR_CRYPTO_INVALID_DIGEST","Invalid digest: nope"],["RangeError","ERR_OUT_OF_RANGE","The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 0"],["RangeError","ERR_OUT_OF_RANGE","The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1"],["TypeError","ERR_INVALID_ARG_TYPE","The \"digest\" argument must be of type string. Received undefined"],["TypeError","ERR_INVALID_ARG_TYPE","The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)"],["TypeError","ERR_INVALID_ARG_TYPE","The \"iterations\" argument must be of type number. Received type string ('1')"],["TypeError","ERR_INVALID_ARG_TYPE","The \"callback\" argument must be of type function. Received undefined"]]`},
		{"pbkdf2 calls back with the key", `new Promise((resolve) => cr.pbkdf2('pw', 'salt', 1, 16, 'sha1', (err, key) => resolve([err, key.toString('hex')])))`, `[null,"95c9338ea3a049dc400b5ed6617b5c45"]`},
		{"hkdfSync derives into an ArrayBuffer", `(() => { const k = cr.hkdfSync('sha256', 'key', 'salt', 'info', 16); return [k instanceof ArrayBuffer, Buffer.from(k).toString('hex')]; })()`, `[true,"9ca0d662557439e3b83365f2da4626d3"]`},
		{"hkdf's errors", `[() => cr.hkdfSync('nope', 'key', 'salt', 'info', 16), () => cr.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1), () => cr.hkdfSync('sha256', 'key', 'salt', 'i'.repeat(1025), 16)].map((f) => { try { f(); return 'no throw'; } catch (e) { return [e.name, e.code, e.message]; } })`, `[["TypeError","ERR_CRYPTO_INVALID_DIGEST","Invalid digest: nope"],["RangeError","ERR_CRYPTO_INVALID_KEYLEN","Invalid key length"],["RangeError","ERR_OUT_OF_RANGE","The value of \"info\" is out of range. It must be must not contain more than 1024 bytes. Received 1025"]]`},
		{"hkdf calls back with an ArrayBuffer", `new Promise((resolve) => cr.hkdf('sha1', 'k', 's', 'i', 8, (err, key) => resolve([err, key instanceof ArrayBuffer, Buffer.from(key).toString('hex')])))`, `[null,true,"e9e6d61340247944"]`},
		{"constants are OpenSSL's", `[cr.constants.RSA_PKCS1_PADDING, cr.constants.RSA_PKCS1_OAEP_PADDING, cr.constants.RSA_PSS_SALTLEN_DIGEST, cr.constants.POINT_CONVERSION_UNCOMPRESSED, Object.keys(cr.constants).length, Object.getPrototypeOf(cr.constants)]`, `[1,4,-1,4,56,null]`},
		{"subtle is webcrypto's", `[typeof cr.subtle, cr.subtle === cr.webcrypto.subtle, typeof cr.subtle.digest]`, `["object",true,"function"]`},
		{"what is not emulated is there for load-time checks", `[typeof cr.createSign, typeof cr.createCipheriv, typeof cr.KeyObject, cr.KeyObject.name, typeof cr.scryptSync]`, `["function","function","function","KeyObject","function"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			require.NoError(t, env.RT.Set("cr", env.RT.Get("crypto")))
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

func TestWhatIsNotEmulatedFailsWithItsCode(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `[() => crypto.createSign('RSA-SHA256'), () => new crypto.KeyObject()].map((f) => { try { f(); } catch (e) { return e.code + ': ' + e.message; } }).join('\n')`)
	assert.Equal(t, "ERR_HOOKEMU_UNSUPPORTED: crypto.createSign() is not emulated by hookemu: hookemu's crypto has hashes, HMACs, randomness, timingSafeEqual, pbkdf2 and hkdf; sign requests with those or let the provider's SDK do it\n"+
		"ERR_HOOKEMU_UNSUPPORTED: new crypto.KeyObject() is not emulated by hookemu: hookemu's crypto has hashes, HMACs, randomness, timingSafeEqual, pbkdf2 and hkdf; sign requests with those or let the provider's SDK do it", got.String())
}
