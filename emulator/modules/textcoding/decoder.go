package textcoding

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

const reflectStringKind = reflect.String

var (
	reflectBytes       = reflect.TypeOf([]byte(nil))
	reflectArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
)

// decoderState is one TextDecoder's configuration and stream state.
type decoderState struct {
	fatal, ignoreBOM bool
	bomSeen          bool
	dec              utf8Decoder
}

var decoderSlot = goja.NewSymbol("hookemu.TextDecoder")

// utf8Labels are the WHATWG labels of UTF-8.
var utf8Labels = map[string]bool{
	"unicode-1-1-utf-8": true, "unicode11utf8": true, "unicode20utf8": true,
	"utf-8": true, "utf8": true, "x-unicode20utf8": true,
}

func newDecoderClass(rt *goja.Runtime) *goja.Object {
	ctor, proto := newClass(rt, "TextDecoder", func(call goja.ConstructorCall) *goja.Object {
		st := newDecoderState(rt, call.Argument(0), call.Argument(1))
		_ = call.This.DefineDataPropertySymbol(decoderSlot, rt.ToValue(st), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return nil
	})
	state := func(this goja.Value) *decoderState {
		if obj, ok := this.(*goja.Object); ok {
			if v := obj.GetSymbol(decoderSlot); v != nil {
				if st, ok := v.Export().(*decoderState); ok {
					return st
				}
			}
		}
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidThis, `Value of "this" must be of type TextDecoder`))
	}
	getter(rt, proto, "encoding", func(call goja.FunctionCall) goja.Value {
		state(call.This)
		return rt.ToValue("utf-8")
	})
	getter(rt, proto, "fatal", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(state(call.This).fatal)
	})
	getter(rt, proto, "ignoreBOM", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(state(call.This).ignoreBOM)
	})
	method(rt, proto, "decode", func(call goja.FunctionCall) goja.Value {
		st := state(call.This)
		stream := false
		if opts, ok := call.Argument(1).(*goja.Object); ok {
			stream = truthy(opts.Get("stream"))
		}
		return rt.ToValue(st.decode(rt, inputBytes(rt, call.Argument(0)), stream))
	})
	return ctor
}

func newDecoderState(rt *goja.Runtime, label, options goja.Value) *decoderState {
	if !goja.IsUndefined(label) {
		name := strings.ToLower(strings.Trim(label.String(), "\t\n\f\r "))
		if !utf8Labels[name] {
			panic(nodeerr.RangeError(rt, "ERR_ENCODING_NOT_SUPPORTED", `The "`+label.String()+`" encoding is not supported`))
		}
	}
	st := &decoderState{}
	if opts, ok := options.(*goja.Object); ok {
		st.fatal = truthy(opts.Get("fatal"))
		st.ignoreBOM = truthy(opts.Get("ignoreBOM"))
	}
	return st
}

func (st *decoderState) decode(rt *goja.Runtime, b []byte, stream bool) string {
	s, ok := st.dec.decode(b, stream, st.fatal)
	if !ok {
		st.dec = utf8Decoder{}
		st.bomSeen = false
		panic(nodeerr.Native(rt, "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"))
	}
	if !st.ignoreBOM && !st.bomSeen && s != "" {
		s = strings.TrimPrefix(s, "\uFEFF")
		st.bomSeen = true
	}
	if !stream {
		st.bomSeen = false
	}
	return s
}

// inputBytes reads the bytes of a BufferSource (an ArrayBuffer or a view
// of one) without copying them.
func inputBytes(rt *goja.Runtime, v goja.Value) []byte {
	if goja.IsUndefined(v) {
		return nil
	}
	obj, ok := v.(*goja.Object)
	if ok {
		switch obj.ExportType() {
		case reflectBytes:
			b, _ := obj.Export().([]byte)
			return b
		case reflectArrayBuffer:
			ab, _ := obj.Export().(goja.ArrayBuffer)
			return ab.Bytes()
		}
		if buf := obj.Get("buffer"); buf != nil && buf.ExportType() == reflectArrayBuffer {
			ab, _ := buf.Export().(goja.ArrayBuffer)
			off, n := integer(obj.Get("byteOffset")), integer(obj.Get("byteLength"))
			if data := ab.Bytes(); off >= 0 && n >= 0 && off+n <= len(data) {
				return data[off : off+n]
			}
		}
	}
	panic(nodeerr.Native(rt, "TypeError", nodeerr.ErrInvalidArgType,
		`The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`))
}

// truthy is ToBoolean of a property that may be missing.
func truthy(v goja.Value) bool {
	return v != nil && v.ToBoolean()
}

// integer is ToInteger of a property that may be missing.
func integer(v goja.Value) int {
	if v == nil {
		return 0
	}
	return int(v.ToInteger())
}
