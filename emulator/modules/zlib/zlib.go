// Package zlib is Node's zlib module for hooks, Actions and the packages
// they load: gzip, deflate (zlib format), raw deflate, unzip (gzip or
// zlib, sniffed) and brotli, in the three forms Node offers: ...Sync
// functions, callback functions, and Transform streams (createGzip,
// Gunzip, ...) built on require('stream').
//
// The codecs are Go's compress/flate, compress/gzip and compress/zlib, and
// github.com/andybalholm/brotli; the surface (argument validation, option
// checks with Node's ERR_OUT_OF_RANGE and ERR_INVALID_ARG_TYPE errors, the
// stream classes, zlib.constants and the legacy zlib.Z_* names) is
// JavaScript in zlib.js. What it reproduces, checked against Node 20:
//
//   - Decoding errors carry zlib's message, code and errno: "incorrect
//     header check" (Z_DATA_ERROR, -3), "incorrect data check", "unexpected
//     end of file" (Z_BUF_ERROR, -5) for empty or truncated input, brotli's
//     "Decompression failed" with ERR__ERROR_FORMAT_... codes. Go's flate
//     does not say which rule a corrupt deflate stream broke: every such
//     stream reads "invalid block type" (code and errno exact).
//   - finishFlush: Z_SYNC_FLUSH accepts a truncated body, as HTTP clients
//     (node-fetch, got, axios) ask it to.
//   - maxOutputLength: RangeError ERR_BUFFER_TOO_LARGE "Cannot create a
//     Buffer larger than N bytes".
//   - Decompression bombs: output is bounded by the run's memory limit (a
//     run past it ends as over its memory limit, as Auth0 kills the
//     container); hosts without one cap it at modules.DefaultMemoryCap.
//
// A decompressing stream decodes as its input arrives, on a goroutine of
// its own that each write hands its chunk to and waits for (Go's decoders
// pull their input; zlib is pushed to): Go's flate hands out its output a
// window (32 KiB) or a block at a time, so 'data' events come in other
// sizes than Node's, and a little later. The goroutine ends with the
// stream, when it is destroyed, or at the end of the run.
//
// Known differences: compressed bytes are Go's, not zlib's (they decode to
// the same data; gzip headers carry Node's OS byte); windowBits, memLevel
// and dictionary are validated but not used; the convenience functions'
// info option is not supported.
//
// Threading contract: the callback forms decode on another goroutine and
// come back through Host.RegisterCallback; a stream's decoder goroutine
// touches no JS; everything else runs on the JS goroutine.
package zlib

import (
	"context"
	_ "embed"
	"fmt"
	"hash/crc32"
	"math"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util"
)

// Name is what code passes to require.
const Name = "zlib"

//go:embed zlib.js
var source string

var script = modules.NewScript("zlib.js", source)

// Module describes require('zlib').
func Module() modules.Module {
	return modules.Module{Name: Name, Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	stream, err := modules.Require(h, "stream")
	if err != nil {
		return nil, fmt.Errorf("zlib builds on stream: %w", err)
	}
	rt := h.Runtime()
	n := &natives{h: h, rt: rt}
	return script.Call(rt, map[string]any{
		"stream":      stream,
		"Buffer":      buffer.ExportsFor(rt, modules.LimitsOf(h.Action())).Get("Buffer"),
		"constants":   n.constants(),
		"legacyNames": legacyNames,
		"kMaxLength":  modules.LimitsOf(h.Action()).MaxBufferLength,
		"open":        n.open,
		"sync":        n.sync,
		"async":       n.async,
		"crc32":       n.crc32,
		"codedError":  func(kind, code, message string) *goja.Object { return nodeerr.New(rt, kind, code, message) },
		"received":    func(v goja.Value) string { return util.Received(rt, v) },
	})
}

// natives are the Go functions zlib.js calls.
type natives struct {
	h  modules.Host
	rt *goja.Runtime
}

func (n *natives) constants() *goja.Object {
	obj := n.rt.NewObject()
	for _, c := range constants {
		_ = obj.Set(c.name, c.value)
	}
	return obj
}

// optionsOf reads the settings zlib.js computed.
func optionsOf(rt *goja.Runtime, v goja.Value) options {
	obj := v.ToObject(rt)
	num := func(name string) int { return int(obj.Get(name).ToInteger()) }
	return options{Level: num("level"), Strategy: num("strategy"), FinishFlush: num("finishFlush"), Quality: num("quality"), LGWin: num("lgwin")}
}

// open starts a stream's engine: an object whose write(chunk, flush,
// end) returns {out, error}, the output so far and the error that ended it.
func (n *natives) open(mode int, opts goja.Value) (*goja.Object, error) {
	limit := modules.MemoryLimit(n.h)
	e, err := newEngine(mode, optionsOf(n.rt, opts), limit)
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(n.h.Context(), e.close)
	obj := n.rt.NewObject()
	_ = obj.Set("write", func(chunk goja.Value, flush int, end bool) *goja.Object {
		out, err := e.write(httpkit.BytesOf(n.rt, chunk), flush, end) // both paths copy what they keep
		if err == errTooLarge {
			modules.Reserve(n.h, limit+1, "zlib's decompressed output")
		}
		res := n.rt.NewObject()
		_ = res.Set("out", n.wrap(out))
		if err != nil {
			_ = res.Set("error", n.errorObject(mode, err))
		}
		return res
	})
	_ = obj.Set("close", func() {
		stop()
		e.close()
	})
	return obj, nil
}

// sync runs a whole buffer through an engine, as zlib.gzipSync does.
func (n *natives) sync(mode int, opts goja.Value, input goja.Value, maxOutput float64) goja.Value {
	out, err := n.run(mode, optionsOf(n.rt, opts), httpkit.BytesOf(n.rt, input), n.limit(maxOutput))
	if err != nil {
		panic(n.finalError(mode, err, maxOutput))
	}
	return n.wrap(out)
}

// async is sync on another goroutine, calling back cb(err, buffer).
func (n *natives) async(mode int, opts goja.Value, input goja.Value, maxOutput float64, cb goja.Callable) {
	o, in, limit := optionsOf(n.rt, opts), httpkit.BytesOf(n.rt, input), n.limit(maxOutput)
	done := n.h.RegisterCallback()
	go func() {
		out, err := n.run(mode, o, in, limit)
		done(func() error {
			if err != nil {
				var errValue goja.Value
				func() {
					defer func() {
						if r := recover(); r != nil {
							errValue = n.rt.ToValue(r)
						}
					}()
					errValue = n.finalError(mode, err, maxOutput)
				}()
				_, cbErr := cb(goja.Undefined(), errValue)
				return cbErr
			}
			_, cbErr := cb(goja.Undefined(), goja.Null(), n.wrap(out))
			return cbErr
		})
	}()
}

// limit is the output a one-shot call may produce: its maxOutputLength,
// and never more than the run's memory.
func (n *natives) limit(maxOutput float64) int64 {
	return int64(math.Min(maxOutput, float64(modules.MemoryLimit(n.h))))
}

func (n *natives) run(mode int, o options, in []byte, limit int64) ([]byte, error) {
	e, err := newEngine(mode, o, limit)
	if err != nil {
		return nil, err
	}
	defer e.close()
	return e.write(in, o.FinishFlush, true)
}

// finalError is the error a one-shot call throws: past maxOutputLength
// Node's RangeError, past the memory limit the end of the run.
func (n *natives) finalError(mode int, err error, maxOutput float64) goja.Value {
	if err != errTooLarge {
		return n.errorObject(mode, err)
	}
	if maxOutput <= float64(modules.MemoryLimit(n.h)) {
		e, _ := n.rt.New(n.rt.Get("RangeError"), n.rt.ToValue(fmt.Sprintf("Cannot create a Buffer larger than %s bytes", n.rt.ToValue(maxOutput).String())))
		_ = e.Set("code", "ERR_BUFFER_TOO_LARGE")
		return e
	}
	modules.Reserve(n.h, modules.MemoryLimit(n.h)+1, "zlib's decompressed output")
	return n.errorObject(mode, err) // not reached: Reserve ends the run
}

// errorObject is Node's zlib error: an Error with errno, then code.
func (n *natives) errorObject(mode int, err error) *goja.Object {
	z := classify(mode, err)
	obj, _ := n.rt.New(n.rt.Get("Error"), n.rt.ToValue(z.Message))
	_ = obj.Set("errno", z.Errno)
	_ = obj.Set("code", z.Code)
	return obj
}

// crc32 is zlib.crc32(data[, value]): the IEEE checksum, continued from
// value.
func (n *natives) crc32(data goja.Value, value uint32) uint32 {
	return crc32.Update(value, crc32.IEEETable, httpkit.BytesOf(n.rt, data))
}

// wrap hands bytes to JS as a Buffer over them (no copy).
func (n *natives) wrap(data []byte) goja.Value {
	return httpkit.BufferFrom(n.rt, n.rt.ToValue(n.rt.NewArrayBuffer(data)))
}
