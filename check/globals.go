package check

import (
	"strings"
	"sync"
)

// esGlobals are the ECMAScript built-ins goja has; those it lacks (Intl,
// WeakRef, ...) come with Node's from the emulator, per runtime.
var esGlobals = lazySet(`globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt
	decodeURI decodeURIComponent encodeURI encodeURIComponent escape unescape
	Object Function Boolean Symbol Error AggregateError EvalError RangeError ReferenceError
	SyntaxError TypeError URIError Number BigInt Math Date String RegExp Array
	Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array
	Float32Array Float64Array BigInt64Array BigUint64Array Map Set WeakMap WeakSet
	ArrayBuffer DataView JSON Promise Reflect Proxy arguments`)

// The globals Node defines come from the emulator (emulator.Globals), per
// runtime, so that check takes as declared exactly what a run defines.

func set(words string) map[string]bool { return setOf(strings.Fields(words)) }

// lazySet is set built on first use: package-level sets built at start-up
// cost every hookemu process, whether or not it checks anything.
func lazySet(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return set(words) })
}

func setOf(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		out[w] = true
	}
	return out
}

// contextFields are the payload fields a hook reads off context; used
// bare (the bug in one of Auth0's own samples) they are undefined.
var contextFields = lazySet(`message_type action factor_type language code ip user_agent
	client_id client client_metadata user request`)
