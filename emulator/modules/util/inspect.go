package util

import (
	"fmt"
	"math"
	"strings"

	"github.com/dop251/goja"
)

// Options are the util.inspect options hookemu honours.
type Options struct {
	// Depth is how many levels of nesting are shown before [Object]
	// (at most MaxDepth, whatever is asked).
	Depth int
	// ShowHidden also shows non-enumerable properties, as %o does.
	ShowHidden bool
	// BreakLength is the width past which entries go on their own lines
	// (math.MaxInt32 for Infinity).
	BreakLength int
	// Compact joins up to this many inner levels on one line.
	Compact int
	// MaxArrayLength and MaxStringLength bound what is shown of arrays,
	// sets, maps and strings nested in objects.
	MaxArrayLength, MaxStringLength int
	// Sorted sorts an object's entries, as assert shows values.
	Sorted bool
	// Legacy prints as Node 12 did, for Hooks: [Circular] without a
	// reference number, [Function] for anonymous functions.
	Legacy bool
}

const (
	// MaxOutput bounds what one Inspect or Format call returns, whatever
	// a hook logs; the rest is cut with a note.
	MaxOutput = 64 << 10
	// MaxDepth bounds recursion even when Depth asks for no limit.
	MaxDepth = 100
)

// DefaultOptions are Node 20's defaults.
func DefaultOptions() Options {
	return Options{Depth: 2, BreakLength: 80, Compact: 3, MaxArrayLength: 100, MaxStringLength: 10000}
}

// Inspect returns util.inspect(v) with Node's default options. It never
// runs a getter or a proxy trap, and never panics: a value that cannot be
// inspected is described rather than thrown.
func Inspect(rt *goja.Runtime, v goja.Value) string {
	return InspectWith(rt, v, DefaultOptions())
}

// InspectWith is Inspect with options.
func InspectWith(rt *goja.Runtime, v goja.Value, opts Options) (out string) {
	defer func() {
		if x := recover(); x != nil {
			out = uninspectable(x)
		}
	}()
	ins := newInspector(newAccess(rt), opts)
	return truncate(ins.formatValue(v, 0))
}

func uninspectable(x any) string {
	if a, ok := x.(abort); ok {
		return fmt.Sprintf("[uninspectable: %v]", a.err)
	}
	return fmt.Sprintf("[uninspectable: %v]", x)
}

// truncate cuts s to MaxOutput bytes on a rune boundary.
func truncate(s string) string {
	if len(s) <= MaxOutput {
		return s
	}
	cut := MaxOutput
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + fmt.Sprintf("... [output truncated: %d more bytes]", len(s)-cut)
}

// inspector is one inspection: Node's ctx.
type inspector struct {
	*access
	opts           Options
	seen           []*goja.Object
	circular       map[*goja.Object]int
	indentationLvl int
	currentDepth   int
	// protoNames and protoTags remember what prototypes tell, for the
	// many objects that share one.
	protoNames map[*goja.Object]protoName
	protoTags  map[*goja.Object]string
	// budget counts bytes produced; past it, values are elided so a huge
	// or deep structure cannot make inspect slow or hungry.
	budget int
}

func newInspector(a *access, opts Options) *inspector {
	opts.Depth = min(opts.Depth, MaxDepth)
	return &inspector{access: a, opts: opts, budget: 4 * MaxOutput}
}

// formatValue is Node's formatValue, without custom inspectors: those
// would run hook code.
func (ins *inspector) formatValue(v goja.Value, recurseTimes int) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return ins.formatPrimitive(v)
	}
	if ins.budget <= 0 {
		return "..."
	}
	target, revoked := unwrapProxy(obj)
	if revoked {
		return "<Revoked Proxy>"
	}
	for _, s := range ins.seen {
		if s == target {
			return ins.circularRef(target)
		}
	}
	return ins.formatRaw(target, recurseTimes)
}

func (ins *inspector) circularRef(obj *goja.Object) string {
	if ins.opts.Legacy {
		return "[Circular]"
	}
	if ins.circular == nil {
		ins.circular = map[*goja.Object]int{}
	}
	index, ok := ins.circular[obj]
	if !ok {
		index = len(ins.circular) + 1
		ins.circular[obj] = index
	}
	return fmt.Sprintf("[Circular *%d]", index)
}

func (ins *inspector) formatPrimitive(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return symbolString(sym)
	}
	switch x := v.Export().(type) {
	case string:
		return ins.formatString(x)
	case int64, float64:
		return formatNumber(v)
	case bool:
		return v.String()
	}
	if isBigInt(v) {
		return v.String() + "n"
	}
	return v.String()
}

func formatNumber(v goja.Value) string {
	if f, ok := v.Export().(float64); ok && f == 0 && math.Signbit(f) {
		return "-0"
	}
	return v.String()
}

// formatString quotes s, cutting it at MaxStringLength and, when it is
// long, splitting it after each newline as Node does.
func (ins *inspector) formatString(s string) string {
	trailer := ""
	if n := jsLen(s); n > ins.opts.MaxStringLength && ins.opts.MaxStringLength >= 0 {
		s = jsSlice(s, ins.opts.MaxStringLength)
		remaining := n - ins.opts.MaxStringLength
		trailer = fmt.Sprintf("... %d more character%s", remaining, plural(remaining))
	}
	n := jsLen(s)
	if n > minLineWidth && n > ins.opts.BreakLength-ins.indentationLvl-4 && strings.Contains(s[:len(s)-1], "\n") {
		lines := splitAfterNewlines(s)
		for i, line := range lines {
			lines[i] = quote(line)
		}
		return strings.Join(lines, " +\n"+strings.Repeat(" ", ins.indentationLvl+2)) + trailer
	}
	return quote(s) + trailer
}

const minLineWidth = 16

func splitAfterNewlines(s string) []string {
	var lines []string
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
