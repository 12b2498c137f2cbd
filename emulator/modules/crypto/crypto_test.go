package crypto_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/crypto"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newEnv has crypto required as `crypto`, and the global Buffer.
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Globals(t, buffer.Module(), "Buffer", "atob", "btoa")
	env.Require(t, crypto.Module(), "", "crypto")
	return env
}

// The expected results are what Node 20 gives for the same expression.
func TestCryptoBehavesAsInNode20(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"sha256 in hex", "crypto.createHash('sha256').update('hello').digest('hex')", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"},
		{"md5 in base64", "crypto.createHash('md5').update('hello').digest('base64')", "XUFAKrxLKna5cZ2REBfFkg=="},
		{"sha1 in base64url", "crypto.createHash('sha1').update('hello').digest('base64url')", "qvTGHdzF6KLavt4PO0gs2a6pQ00"},
		{"sha384 in hex", "crypto.createHash('sha384').update('hello').digest('hex')", "59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f"},
		{"sha512 in hex", "crypto.createHash('sha512').update('hello').digest('hex')", "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"},
		{"sha512-256 in hex", "crypto.createHash('sha512-256').update('hello').digest('hex')", "e30d87cfa2a75db545eac4d61baf970366a8357c7f72fa95b52d0accb698f13a"},
		{"sha3-256 in hex", "crypto.createHash('sha3-256').update('hello').digest('hex')", "3338be694f50c5f338814986cdf0686453a888b84f424d792af4b9202398f392"},
		{"algorithm names ignore case and take aliases", "['SHA256', 'sha-256', 'RSA-SHA256'].map(a => crypto.createHash(a).update('x').digest('hex').slice(0, 8)).join()", "2d711642,2d711642,2d711642"},
		{"update chains and concatenates", "crypto.createHash('sha256').update('hel').update('lo').digest('hex')", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"},
		{"update takes an input encoding", "crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex')", "5d41402abc4b2a76b9719d911017c592"},
		{"update takes latin1", "crypto.createHash('sha1').update('héllo', 'latin1').digest('hex')", "028db752c14604d624e8b1c121d600c427b8a3ba"},
		{"update takes a Buffer", "crypto.createHash('sha1').update(Buffer.from('hello')).digest('hex')", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"},
		{"update takes a Uint8Array", "crypto.createHash('sha1').update(new Uint8Array([104, 105])).digest('hex')", "c22b5f9178342609428d6f51b2c5af4c0bde6a42"},
		{"digest without an encoding is a Buffer", "(() => { const d = crypto.createHash('sha256').update('a').digest(); return [Buffer.isBuffer(d), d.length].join() })()", "true,32"},
		{"digest in latin1 is a binary string", "crypto.createHash('sha1').update('x').digest('latin1').length", "20"},
		{"digest with an unknown encoding is a Buffer", "Buffer.isBuffer(crypto.createHash('sha1').update('x').digest('nope'))", "true"},
		{"copy forks the state", "(() => { const h = crypto.createHash('sha256').update('a'); const c = h.copy(); h.update('b'); return [c.digest('hex').slice(0, 8), h.digest('hex').slice(0, 8)].join() })()", "ca978112,fb8e20fc"},
		{"an unknown algorithm is refused", "(() => { try { crypto.createHash('nope') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "Error||Digest method not supported"},
		{"a missing algorithm is refused", "(() => { try { crypto.createHash() } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `TypeError|ERR_INVALID_ARG_TYPE|The "algorithm" argument must be of type string. Received undefined`},
		{"update after digest is refused", "(() => { const h = crypto.createHash('sha256'); h.digest(); try { h.update('b') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"digest twice is refused", "(() => { const h = crypto.createHash('sha256'); h.digest(); try { h.digest() } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"update refuses a number", "(() => { try { crypto.createHash('sha1').update(5) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `TypeError|ERR_INVALID_ARG_TYPE|The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)`},
		{"HMAC-SHA256 in hex", "crypto.createHmac('sha256', 'key').update('message').digest('hex')", "6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a"},
		{"HMAC-SHA1 in base64, as Twilio signs requests", "crypto.createHmac('sha1', 'token').update('https://example.com/sms?a=1').digest('base64')", "2nUSyjMZtullUPyMlXeFpXdBEHI="},
		{"an HMAC key may be a Buffer", "crypto.createHmac('sha256', Buffer.from('key')).update('message').digest('hex') === crypto.createHmac('sha256', 'key').update('message').digest('hex')", "true"},
		{"an HMAC digested twice is empty", "(() => { const m = crypto.createHmac('sha256', 'k'); m.digest(); return JSON.stringify(m.digest('hex')) + m.digest().length })()", `""0`},
		{"an unknown HMAC algorithm is refused", "(() => { try { crypto.createHmac('nope', 'k') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "TypeError|ERR_CRYPTO_INVALID_DIGEST|Invalid digest: nope"},
		{"timingSafeEqual compares", "[crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))].join()", "true,false"},
		{"timingSafeEqual refuses different lengths", "(() => { try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "RangeError|ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH|Input buffers must have the same byte length"},
		{"timingSafeEqual refuses strings", "(() => { try { crypto.timingSafeEqual('a', 'b') } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_ARG_TYPE"},
		{"randomBytes gives a Buffer of the size", "(() => { const b = crypto.randomBytes(16); return [Buffer.isBuffer(b), b.length].join() })()", "true,16"},
		{"randomBytes refuses a negative size", "(() => { try { crypto.randomBytes(-1) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `RangeError|ERR_OUT_OF_RANGE|The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1`},
		{"randomBytes refuses a string", "(() => { try { crypto.randomBytes('x') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `TypeError|ERR_INVALID_ARG_TYPE|The "size" argument must be of type number. Received type string ('x')`},
		{"randomUUID is a version 4 UUID", "/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID())", "true"},
		{"randomInt stays in range", "Array.from({length: 200}, () => crypto.randomInt(3, 6)).every(n => n >= 3 && n < 6 && Number.isInteger(n))", "true"},
		{"randomInt with one argument starts at zero", "Array.from({length: 50}, () => crypto.randomInt(2)).every(n => n === 0 || n === 1)", "true"},
		{"randomInt refuses an empty range", "(() => { try { crypto.randomInt(5, 5) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `RangeError|ERR_OUT_OF_RANGE|The value of "max" is out of range. It must be greater than the value of "min" (5). Received 5`},
		{"randomInt refuses a fraction", "(() => { try { crypto.randomInt(1.5) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `TypeError|ERR_INVALID_ARG_TYPE|The "max" argument must be a safe integer. Received type number (1.5)`},
		{"getRandomValues fills and returns its argument", "(() => { const a = new Uint32Array(4), b = new Int8Array(2); return crypto.getRandomValues(a) === a && crypto.webcrypto.getRandomValues(b) === b })()", "true"},
		{"getRandomValues refuses float arrays", "(() => { try { crypto.getRandomValues(new Float32Array(2)) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "TypeMismatchError|17|The data argument must be an integer-type TypedArray"},
		{"getRandomValues refuses more than 64 KiB", "(() => { try { crypto.getRandomValues(new Uint8Array(65537)) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "QuotaExceededError|22|The requested length exceeds 65,536 bytes"},
		{"randomFillSync fills part of a buffer", "(() => { const b = Buffer.alloc(8); crypto.randomFillSync(b, 6); return b.slice(0, 6).toString('hex') })()", "000000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "String("+tt.expr+")").String())
		})
	}
}

func TestCallbacksRunOnTheEventLoop(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	v, err := env.Await(`new Promise((resolve) => {
		const order = [];
		let pending = 3;
		const done = (what) => { order.push(what); if (--pending === 0) resolve(order) };
		crypto.randomBytes(8, (err, buf) => done(['bytes', err, buf.length].join()));
		crypto.randomInt(10, (err, n) => done(['int', err, n >= 0 && n < 10].join()));
		crypto.randomFill(Buffer.alloc(4), 1, (err, buf) => done(['fill', err, buf.length].join()));
		order.push('sync');
	})`)
	require.NoError(t, err)
	require.NoError(t, env.RT.Set("order", v))
	assert.Equal(t, `["sync","bytes,,8","int,,true","fill,,4"]`, env.JSON(t, "order"))
}

func TestSubtleDigestResolvesWithAnArrayBuffer(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	v, err := env.Await(`crypto.webcrypto.subtle.digest('SHA-256', Buffer.from('hello'))
		.then((ab) => Buffer.from(ab).toString('hex'))`)
	require.NoError(t, err)
	assert.Equal(t, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", v.String())
	_, err = env.Await(`crypto.webcrypto.subtle.digest({name: 'MD5'}, new Uint8Array(1))`)
	var rej *modtest.Rejection
	require.ErrorAs(t, err, &rej)
	assert.Equal(t, "NotSupportedError", rej.Value.ToObject(env.RT).Get("name").String())
}

func TestRandomBytesAreNotRepeated(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	v := env.Run(t, "new Set(Array.from({length: 100}, () => crypto.randomBytes(8).toString('hex'))).size + new Set(Array.from({length: 100}, () => crypto.randomUUID())).size")
	assert.Equal(t, int64(200), v.ToInteger())
}

func TestHashObjectsAreInstancesOfTheirClass(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `const h = crypto.createHash('sha1');
		[typeof h.update, typeof h.copy, typeof crypto.createHmac('sha1', 'k').copy, h.update('x') === h].join()`)
	assert.Equal(t, "function,function,undefined,true", got.String())
	assert.Contains(t, env.Run(t, "crypto.getHashes().join()").String(), "sha256")
}

func BenchmarkLoad(b *testing.B) {
	env := modtest.New(b, nil)
	m := crypto.Module()
	for b.Loop() {
		if _, err := m.Load(env, ""); err != nil {
			b.Fatal(err)
		}
	}
}
