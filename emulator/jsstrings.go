package emulator

import (
	"sync"

	"github.com/dop251/goja"
)

// jsStrings keeps the JS string values of a payload's strings (its
// context's values, recipient and text), made once per emulator instead
// of in every run. A JS string is a primitive: it has no identity and no
// properties a script could change, so runs, even at the same time, may
// share one; each run still builds its own objects around them.
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
	v := rt.ToValue(s)
	if len(c.values) < maxJSStrings {
		if c.values == nil {
			c.values = make(map[string]goja.Value)
		}
		c.values[s] = v
	}
	return v
}
