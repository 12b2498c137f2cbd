package textcoding_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected results are what Node 20 gives for the same expression.
func TestTextEncoderAndDecoderBehaveAsInNode20(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"encode gives UTF-8 bytes", "Array.from(new TextEncoder().encode('a€😀'))", "97,226,130,172,240,159,152,128"},
		{"encode of nothing is empty", "new TextEncoder().encode().length", "0"},
		{"encode converts its argument to a string", "Array.from(new TextEncoder().encode(null))", "110,117,108,108"},
		{"encode returns a Uint8Array", "new TextEncoder().encode('x') instanceof Uint8Array", "true"},
		{"the encoder's encoding is utf-8", "new TextEncoder().encoding", "utf-8"},
		{"encodeInto stops before a character that does not fit", "(() => { const u = new Uint8Array(5); const r = new TextEncoder().encodeInto('a€😀', u); return [r.read, r.written, ...u] })()", "2,4,97,226,130,172,0"},
		{"encodeInto counts surrogate pairs as two", "(() => { const u = new Uint8Array(8); const r = new TextEncoder().encodeInto('😀x', u); return [r.read, r.written] })()", "3,5"},
		{"decode reads UTF-8", "new TextDecoder().decode(new Uint8Array([0x61, 0xE2, 0x82, 0xAC]))", "a€"},
		{"decode replaces each maximal invalid sequence once", "new TextDecoder().decode(new Uint8Array([0xE2,0x82,0x41,0xF0,0x9F,0x98,0x80,0xC0,0xAF,0xED,0xA0,0x80]))", "�A😀�����"},
		{"decode drops a leading BOM", "JSON.stringify(new TextDecoder().decode(new Uint8Array([0xEF,0xBB,0xBF,0x41])))", `"A"`},
		{"ignoreBOM keeps it", "new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array([0xEF,0xBB,0xBF,0x41])).charCodeAt(0)", "65279"},
		{"a BOM after the start is kept", "new TextDecoder().decode(new Uint8Array([0x41,0xEF,0xBB,0xBF])).charCodeAt(1)", "65279"},
		{"a stream keeps dropping only the first BOM", "(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xEF,0xBB,0xBF,0x41]), {stream: true}), d.decode(new Uint8Array([0xEF,0xBB,0xBF])).charCodeAt(0)].join() })()", "A,65279"},
		{"a new stream drops a BOM again", "(() => { const d = new TextDecoder(); d.decode(new Uint8Array([0x41])); return d.decode(new Uint8Array([0xEF,0xBB,0xBF,0x42])) })()", "B"},
		{"fatal mode recovers for the next call", "(() => { const d = new TextDecoder('utf-8', {fatal: true}); try { d.decode(new Uint8Array([0xE2, 0x82]), {stream: true}); d.decode(new Uint8Array([0x41])) } catch (e) {} return d.decode(new Uint8Array([0x42])) })()", "B"},
		{"decode of nothing is empty", "JSON.stringify(new TextDecoder().decode())", `""`},
		{"decode reads an ArrayBuffer", "new TextDecoder().decode(new Uint8Array([104,105]).buffer)", "hi"},
		{"decode reads a DataView", "new TextDecoder().decode(new DataView(new Uint8Array([0,104,105]).buffer, 1))", "hi"},
		{"decode reads other typed arrays as bytes", "new TextDecoder().decode(new Uint16Array([0x6968]))", "hi"},
		{"decode reads a subarray only", "new TextDecoder().decode(new Uint8Array([97,98,99,100]).subarray(1, 3))", "bc"},
		{"stream mode waits for the rest of a character", "(() => { const d = new TextDecoder(); return JSON.stringify([d.decode(new Uint8Array([0xE2,0x82]), {stream:true}), d.decode(new Uint8Array([0xAC]))]) })()", `["","€"]`},
		{"an unfinished character at the end is replaced", "new TextDecoder().decode(new Uint8Array([0x41, 0xE2, 0x82]))", "A�"},
		{"labels are case-insensitive and trimmed", "[new TextDecoder('UTF8').encoding, new TextDecoder(' utf-8 ').encoding, new TextDecoder('unicode-1-1-utf-8').encoding].join()", "utf-8,utf-8,utf-8"},
		{"the decoder reports its options", "(() => { const d = new TextDecoder('utf8', {fatal: true}); return [d.encoding, d.fatal, d.ignoreBOM].join() })()", "utf-8,true,false"},
		{"fatal mode throws on invalid input", "(() => { try { new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xff])) } catch (e) { return [e.name, e.code, e.message].join('|') } })()", "TypeError|ERR_ENCODING_INVALID_ENCODED_DATA|The encoded data was not valid for encoding utf-8"},
		{"an unknown encoding is a RangeError", "(() => { try { new TextDecoder('nope') } catch (e) { return [e.name, e.code, e.message].join('|') } })()", `RangeError|ERR_ENCODING_NOT_SUPPORTED|The "nope" encoding is not supported`},
		{"decode refuses a string", "(() => { try { new TextDecoder().decode('x') } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_ARG_TYPE"},
		{"encodeInto refuses an array", "(() => { try { new TextEncoder().encodeInto('x', []) } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_ARG_TYPE"},
		{"encodeInto's error names its code and what it got", "(() => { try { new TextEncoder().encodeInto('x', 1) } catch (e) { return String(e) } })()", "TypeError [ERR_INVALID_ARG_TYPE]: The \"dest\" argument must be an instance of Uint8Array. Received type number (1)"},
		{"decode's error is of Node's C++ layer, without its code in the string", "(() => { try { new TextDecoder().decode(1) } catch (e) { return String(e) } })()", "TypeError: The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."},
		{"the classes have Node's tags", "Object.prototype.toString.call(new TextEncoder()) + Object.prototype.toString.call(new TextDecoder())", "[object TextEncoder][object TextDecoder]"},
		{"the constructors have their names", "TextEncoder.name + ' ' + TextDecoder.name", "TextEncoder TextDecoder"},
		{"methods refuse other receivers", "(() => { try { TextDecoder.prototype.decode.call({}) } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_THIS"},
		{"the prototype methods are enumerable as in Node", "Object.keys(TextEncoder.prototype).concat(Object.keys(TextDecoder.prototype)).sort().join()", "decode,encode,encodeInto,encoding,encoding,fatal,ignoreBOM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := classesAsGlobals(t)
			v, err := env.RT.RunString("String(" + tt.expr + ")")
			require.NoError(t, err)
			assert.Equal(t, tt.want, v.String())
		})
	}
}

// classesAsGlobals is an environment whose globals TextEncoder and
// TextDecoder are util's, as the emulator's are.
func classesAsGlobals(t *testing.T) *modtest.Env {
	env := modtest.New(t, nil)
	u := env.Require(t, util.Module(), "", "util").ToObject(env.RT)
	require.NoError(t, env.RT.Set("TextEncoder", u.Get("TextEncoder")))
	require.NoError(t, env.RT.Set("TextDecoder", u.Get("TextDecoder")))
	return env
}

func TestUtilSharesOneClassOfEachPerRuntime(t *testing.T) {
	t.Parallel()
	env := classesAsGlobals(t)
	encoder, decoder := textcoding.Classes(env.RT, nil)
	assert.Same(t, encoder, env.RT.Get("TextEncoder"))
	assert.Same(t, decoder, env.RT.Get("TextDecoder"))
}

func TestDecodeUTF8ReplacesLikeBufferToString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"valid text is unchanged", []byte("héllo"), "héllo"},
		{"a BOM is kept", []byte("\xEF\xBB\xBFa"), "\uFEFFa"},
		{"a truncated sequence is one replacement", []byte("\xE2\x82A"), "\uFFFDA"},
		{"an overlong form is two replacements", []byte("\xC0\xAF"), "\uFFFD\uFFFD"},
		{"an encoded surrogate is three replacements", []byte("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD"},
		{"a sequence cut at the end is one replacement", []byte("a\xF0\x9F\x98"), "a\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, textcoding.DecodeUTF8(tt.in))
		})
	}
}
