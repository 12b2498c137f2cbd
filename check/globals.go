package check

import "strings"

// esGlobals are the ECMAScript built-ins (Intl included: Node has it).
var esGlobals = set(`globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt
	decodeURI decodeURIComponent encodeURI encodeURIComponent escape unescape
	Object Function Boolean Symbol Error AggregateError EvalError RangeError ReferenceError
	SyntaxError TypeError URIError Number BigInt Math Date String RegExp Array
	Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array
	Float32Array Float64Array BigInt64Array BigUint64Array Map Set WeakMap WeakSet WeakRef
	FinalizationRegistry ArrayBuffer SharedArrayBuffer DataView Atomics JSON Promise Reflect
	Proxy Intl WebAssembly arguments`)

// nodeGlobals are the globals of Node 12, where hooks ran, that the
// emulator provides too. require, module, exports, __filename and
// __dirname are the wrapper's parameters and need no entry.
var nodeGlobals = set(`global process Buffer console URL URLSearchParams TextEncoder TextDecoder
	setTimeout clearTimeout setInterval clearInterval setImmediate clearImmediate queueMicrotask`)

// node18Globals are what Actions (Node 18) have on top.
var node18Globals = set(`fetch Headers Request Response FormData Blob AbortController AbortSignal
	structuredClone crypto atob btoa performance EventTarget Event MessageChannel BroadcastChannel`)

func set(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// contextFields are the payload fields a hook reads off context; used
// bare (the bug in one of Auth0's own samples) they are undefined.
var contextFields = set(`message_type action factor_type language code ip user_agent
	client_id client client_metadata user request`)
