package util

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// maxKeyScan bounds the arrays whose extra (non-index) keys are listed:
// listing them means enumerating every index, too slow for a huge array.
const maxKeyScan = 1 << 16

func remainingText(n int) string {
	return fmt.Sprintf("... %d more item%s", n, plural(n))
}

func (ins *inspector) describeArray(r *raw) (string, bool) {
	length := ins.arrayLength(r.obj)
	prefix := ""
	if !r.hasCtor || r.ctor != "Array" || r.tag != "" {
		prefix = r.prefix("Array", "("+strconv.Itoa(length)+")")
	}
	r.keys = ins.nonIndexKeys(r.obj, length)
	r.braces = [2]string{prefix + "[", "]"}
	if length == 0 && len(r.keys) == 0 {
		return r.braces[0] + "]", true
	}
	r.extras = arrayExtrasType
	r.formatter = func(rt int) []string { return ins.formatArray(r.obj, length, rt) }
	r.numeric = func(i int) bool {
		if i >= length {
			return false
		}
		p, ok := ins.own(r.obj, ins.rt.ToValue(i))
		return ok && p.value != nil && isNumeric(p.value)
	}
	return "", false
}

func isNumeric(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return isBigInt(v)
}

func (ins *inspector) arrayLength(obj *goja.Object) int {
	p, ok := ins.own(obj, ins.rt.ToValue("length"))
	if !ok || p.value == nil {
		return 0
	}
	return int(p.value.ToInteger())
}

// nonIndexKeys are the keys of an array or typed array besides its
// elements.
func (ins *inspector) nonIndexKeys(obj *goja.Object, length int) []goja.Value {
	if length > maxKeyScan {
		if ins.opts.ShowHidden && obj.ClassName() == "Array" {
			return []goja.Value{ins.rt.ToValue("length")}
		}
		return nil
	}
	keys := ins.keys(obj)
	kept := keys[:0]
	for _, k := range keys {
		if _, isSym := k.(*goja.Symbol); isSym || !isArrayIndex(k.String()) {
			kept = append(kept, k)
		}
	}
	return kept
}

// isArrayIndex matches Node's numberRegExp, /^(0|[1-9][0-9]*)$/, below
// 2^32-1.
func isArrayIndex(s string) bool {
	if s == "" || (s[0] == '0' && len(s) > 1) {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n <= math.MaxUint32-1
}

func (ins *inspector) formatArray(obj *goja.Object, length, recurseTimes int) []string {
	n := min(max(0, ins.opts.MaxArrayLength), length)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		if ins.budget <= 0 {
			return append(output, "...")
		}
		key := ins.rt.ToValue(i)
		p, ok := ins.own(obj, key)
		if !ok {
			return ins.formatSpecialArray(obj, length, n, output, i, recurseTimes)
		}
		output = append(output, ins.formatDescribed(key, p, recurseTimes, arrayType))
	}
	if remaining := length - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatSpecialArray is Node's, for arrays with holes.
func (ins *inspector) formatSpecialArray(obj *goja.Object, length, maxLength int, output []string, i, recurseTimes int) []string {
	var keys []string
	ins.try(func() { keys = obj.Keys() })
	index := i
	for ; i < len(keys) && len(output) < maxLength && ins.budget > 0; i++ {
		key := keys[i]
		if !isArrayIndex(key) {
			break
		}
		at, _ := strconv.Atoi(key)
		if at != index {
			output = append(output, emptyItems(at-index))
			index = at
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, ins.formatProperty(obj, ins.rt.ToValue(key), recurseTimes, arrayType))
		index++
	}
	remaining := length - index
	switch {
	case len(output) != maxLength && remaining > 0:
		output = append(output, emptyItems(remaining))
	case len(output) == maxLength && remaining > 0:
		output = append(output, remainingText(remaining))
	}
	return output
}

func emptyItems(n int) string {
	return fmt.Sprintf("<%d empty item%s>", n, plural(n))
}

// inspectMaxBytes is buffer.INSPECT_MAX_BYTES.
const inspectMaxBytes = 50

// typedArrayTypes maps what goja exports typed arrays as to their names.
var typedArrayTypes = map[reflect.Type]string{
	reflect.TypeOf([]int8(nil)): "Int8Array", reflect.TypeOf([]uint8(nil)): "Uint8Array",
	reflect.TypeOf([]int16(nil)): "Int16Array", reflect.TypeOf([]uint16(nil)): "Uint16Array",
	reflect.TypeOf([]int32(nil)): "Int32Array", reflect.TypeOf([]uint32(nil)): "Uint32Array",
	reflect.TypeOf([]float32(nil)): "Float32Array", reflect.TypeOf([]float64(nil)): "Float64Array",
	reflect.TypeOf([]int64(nil)): "BigInt64Array", reflect.TypeOf([]uint64(nil)): "BigUint64Array",
}

func isTypedArray(obj *goja.Object) bool {
	return obj.ClassName() == "Object" && typedArrayTypes[obj.ExportType()] != ""
}

func (ins *inspector) describeTypedArray(r *raw) (string, bool) {
	var elems reflect.Value
	ins.try(func() { elems = reflect.ValueOf(r.obj.Export()) })
	if !elems.IsValid() {
		return r.prefix("Object", "") + "{}", true
	}
	if r.hasCtor && r.ctor == "Buffer" {
		return formatBuffer(elems.Bytes()), true
	}
	length := elems.Len()
	r.keys = ins.nonIndexKeys(r.obj, length)
	r.braces = [2]string{r.prefix(typedArrayTypes[r.obj.ExportType()], "("+strconv.Itoa(length)+")") + "[", "]"}
	if length == 0 && len(r.keys) == 0 {
		return r.braces[0] + "]", true
	}
	r.extras = arrayExtrasType
	r.numeric = func(i int) bool { return i < length }
	r.formatter = func(int) []string {
		n := min(max(0, ins.opts.MaxArrayLength), length)
		output := make([]string, 0, n+1)
		for i := 0; i < n; i++ {
			output = append(output, formatElement(ins.rt, elems.Index(i)))
		}
		if remaining := length - n; remaining > 0 {
			output = append(output, remainingText(remaining))
		}
		return output
	}
	return "", false
}

// formatElement prints a typed array's element as a JS number or BigInt.
func formatElement(rt *goja.Runtime, v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int64:
		return strconv.FormatInt(v.Int(), 10) + "n"
	case reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10) + "n"
	case reflect.Float32, reflect.Float64:
		return formatNumber(rt.ToValue(v.Float()))
	case reflect.Int8, reflect.Int16, reflect.Int32:
		return strconv.FormatInt(v.Int(), 10)
	}
	return strconv.FormatUint(v.Uint(), 10)
}

// formatBuffer is Buffer's own inspect: <Buffer 68 69>.
func formatBuffer(b []byte) string {
	shown := min(len(b), inspectMaxBytes)
	var s strings.Builder
	s.WriteString("<Buffer")
	for _, c := range b[:shown] {
		fmt.Fprintf(&s, " %02x", c)
	}
	if remaining := len(b) - shown; remaining > 0 {
		fmt.Fprintf(&s, " ... %d more byte%s", remaining, plural(remaining))
	}
	if len(b) == 0 {
		s.WriteString(" ")
	}
	s.WriteString(">")
	return s.String()
}

func hexBytes(b []byte) string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = fmt.Sprintf("%02x", c)
	}
	return strings.Join(parts, " ")
}

func (ins *inspector) describeArrayBuffer(r *raw) (string, bool) {
	var data []byte
	ins.try(func() { data = r.obj.Export().(goja.ArrayBuffer).Bytes() })
	r.keys = ins.keys(r.obj)
	r.braces[0] = r.prefix("ArrayBuffer", "") + "{"
	r.formatter = func(int) []string {
		shown := min(len(data), max(0, ins.opts.MaxArrayLength))
		contents := hexBytes(data[:shown])
		if remaining := len(data) - shown; remaining > 0 {
			contents += fmt.Sprintf(" ... %d more byte%s", remaining, plural(remaining))
		}
		return []string{"[Uint8Contents]: <" + contents + ">", "byteLength: " + strconv.Itoa(len(data))}
	}
	return "", false
}
