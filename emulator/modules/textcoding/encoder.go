package textcoding

import (
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// encoderBrand marks TextEncoder instances; the methods refuse others.
var encoderBrand = goja.NewSymbol("hookemu.TextEncoder")

func newEncoderClass(rt *goja.Runtime, received func(goja.Value) string) *goja.Object {
	ctor, proto := newClass(rt, "TextEncoder", func(call goja.ConstructorCall) *goja.Object {
		_ = call.This.DefineDataPropertySymbol(encoderBrand, rt.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return nil
	})
	var uint8Array goja.Constructor // looked up on first use: it is costly to create
	check := func(this goja.Value) {
		if obj, ok := this.(*goja.Object); !ok || obj.GetSymbol(encoderBrand) == nil {
			panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidThis, `Value of "this" must be of type TextEncoder`))
		}
	}
	getter(rt, proto, "encoding", func(call goja.FunctionCall) goja.Value {
		check(call.This)
		return rt.ToValue("utf-8")
	})
	method(rt, proto, "encode", func(call goja.FunctionCall) goja.Value {
		check(call.This)
		input := ""
		if arg := call.Argument(0); !goja.IsUndefined(arg) {
			input = arg.ToString().String()
		}
		if uint8Array == nil {
			uint8Array, _ = goja.AssertConstructor(rt.Get("Uint8Array"))
		}
		u8, err := uint8Array(nil, rt.ToValue(rt.NewArrayBuffer([]byte(input))))
		if err != nil {
			panic(err)
		}
		return u8
	})
	method(rt, proto, "encodeInto", func(call goja.FunctionCall) goja.Value {
		check(call.This)
		return encodeIntoCall(rt, received, call.Argument(0), call.Argument(1))
	})
	return ctor
}

// encodeIntoCall is encodeInto(src, dest): it returns {read, written}.
func encodeIntoCall(rt *goja.Runtime, received func(goja.Value) string, src, destArg goja.Value) goja.Value {
	if _, isObj := src.(*goja.Object); isObj || src.ExportType() == nil || src.ExportType().Kind() != reflectStringKind {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "src" argument must be of type string. `+received(src)))
	}
	dest, ok := []byte(nil), false
	if destArg.ExportType() == reflectBytes {
		dest, ok = destArg.Export().([]byte)
	}
	if !ok {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "dest" argument must be an instance of Uint8Array. `+received(destArg)))
	}
	read, written := encodeInto(src.String(), dest)
	result := rt.NewObject()
	_ = result.Set("read", read)
	_ = result.Set("written", written)
	return result
}

// encodeInto writes as many whole characters of src as fit into dest and
// reports how many UTF-16 code units it read and bytes it wrote.
func encodeInto(src string, dest []byte) (read, written int) {
	for _, r := range src {
		n := utf8.RuneLen(r)
		if n < 0 {
			r, n = utf8.RuneError, 3
		}
		if written+n > len(dest) {
			break
		}
		utf8.EncodeRune(dest[written:], r)
		written += n
		read++
		if r > 0xFFFF {
			read++
		}
	}
	return read, written
}
