package textcoding

import (
	"strings"
	"unicode/utf8"
)

// utf8Decoder is the WHATWG UTF-8 decoder: each maximal invalid subpart
// becomes one U+FFFD, which is what V8 (and so Buffer#toString and
// TextDecoder in Node) does, and what Go's range loop does not.
type utf8Decoder struct {
	need, seen   int
	codePoint    rune
	lower, upper byte
	pending      []byte // bytes of an incomplete sequence kept by stream mode
}

// DecodeUTF8 decodes b as Node does for Buffer#toString('utf8'): invalid
// sequences become U+FFFD and a BOM is kept.
func DecodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var d utf8Decoder
	s, _ := d.decode(b, false, false)
	return s
}

// decode appends b to any pending bytes and decodes them. With stream set,
// an incomplete sequence at the end waits for the next call. With fatal
// set, the first invalid sequence makes ok false.
func (d *utf8Decoder) decode(b []byte, stream, fatal bool) (s string, ok bool) {
	if len(d.pending) > 0 {
		b = append(d.pending, b...)
		d.pending = nil
		d.reset()
	}
	var out strings.Builder
	out.Grow(len(b))
	start := -1 // index where the sequence being decoded began
	for i := 0; i < len(b); i++ {
		c := b[i]
		if d.need == 0 {
			start = i
			if !d.begin(c, &out) {
				if fatal {
					return "", false
				}
				out.WriteRune(utf8.RuneError)
			}
			continue
		}
		if c < d.lower || c > d.upper {
			d.reset()
			if fatal {
				return "", false
			}
			out.WriteRune(utf8.RuneError)
			i-- // the byte may start the next sequence
			continue
		}
		d.lower, d.upper = 0x80, 0xBF
		d.codePoint = d.codePoint<<6 | rune(c&0x3F)
		if d.seen++; d.seen == d.need {
			out.WriteRune(d.codePoint)
			d.reset()
		}
	}
	if d.need != 0 {
		if stream {
			d.pending = append([]byte(nil), b[start:]...)
			return out.String(), true
		}
		d.reset()
		if fatal {
			return "", false
		}
		out.WriteRune(utf8.RuneError)
	}
	return out.String(), true
}

// begin handles the first byte of a sequence; false means it is invalid.
func (d *utf8Decoder) begin(c byte, out *strings.Builder) bool {
	d.lower, d.upper = 0x80, 0xBF
	switch {
	case c < 0x80:
		out.WriteByte(c)
	case c >= 0xC2 && c <= 0xDF:
		d.need, d.codePoint = 1, rune(c&0x1F)
	case c >= 0xE0 && c <= 0xEF:
		if c == 0xE0 {
			d.lower = 0xA0
		} else if c == 0xED {
			d.upper = 0x9F
		}
		d.need, d.codePoint = 2, rune(c&0x0F)
	case c >= 0xF0 && c <= 0xF4:
		if c == 0xF0 {
			d.lower = 0x90
		} else if c == 0xF4 {
			d.upper = 0x8F
		}
		d.need, d.codePoint = 3, rune(c&0x07)
	default:
		return false
	}
	return true
}

func (d *utf8Decoder) reset() {
	d.need, d.seen, d.codePoint = 0, 0, 0
	d.lower, d.upper = 0x80, 0xBF
}
