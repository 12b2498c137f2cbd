package buffer

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// guardAlloc wraps Buffer.alloc (and allocUnsafe, which share it) so that
// a size Node refuses is refused with Node's error before anything is
// allocated: goja_nodejs would ask Go for the bytes and crash the process.
func (c *class) guardAlloc(alloc goja.Callable) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if size := call.Argument(0); goja.IsNumber(size) {
			c.checkSize(size)
		}
		v, err := alloc(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}
}

// checkSize throws Node's RangeError for a size outside 0..MAX_LENGTH.
func (c *class) checkSize(size goja.Value) {
	n := size.ToFloat()
	if n >= 0 && n <= float64(c.limits.MaxBufferLength) {
		return
	}
	if c.limits.LegacySizeErrors {
		panic(nodeerr.RangeError(c.rt, "ERR_INVALID_OPT_VALUE", fmt.Sprintf(`The value "%s" is invalid for option "size"`, size.String())))
	}
	panic(nodeerr.RangeError(c.rt, "ERR_OUT_OF_RANGE", fmt.Sprintf(`The value of "size" is out of range. It must be >= 0 && <= %d. Received %s`, c.limits.MaxBufferLength, received(n))))
}

// checkArrayLike refuses an array-like whose length no Buffer can hold,
// as V8 does when Node allocates for it.
func (c *class) checkArrayLike(v goja.Value) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return
	}
	if n := obj.Get("length"); n != nil && n.ToFloat() > float64(c.limits.MaxBufferLength) {
		ctor, _ := c.rt.Get("RangeError").(*goja.Object)
		e, _ := c.rt.New(ctor, c.rt.ToValue("Array buffer allocation failed"))
		panic(e)
	}
}

// received formats a number as Node's ERR_OUT_OF_RANGE does: integers
// beyond 2**32 get "_" between groups of three digits.
func received(n float64) string {
	switch {
	case math.IsNaN(n):
		return "NaN"
	case math.IsInf(n, 1):
		return "Infinity"
	case math.IsInf(n, -1):
		return "-Infinity"
	}
	s := strconv.FormatFloat(n, 'f', -1, 64)
	if n != math.Trunc(n) || math.Abs(n) <= 1<<32 {
		return s
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return sign + b.String()
}
