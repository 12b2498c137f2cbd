// Package stream is Node's stream module for hooks, Actions and the
// packages they load (node-fetch, form-data, combined-stream, iconv-lite,
// http's requests and answers ...): require('stream') is the legacy Stream
// class, with Readable, Writable, Duplex, Transform, PassThrough,
// pipeline, finished, addAbortSignal and promises as its properties;
// require('stream/promises') is its promises object.
//
// The module is JavaScript (stream.js), written from Node's documented
// behaviour and checked against Node 20, because what packages observe is
// JS semantics: the order of 'data', 'readable', 'end', 'finish', 'close'
// and 'error' events, flowing and paused modes, write() returning false
// past highWaterMark and 'drain' after, pipe() pausing the source until
// its destination drains, _readableState and _writableState (packages
// read them), errors with Node's codes (ERR_STREAM_PUSH_AFTER_EOF,
// ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_PREMATURE_CLOSE,
// ERR_STREAM_DESTROYED, ERR_MULTIPLE_CALLBACK, ERR_INVALID_ARG_TYPE), and
// classes callable without new, as util.inherits-era packages call
// Readable.call(this).
//
// It builds on require('events') (the same EventEmitter the hook gets)
// and, for setEncoding, on require('string_decoder'). Its next ticks run
// in a queue of their own, drained in one microtask: ordered among
// themselves as Node orders them, but not against the run's other
// process.nextTick callbacks. A throw in one of them ends the run as a
// throw in a timer does (Node ends the process).
//
// Async iteration works through Symbol.asyncIterator (and iterator(),
// toArray, forEach, map, filter). goja compiles neither for await nor
// async generators: code that uses them (got 11, axios 1.x) is lowered
// before it is compiled (internal/jslower), and its for await then reads
// streams through the same Symbol.asyncIterator.
package stream

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
	"github.com/hookemu/hookemu/emulator/modules/events"
)

//go:embed stream.js
var source string

var script = modules.NewScript("stream.js", source)

// Module describes require('stream').
func Module() modules.Module {
	return modules.Module{Name: "stream", Load: func(h modules.Host, _ string) (goja.Value, error) { return Exports(h) }}
}

// PromisesModule describes require('stream/promises').
func PromisesModule() modules.Module {
	return modules.Module{Name: "stream/promises", Load: func(h modules.Host, _ string) (goja.Value, error) {
		s, err := Exports(h)
		if err != nil {
			return nil, err
		}
		return s.Get("promises"), nil
	}}
}

// slot holds a runtime's stream module on its global object, out of reach
// of string keys.
var slot = goja.NewSymbol("hookemu.stream")

// Exports returns h's runtime's stream module, building it on first use;
// zlib and http build on it through this function, so their streams are
// instances of the classes the hook sees.
func Exports(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	return modules.PerRuntime(rt, slot, func() (*goja.Object, error) {
		ee, err := events.Exports(h)
		if err != nil {
			return nil, fmt.Errorf("stream builds on events: %w", err)
		}
		native := corejs.Bindings(rt, h.Warn)
		_ = native.Set("EventEmitter", ee)
		_ = native.Set("Buffer", buffer.ExportsFor(rt, modules.LimitsOf(h.Action())).Get("Buffer"))
		_ = native.Set("StringDecoder", func() goja.Value {
			sd, err := modules.Require(h, "string_decoder")
			if err != nil {
				panic(rt.NewGoError(fmt.Errorf("setEncoding needs string_decoder: %w", err)))
			}
			return sd.ToObject(rt).Get("StringDecoder")
		})
		_ = native.Set("uncaught", uncaught(h))
		v, err := script.Call(rt, native)
		if err != nil {
			return nil, err
		}
		return v.ToObject(rt), nil
	})
}

// uncaught hands a value thrown in one of the module's ticks to the run
// as an exception thrown in a later callback, the way a throw in a timer
// ends it.
func uncaught(h modules.Host) func(goja.Value) {
	return func(v goja.Value) {
		done := h.RegisterCallback()
		done(func() error {
			rethrow, err := h.Runtime().RunString("(function (e) { throw e; })")
			if err != nil {
				return err
			}
			fn, _ := goja.AssertFunction(rethrow)
			_, err = fn(goja.Undefined(), v)
			return err
		})
	}
}
