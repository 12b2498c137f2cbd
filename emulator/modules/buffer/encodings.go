package buffer

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	nodebuffer "github.com/dop251/goja_nodejs/buffer"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

// normalizeEncoding is Node's: the canonical name of an encoding given in
// any case or alias, or "" for one Node does not know.
func normalizeEncoding(name string) string {
	switch n := strings.ToLower(name); n {
	case "utf8", "utf-8":
		return "utf8"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	case "latin1", "binary":
		return "latin1"
	case "hex", "base64", "base64url", "ascii":
		return n
	}
	return ""
}

// encodeString turns a JS string into bytes in a normalized encoding.
func encodeString(s, enc string) []byte {
	switch enc {
	case "hex":
		return nodebuffer.StringCodecByName("hex").DecodeAppend(s, nil)
	case "base64", "base64url":
		b, _ := nodebuffer.Base64DecodeAppend(nil, s)
		return b
	case "latin1", "ascii":
		units := utf16.Encode([]rune(s))
		b := make([]byte, len(units))
		for i, u := range units {
			b[i] = byte(u)
		}
		return b
	case "utf16le":
		units := utf16.Encode([]rune(s))
		b := make([]byte, 2*len(units))
		for i, u := range units {
			b[2*i], b[2*i+1] = byte(u), byte(u>>8)
		}
		return b
	}
	return []byte(s)
}

// decodeBytes turns bytes into a JS string in a normalized encoding.
func decodeBytes(b []byte, enc string) string {
	switch enc {
	case "hex":
		return hex.EncodeToString(b)
	case "base64":
		return base64.StdEncoding.EncodeToString(b)
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b)
	case "latin1", "ascii":
		mask := byte(0xFF)
		if enc == "ascii" {
			mask = 0x7F
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c & mask)
		}
		return string(r)
	case "utf16le":
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(units))
	}
	return textcoding.DecodeUTF8(b)
}
