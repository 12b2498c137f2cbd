package emulator

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// maxGap is the longest indentation JSON.stringify uses, as the
// specification clamps its space argument.
const maxGap = 10

// installStringify gives the runtime a JSON.stringify that indents as
// Node does. goja's own leaves its indentation one level deeper after
// every empty object it writes, so everything after "client_metadata": {}
// in the payload (context.request, context.user) came out a level too
// deep. goja's compact output is right, so this one asks goja for that and
// indents it; the replacer and toJSON still run exactly once, in goja.
func (inv *invocation) installStringify(jsonObject *goja.Object) {
	rt := inv.rt
	compact, ok := goja.AssertFunction(jsonObject.Get("stringify"))
	if !ok {
		return
	}
	stringify := lazy.NamedFunc(rt, "stringify", func(call goja.FunctionCall) goja.Value {
		out, err := compact(jsonObject, call.Argument(0), call.Argument(1))
		if err != nil {
			panic(err)
		}
		gap := jsonGap(call.Argument(2))
		if gap == "" || goja.IsUndefined(out) {
			return out
		}
		var b bytes.Buffer
		if json.Indent(&b, []byte(out.String()), "", gap) != nil {
			return out
		}
		return rt.ToValue(b.String())
	})
	_ = stringify.DefineDataProperty("length", rt.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = jsonObject.DefineDataProperty("stringify", stringify, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// jsonGap is the indentation the space argument asks for: a number of
// spaces, or the string itself, both at most ten long; Number and String
// objects count as their values.
func jsonGap(space goja.Value) string {
	if obj, ok := space.(*goja.Object); ok {
		switch obj.ClassName() {
		case "Number":
			return spaces(obj.ToFloat())
		case "String":
			return gapString(obj.String())
		}
		return ""
	}
	switch v := space.Export().(type) {
	case int64:
		return spaces(float64(v))
	case float64:
		return spaces(v)
	case string:
		return gapString(v)
	}
	return ""
}

func spaces(n float64) string {
	if math.IsNaN(n) || n < 1 {
		return ""
	}
	return strings.Repeat(" ", int(math.Min(maxGap, math.Trunc(n))))
}

// gapString is the first ten UTF-16 code units of s.
func gapString(s string) string {
	units := 0
	for i, r := range s {
		units++
		if r > 0xFFFF {
			units++
		}
		if units > maxGap {
			return s[:i]
		}
	}
	return s
}
