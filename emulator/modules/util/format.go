package util

import (
	"strings"

	"github.com/dop251/goja"
)

// Format is util.format(...args), which console.log uses: printf-like
// placeholders in a first string argument (%s %d %i %f %j %o %O %c %%),
// then the remaining arguments, strings as they are and other values
// inspected, separated by spaces. Like Inspect it never panics.
func Format(rt *goja.Runtime, args []goja.Value) string {
	return FormatWith(rt, DefaultOptions(), args)
}

// FormatWith is Format with inspect options (util.formatWithOptions).
func FormatWith(rt *goja.Runtime, opts Options, args []goja.Value) (out string) {
	defer func() {
		if x := recover(); x != nil {
			out = uninspectable(x)
		}
	}()
	f := &formatter{access: newAccess(rt), opts: opts}
	return truncate(f.format(args))
}

type formatter struct {
	*access
	opts Options
}

func (f *formatter) inspect(v goja.Value, opts Options) string {
	return newInspector(f.access, opts).formatValue(v, 0)
}

func (f *formatter) format(args []goja.Value) string {
	var b strings.Builder
	a := 0
	join := ""
	if len(args) > 0 && isString(args[0]) {
		first := args[0].String()
		if len(args) == 1 {
			return first
		}
		var consumed bool
		a, consumed = f.placeholders(&b, first, args)
		if consumed {
			a++
			join = " "
		}
	}
	for ; a < len(args) && b.Len() <= MaxOutput; a++ {
		b.WriteString(join)
		if isString(args[a]) {
			b.WriteString(args[a].String())
		} else {
			b.WriteString(f.inspect(args[a], f.opts))
		}
		join = " "
	}
	return b.String()
}

// placeholders expands the placeholders of first into b. It returns the
// index of the last argument consumed, and whether any placeholder (or
// %%) was found, in which case first has been written.
func (f *formatter) placeholders(b *strings.Builder, first string, args []goja.Value) (int, bool) {
	a, lastPos := 0, 0
	for i := 0; i < len(first)-1; i++ {
		if first[i] != '%' {
			continue
		}
		i++
		next := first[i]
		if a+1 == len(args) {
			if next == '%' {
				b.WriteString(first[lastPos:i])
				lastPos = i + 1
			}
			continue
		}
		if next == '%' {
			b.WriteString(first[lastPos:i])
			lastPos = i + 1
			continue
		}
		s, ok := f.placeholder(next, args[a+1])
		if !ok {
			continue
		}
		a++
		b.WriteString(first[lastPos : i-1])
		b.WriteString(s)
		lastPos = i + 1
	}
	if lastPos == 0 {
		return 0, false
	}
	b.WriteString(first[lastPos:])
	return a, true
}

// placeholder formats arg for %c; ok is false for an unknown placeholder.
func (f *formatter) placeholder(c byte, arg goja.Value) (string, bool) {
	switch c {
	case 's':
		return f.formatS(arg), true
	case 'j':
		return f.stringify(arg), true
	case 'd':
		return f.number(arg, "Number"), true
	case 'i':
		return f.number(arg, "parseInt"), true
	case 'f':
		return f.number(arg, "parseFloat"), true
	case 'O':
		return f.inspect(arg, f.opts), true
	case 'o':
		opts := f.opts
		opts.ShowHidden, opts.Depth = true, 4
		return f.inspect(arg, opts), true
	case 'c':
		return "", true
	}
	return "", false
}

// isString reports whether v is a string primitive (goja exports
// symbols as strings too).
func isString(v goja.Value) bool {
	switch v.(type) {
	case nil, *goja.Object, *goja.Symbol:
		return false
	}
	return v.ExportType() == reflectString
}
