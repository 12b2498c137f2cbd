package buffer_test

import (
	"testing"

	"github.com/dop251/goja"
	nodebuffer "github.com/dop251/goja_nodejs/buffer"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newEnv has the global Buffer, atob and btoa, as the emulator sets them.
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Globals(t, buffer.Module(), "Buffer", "atob", "btoa")
	return env
}

// The expected results are what Node 20 gives for the same expression.
func TestBufferBehavesAsInNode20(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"Basic auth credentials encode to base64", "Buffer.from('AC123:secret').toString('base64')", "QUMxMjM6c2VjcmV0"},
		{"base64 decodes back to text", "Buffer.from('aGVsbG8=', 'base64').toString()", "hello"},
		{"base64url encodes without padding", "Buffer.from([0xfb, 0xff]).toString('base64url')", "-_8"},
		{"base64url decodes", "Buffer.from('-_8', 'base64url').toString('hex')", "fbff"},
		{"the base64 decoder accepts the URL alphabet too", "Buffer.from('-_8=', 'base64').toString('hex')", "fbff"},
		{"hex round-trips", "Buffer.from('6869', 'hex').toString() + Buffer.from('hi').toString('hex')", "hi6869"},
		{"encoding names ignore case", "Buffer.from('6869', 'HEX').toString('UTF-8')", "hi"},
		{"latin1 keeps one byte per character", "Buffer.from('héllo', 'latin1').toString('hex')", "68e96c6c6f"},
		{"binary is latin1", "Buffer.from([0xe9]).toString('binary')", "é"},
		{"ascii drops the high bit", "Buffer.from([200]).toString('ascii').charCodeAt(0)", "72"},
		{"utf16le uses two bytes per unit", "Buffer.from('hi', 'utf16le').toString('hex') + ' ' + Buffer.from('68006900', 'hex').toString('ucs2')", "68006900 hi"},
		{"invalid UTF-8 becomes replacement characters", "Buffer.from([0x41, 0xE2, 0x82, 0x42]).toString()", "A�B"},
		{"toString takes a range", "[Buffer.from('hello').toString('utf8', 1, 3), Buffer.from('hello').toString(undefined, -5, 100), Buffer.from('hello').toString('utf8', 3, 1)].join('|')", "el|hello|"},
		{"an unknown encoding is refused by toString", "(() => { try { Buffer.from('x').toString('nope') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "TypeError|ERR_UNKNOWN_ENCODING|Unknown encoding: nope"},
		{"an unknown encoding is refused by from", "(() => { try { Buffer.from('x', 'nope') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "TypeError|ERR_UNKNOWN_ENCODING|Unknown encoding: nope"},
		{"slice shares memory and returns a Buffer", "(() => { const b = Buffer.from('hello'); const s = b.slice(1, 3); s[0] = 69; return [s.toString(), s instanceof Buffer, b.toString()].join() })()", "El,true,hEllo"},
		{"map returns a Buffer", "Buffer.from('abc').map(x => x + 1).constructor.name", "Buffer"},
		{"subarray returns a Buffer", "Buffer.from('abc').subarray(1).toString('hex')", "6263"},
		{"JSON shows the bytes", "JSON.stringify({b: Buffer.from('hi')})", `{"b":{"type":"Buffer","data":[104,105]}}`},
		{"byteLength counts encoded bytes", "[Buffer.byteLength('héllo'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength(Buffer.from('abc')), Buffer.byteLength(new ArrayBuffer(7))].join()", "6,2,3,7"},
		{"byteLength refuses a number", "(() => { try { Buffer.byteLength(5) } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_ARG_TYPE"},
		{"isEncoding knows Node's encodings", "['UTF-8', 'latin1', 'base64url', 'nope', 5].map(e => Buffer.isEncoding(e)).join()", "true,true,true,false,false"},
		{"isBuffer tells Buffers apart", "[Buffer.isBuffer(Buffer.from('x')), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x')].join()", "true,false,false"},
		{"compare orders bytes", "[Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('a').compare(Buffer.from('a'))].join()", "-1,1,0"},
		{"copy copies into another buffer", "(() => { const t = Buffer.alloc(4); const n = Buffer.from('hello').copy(t, 1, 2); return n + ' ' + t.toString('hex') })()", "3 006c6c6f"},
		{"indexOf finds strings, buffers and bytes", "(() => { const b = Buffer.from('hello'); return [b.indexOf('ll'), b.includes('lo'), b.indexOf(Buffer.from('o')), b.indexOf(108), b.indexOf('l', 3), b.indexOf('z')].join() })()", "2,true,4,2,3,-1"},
		{"allocUnsafe gives a buffer of the size", "Buffer.allocUnsafe(3).length", "3"},
		{"concat joins buffers", "Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString()", "ab"},
		{"equals compares content", "Buffer.from('a').equals(Buffer.from('a'))", "true"},
		{"readUInt16BE reads big-endian", "Buffer.from([1, 2]).readUInt16BE(0)", "258"},
		{"btoa encodes Latin-1 text", "btoa('hi')", "aGk="},
		{"atob ignores whitespace and padding", "atob(' aGk= ') + atob('aGk') + atob('/w==').charCodeAt(0)", "hihi255"},
		{"btoa refuses other characters", "(() => { try { btoa('€') } catch (e) { return [e.name, e.message, e.code].join('|') } })()", "InvalidCharacterError|Invalid character|5"},
		{"atob refuses bad input", "(() => { try { atob('a') } catch (e) { return [e.name, e.message].join('|') } })()", "InvalidCharacterError|The string to be decoded is not correctly encoded."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "String("+tt.expr+")").String())
		})
	}
}

func TestTheModuleExportsNodesConstants(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	env.Require(t, buffer.Module(), "", "buffer")
	got := env.Run(t, `[buffer.Buffer === Buffer, buffer.kMaxLength, JSON.stringify(buffer.constants),
		buffer.INSPECT_MAX_BYTES, buffer.atob === atob].join()`)
	assert.Equal(t, `true,2147483647,{"MAX_LENGTH":2147483647,"MAX_STRING_LENGTH":1073741799},50,true`, got.String(), "a hook gets Node 12's limits")
}

func TestEveryLoadInARuntimeSharesOneBuffer(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	first := env.Require(t, buffer.Module(), "", "a")
	second := env.Require(t, buffer.Module(), "", "b")
	assert.Same(t, first, second)
	assert.NotSame(t, buffer.Exports(env.RT), buffer.Exports(modtest.New(t, nil).RT), "runtimes do not share")
}

func TestGojaNodejsHelpersFindTheCompletedClass(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	require.NoError(t, env.RT.Set("wrapped", nodebuffer.WrapBytes(env.RT, []byte("hi"))))
	assert.Equal(t, "true aGk=", env.Run(t, "Buffer.isBuffer(wrapped) + ' ' + wrapped.toString('base64')").String())
}

func BenchmarkExportsOfAFreshRuntime(b *testing.B) {
	for b.Loop() {
		buffer.Exports(goja.New())
	}
}

func TestAnActionGetsNode18sLimits(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.SetAction(true)
	env.Require(t, buffer.Module(), "", "buffer")
	got := env.Run(t, `[buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH].join()`)
	assert.Equal(t, "4294967296,536870888", got.String())
}

func TestSizesBeyondMaxLengthThrowNodesError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		action bool
		want   string
	}{
		{"a hook gets Node 12's ERR_INVALID_OPT_VALUE", false, `ERR_INVALID_OPT_VALUE: The value "1099511627776" is invalid for option "size"`},
		{"an Action gets ERR_OUT_OF_RANGE", true, `ERR_OUT_OF_RANGE: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 1_099_511_627_776`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, nil)
			env.SetAction(tt.action)
			env.Require(t, buffer.Module(), "", "buffer")
			got := env.Run(t, `(() => { try { buffer.Buffer.alloc(2**40); return 'allocated' } catch (e) { return e.code + ': ' + e.message } })()`)
			assert.Equal(t, tt.want, got.String())
		})
	}
}

// The global Buffer is the module's, with the run's limits, as the
// emulator sets it: a hook's refuses a size as Node 12 does.
func TestTheGlobalBufferHasTheRunsLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		action bool
		want   string
	}{
		{"a hook's is Node 12's", false, "ERR_INVALID_OPT_VALUE"},
		{"an Action's is Node 18's", true, "ERR_OUT_OF_RANGE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, nil)
			env.SetAction(tt.action)
			env.Globals(t, buffer.Module(), "Buffer")
			assert.Equal(t, tt.want, env.Run(t, "(() => { try { Buffer.alloc(-1) } catch (e) { return e.code } })()").String())
		})
	}
}
