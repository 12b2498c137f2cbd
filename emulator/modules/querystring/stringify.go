package querystring

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Stringify is querystring.stringify(obj) with Node's defaults.
func Stringify(rt *goja.Runtime, obj goja.Value) string {
	return (&stringifier{rt: rt, sep: "&", eq: "="}).stringify(obj)
}

// stringifier is one stringify call's options.
type stringifier struct {
	rt      *goja.Runtime
	sep, eq string
	// encode, when set, is the caller's encodeURIComponent, given every
	// key and value as a string.
	encode goja.Callable
}

func stringifyCall(rt *goja.Runtime, call goja.FunctionCall) string {
	s := &stringifier{rt: rt, sep: "&", eq: "="}
	if sep := call.Argument(1); sep.ToBoolean() {
		s.sep = sep.String()
	}
	if eq := call.Argument(2); eq.ToBoolean() {
		s.eq = eq.String()
	}
	if opts, ok := call.Argument(3).(*goja.Object); ok {
		s.encode, _ = goja.AssertFunction(opts.Get("encodeURIComponent"))
	}
	return s.stringify(call.Argument(0))
}

func (s *stringifier) stringify(v goja.Value) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	var fields strings.Builder
	for _, k := range obj.Keys() {
		ks := s.convert(s.rt.ToValue(k)) + s.eq
		value := obj.Get(k)
		if arr, ok := value.(*goja.Object); ok && arr.ClassName() == "Array" {
			n := int64(0)
			if l := arr.Get("length"); l != nil {
				n = l.ToInteger()
			}
			if n == 0 {
				continue
			}
			for j := int64(0); j < n; j++ {
				s.separate(&fields)
				fields.WriteString(ks)
				fields.WriteString(s.convert(arr.Get(strconv.FormatInt(j, 10))))
			}
			continue
		}
		s.separate(&fields)
		fields.WriteString(ks)
		fields.WriteString(s.convert(value))
	}
	return fields.String()
}

func (s *stringifier) separate(fields *strings.Builder) {
	if fields.Len() > 0 {
		fields.WriteString(s.sep)
	}
}

// convert is Node's encodeStringified (default escaping) or
// encodeStringifiedCustom (the caller's encoder).
func (s *stringifier) convert(v goja.Value) string {
	str, isPrimitive := stringifyPrimitive(v)
	if s.encode != nil {
		out, err := s.encode(goja.Undefined(), s.rt.ToValue(str))
		if err != nil {
			panic(err)
		}
		return out.String()
	}
	if !isPrimitive || str == "" {
		return ""
	}
	// Numbers of 1e21 and more print with an exponent ("1e+21") whose
	// '+' needs escaping; other numbers, booleans and BigInts do not.
	if f, isFloat := v.Export().(float64); isString(v) || (isFloat && math.Abs(f) >= 1e21) {
		return Escape(str)
	}
	return str
}

// stringifyPrimitive is Node's: strings, finite numbers, BigInts and
// booleans as text, anything else empty.
func stringifyPrimitive(v goja.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return "", false
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return "", false
	}
	switch x := v.Export().(type) {
	case string, int64, bool:
		return v.String(), true
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return "", false
		}
		return v.String(), true
	}
	if isBigInt(v) {
		return v.String(), true
	}
	return "", false
}

func isBigInt(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	t := v.ExportType()
	return t != nil && t.String() == "*big.Int"
}
