package emulator

import (
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// jsStrings keeps the JS string values of a payload's ASCII strings (its
// context's values, recipient and text), made once per emulator instead
// of in every run. goja's value of an ASCII string is the string itself,
// with no state of its own, and a JS string is a primitive without
// identity, so runs, even at the same time, may share one; each run still
// builds its own objects around them. Other strings are made afresh each
// time: goja imports them lazily, scanning them on first use, so a value
// of one is not safe to share.
//
// It keeps at most maxJSStrings strings of at most maxJSStringBytes
// each, the first ones asked for: a suite's payloads repeat theirs, and
// a string past either bound is made afresh each time.
type jsStrings struct {
	mu     sync.Mutex
	values map[string]goja.Value
}

const (
	maxJSStrings     = 1024
	maxJSStringBytes = 256
)

// value is s as a JS string, the one kept if there is one.
func (c *jsStrings) value(rt *goja.Runtime, s string) goja.Value {
	if len(s) > maxJSStringBytes {
		return rt.ToValue(s)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.values[s]; ok {
		return v
	}
	v, ok := asciiJSString(s)
	if !ok {
		return rt.ToValue(s)
	}
	if len(c.values) < maxJSStrings {
		if c.values == nil {
			c.values = make(map[string]goja.Value)
		}
		c.values[s] = v
	}
	return v
}

// asciiJSString is goja's plain ASCII value of s (what ToValue makes of
// an ASCII string of up to 16 bytes; a longer one it imports), or false
// when s is not ASCII.
func asciiJSString(s string) (goja.Value, bool) {
	units := make([]uint16, len(s))
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return nil, false
		}
		units[i] = uint16(s[i])
	}
	return goja.StringFromUTF16(units), true
}
