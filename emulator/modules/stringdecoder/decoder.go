package stringdecoder

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

// decoder is one StringDecoder's state: the bytes of a character (or of a
// base64 group, or of a UTF-16 unit or surrogate pair) that a write ended
// in the middle of, and how many more it needs.
type decoder struct {
	rt               *goja.Runtime
	enc              string
	buffered, needed int
	partial          [4]byte
}

// write decodes b after any bytes kept from before, keeping an incomplete
// character at its end for the next write.
func (d *decoder) write(b []byte) goja.String {
	out := d.str("")
	if d.needed > 0 {
		var done bool
		out, b, done = d.complete(b)
		if !done {
			return out
		}
	}
	if len(b) == 0 {
		return out
	}
	keep := d.incompleteTail(b)
	if keep > 0 {
		copy(d.partial[:], b[len(b)-keep:])
		d.buffered = keep
		b = b[:len(b)-keep]
	}
	return out.Concat(d.decode(b))
}

// complete feeds the kept character the bytes it needs from b and returns
// it decoded once it is whole (or, in UTF-8, once a byte shows it never
// will be), with the rest of b.
func (d *decoder) complete(b []byte) (goja.String, []byte, bool) {
	take := min(d.needed, len(b))
	cut := false
	if d.enc == "utf8" {
		for i := range take {
			if b[i]&0xC0 != 0x80 {
				// Not a continuation: the kept bytes are invalid on their
				// own and b starts afresh.
				take, cut = i, true
				break
			}
		}
	}
	copy(d.partial[d.buffered:], b[:take])
	d.buffered += take
	d.needed -= take
	if cut {
		d.needed = 0
	}
	if d.needed > 0 {
		return d.str(""), nil, false
	}
	s := d.decode(d.partial[:d.buffered])
	d.buffered = 0
	return s, b[take:], true
}

// incompleteTail says how many bytes at the end of b begin a character b
// does not finish, and records how many more it needs.
func (d *decoder) incompleteTail(b []byte) int {
	n := len(b)
	switch d.enc {
	case "utf8":
		for i := n - 1; i >= 0 && i >= n-4; i-- {
			if b[i]&0xC0 == 0x80 {
				continue
			}
			size := utf8Size(b[i])
			if have := n - i; size > have {
				d.needed = size - have
				return have
			}
			return 0
		}
	case "utf16le":
		if n%2 == 1 {
			d.needed = 1
			return 1
		}
		if unit := uint16(b[n-2]) | uint16(b[n-1])<<8; unit >= 0xD800 && unit <= 0xDBFF {
			d.needed = 2
			return 2
		}
	case "base64", "base64url":
		if r := n % 3; r > 0 {
			d.needed = 3 - r
			return r
		}
	}
	return 0
}

// utf8Size is the length of the sequence a lead byte announces (1 for
// ASCII and for a byte that leads nothing).
func utf8Size(c byte) int {
	switch {
	case c&0xE0 == 0xC0:
		return 2
	case c&0xF0 == 0xE0:
		return 3
	case c&0xF8 == 0xF0:
		return 4
	}
	return 1
}

// end returns what is kept, decoded (U+FFFD for a cut UTF-8 character, the
// padded last group of base64), and starts afresh.
func (d *decoder) end() goja.String {
	if d.buffered == 0 {
		d.needed = 0
		return d.str("")
	}
	s := d.decode(d.partial[:d.buffered])
	d.buffered, d.needed = 0, 0
	return s
}

// reset forgets any kept bytes, as text() does before decoding.
func (d *decoder) reset() {
	d.buffered, d.needed = 0, 0
}

// decode turns whole characters into a JS string; UTF-16 keeps lone
// surrogates, as V8's strings do.
func (d *decoder) decode(b []byte) goja.String {
	switch d.enc {
	case "utf8":
		return d.str(textcoding.DecodeUTF8(b))
	case "utf16le":
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(units)
	}
	s, _ := buffer.Decode(b, d.enc)
	return d.str(s)
}

// str is s as a JS string.
func (d *decoder) str(s string) goja.String {
	return d.rt.ToValue(s).(goja.String)
}
