package util

import (
	"math"

	"github.com/dop251/goja"
)

// options reads util.inspect's options object over the module's defaults.
func (u *module) options(v goja.Value) Options {
	opts := u.opts
	obj, ok := v.(*goja.Object)
	if !ok {
		return opts
	}
	get := func(name string) goja.Value {
		var val goja.Value
		_ = u.rt.Try(func() { val = obj.Get(name) })
		if val == nil || goja.IsUndefined(val) {
			return nil
		}
		return val
	}
	if d := get("depth"); d != nil {
		opts.Depth = limit(d)
	}
	if s := get("showHidden"); s != nil {
		opts.ShowHidden = s.ToBoolean()
	}
	if b := get("breakLength"); b != nil {
		opts.BreakLength = limit(b)
	}
	if c := get("compact"); c != nil {
		opts.Compact = compact(c)
	}
	if m := get("maxArrayLength"); m != nil {
		opts.MaxArrayLength = limit(m)
	}
	if s := get("sorted"); s != nil {
		opts.Sorted = s.ToBoolean()
	}
	if m := get("maxStringLength"); m != nil {
		opts.MaxStringLength = limit(m)
	}
	return opts
}

// legacyOptions reads inspect(obj, showHidden, depth), the pre-options
// signature old hooks still use.
func (u *module) legacyOptions(args []goja.Value) Options {
	opts := u.opts
	opts.ShowHidden = args[0].ToBoolean()
	if len(args) > 1 && !goja.IsUndefined(args[1]) {
		opts.Depth = limit(args[1])
	}
	return opts
}

// limit reads a numeric option where null or Infinity mean no limit.
func limit(v goja.Value) int {
	if goja.IsNull(v) {
		return math.MaxInt32
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return 0
	case f > math.MaxInt32:
		return math.MaxInt32
	case f < 0:
		return -1
	}
	return int(f)
}

// compact maps the compact option: false puts every entry on its own
// line; true is approximated by Node's default.
func compact(v goja.Value) int {
	if b, ok := v.Export().(bool); ok {
		if b {
			return 3
		}
		return 0
	}
	return limit(v)
}
