package nodemodules

import "strings"

// coreModules are the names Node 20's require('module').builtinModules
// lists. Node never looks in node_modules for these: a hook or package
// that requires one gets Node's own module or, in hookemu, an error that
// names it when hookemu does not emulate it. IsCore scans the text rather
// than a map built at start-up, which every process paid for.
const coreModules = `_http_agent _http_client _http_common _http_incoming
		_http_outgoing _http_server _stream_duplex _stream_passthrough _stream_readable
		_stream_transform _stream_wrap _stream_writable _tls_common _tls_wrap assert
		assert/strict async_hooks buffer child_process cluster console constants crypto
		dgram diagnostics_channel dns dns/promises domain events fs fs/promises http
		http2 https inspector inspector/promises module net os path path/posix
		path/win32 perf_hooks process punycode querystring readline readline/promises
		repl stream stream/consumers stream/promises stream/web string_decoder sys
		timers timers/promises tls trace_events tty url util util/types v8 vm wasi
		worker_threads zlib`

// IsCore reports whether name (without "node:") is one of Node's core
// modules, which always win over an installed package of the same name.
func IsCore(name string) bool {
	for core := range strings.FieldsSeq(coreModules) {
		if core == name {
			return true
		}
	}
	return false
}
