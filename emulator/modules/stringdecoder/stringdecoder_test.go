package stringdecoder_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stringdecoder"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prelude binds what the cases use; seq writes byte chunks to a decoder,
// ends it, and shows each returned string as its UTF-16 units in hex, so
// that lone surrogates and replacement characters can be told apart.
const prelude = `globalThis.StringDecoder = sd.StringDecoder;
globalThis.seq = function (enc, chunks, endArg) { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c))); out.push(endArg === undefined ? d.end() : d.end(Buffer.from(endArg))); return out.map((s) => s.split('').map((c) => c.charCodeAt(0).toString(16)).join(' ')); };`

func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Globals(t, buffer.Module(), "Buffer", "atob", "btoa")
	env.Require(t, stringdecoder.Module(), "", "sd")
	_, err := env.RT.RunString(prelude)
	require.NoError(t, err)
	return env
}

// The expected results are what Node 20 gives for the same code.
func TestStringDecoderBehavesAsNode20s(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"a euro sign cut after two bytes waits for the third", `seq('utf8', [[0xe2, 0x82], [0xac]])`, `["","20ac",""]`},
		{"a euro sign fed a byte at a time", `seq('utf8', [[0xe2], [0x82], [0xac, 0x41]])`, `["","","20ac 41",""]`},
		{"a cut character not continued becomes one replacement", `seq('utf8', [[0xe2, 0x82], [0x41]])`, `["","fffd 41",""]`},
		{"end with a cut character gives one replacement", `seq('utf8', [[0xe2, 0x82]])`, `["","fffd"]`},
		{"an emoji completed by end's argument", `seq('utf8', [[0xf0, 0x9f]], [0x98, 0x80])`, `["","d83d de00"]`},
		{"three of four bytes then end", `seq('utf8', [[0xf0, 0x9f, 0x98]])`, `["","fffd"]`},
		{"an invalid byte before a cut lead", `seq('utf8', [[0x41, 0xff, 0xc3]])`, `["41 fffd","fffd"]`},
		{"a lead byte followed by another lead", `seq('utf8', [[0xc3], [0xc3], [0xa9]])`, `["","fffd","e9",""]`},
		{"an encoded surrogate is three replacements", `seq('utf8', [[0xed, 0xa0], [0x80]])`, `["","fffd fffd fffd",""]`},
		{"plain ASCII passes through", `seq('utf8', [[0x68, 0x69]])`, `["68 69",""]`},
		{"a stray continuation byte", `seq('utf8', [[0x80, 0x41]])`, `["fffd 41",""]`},
		{"utf16le: an odd byte waits", `seq('utf16le', [[0x3d], [0xd8, 0x00], [0xde]])`, `["","d83d","de00",""]`},
		{"utf16le: a high surrogate at the end waits", `seq('utf16le', [[0x3d, 0xd8], [0x00, 0xde]])`, `["","d83d de00",""]`},
		{"utf16le: a high surrogate left at end", `seq('utf16le', [[0x3d, 0xd8]])`, `["","d83d"]`},
		{"utf16le: a lone odd byte is dropped at end", `seq('utf16le', [[0x41]])`, `["",""]`},
		{"utf16le: a lone low surrogate passes", `seq('utf16le', [[0x00, 0xde, 0x41, 0]])`, `["de00 41",""]`},
		{"utf16le: a high surrogate then one byte then end", `seq('utf16le', [[0x3d, 0xd8], [0x41]])`, `["","","d83d"]`},
		{"ucs2 is utf16le", `seq('ucs2', [[0x68, 0], [0x69], [0]])`, `["68","","69",""]`},
		{"base64 keeps an unfinished group", `seq('base64', [[1], [2, 3, 4]])`, `["","41 51 49 44","42 41 3d 3d"]`},
		{"base64 pads the last group at end", `seq('base64', [[1, 2, 3, 4]])`, `["41 51 49 44","42 41 3d 3d"]`},
		{"base64url has no padding", `seq('base64url', [[0xfb, 0xff]])`, `["","2d 5f 38"]`},
		{"hex never waits", `seq('hex', [[1], [0xab]])`, `["30 31","61 62",""]`},
		{"latin1", `seq('latin1', [[0xe9, 0x41]])`, `["e9 41",""]`},
		{"ascii drops the high bit", `seq('ascii', [[0xe9, 0x41]])`, `["69 41",""]`},
		{"encoding names are normalized", `[new StringDecoder().encoding, new StringDecoder('UTF-8').encoding, new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding, new StringDecoder('base64URL').encoding, new StringDecoder(null).encoding, new StringDecoder('').encoding]`, `["utf8","utf8","utf16le","latin1","base64url","utf8","utf8"]`},
		{"an unknown encoding is refused", `(() => { try { new StringDecoder('nope'); } catch (e) { return [e.name, e.code, e.message]; } })()`, `["TypeError","ERR_UNKNOWN_ENCODING","Unknown encoding: nope"]`},
		{"a number as encoding is refused", `(() => { try { new StringDecoder(5); } catch (e) { return [e.name, e.code, e.message]; } })()`, `["TypeError","ERR_UNKNOWN_ENCODING","Unknown encoding: 5"]`},
		{"writing a number is refused", `(() => { try { new StringDecoder().write(5); } catch (e) { return [e.name, e.code, e.message]; } })()`, `["TypeError","ERR_INVALID_ARG_TYPE","The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)"]`},
		{"writing a plain object is refused", `(() => { try { new StringDecoder().write({}); } catch (e) { return [e.name, e.code, e.message]; } })()`, `["TypeError","ERR_INVALID_ARG_TYPE","The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of Object"]`},
		{"a string is written back as is", `(() => { const d = new StringDecoder(); return [d.write('str'), d.write(new Uint8Array([0x41])), d.write(new DataView(new Uint8Array([0x42]).buffer)), d.end()]; })()`, `["str","A","B",""]`},
		{"the shape is Node's", `[Object.keys(new StringDecoder()), Object.getOwnPropertyNames(StringDecoder.prototype), Object.keys(sd)]`, `[["encoding"],["constructor","write","end","text","lastChar","lastNeed","lastTotal"],["StringDecoder"]]`},
		{"lastNeed, lastTotal and lastChar describe the kept bytes", `(() => { const e = new StringDecoder('utf8'); e.write(Buffer.from([0xe2])); return [e.lastNeed, e.lastTotal, Array.from(e.lastChar), e.text(Buffer.from([0x41, 0x42]), 1), e.lastNeed]; })()`, `[2,3,[226,0,0,0],"B",0]`},
		{"end then write starts afresh", `(() => { const f = new StringDecoder('utf8'); f.write(Buffer.from([0xe2])); return [f.end(), f.write(Buffer.from([0x41]))]; })()`, `["�","A"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}
