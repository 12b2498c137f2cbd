package httpkit

import (
	"net/http"
	"strings"

	"github.com/dop251/goja"
)

// firstValueOnly names the response headers whose repeats Node's
// http.IncomingMessage drops, keeping the first line's value (its
// matchKnownFields in lib/_http_incoming.js): a second Content-Type does
// not make "text/plain, application/json".
var firstValueOnly = map[string]bool{
	"age": true, "authorization": true, "content-length": true, "content-type": true,
	"etag": true, "expires": true, "from": true, "host": true, "if-modified-since": true,
	"if-unmodified-since": true, "last-modified": true, "location": true, "max-forwards": true,
	"proxy-authorization": true, "referer": true, "retry-after": true, "server": true,
	"user-agent": true,
}

// NodeHeader is one property of the headers object Node gives a
// response: a lower-case name and its merged value, or for set-cookie
// every value in order.
type NodeHeader struct {
	Name    string
	Value   string
	Cookies []string
}

// nodeHeaders merges header lines as Node's IncomingMessage does:
// set-cookie collects an array, the first-value-only names keep their
// first value, cookie joins with "; " and every other name with ", ".
// Names keep the order of their first line.
type nodeHeaders []NodeHeader

func (hs *nodeHeaders) add(name, value string) {
	lower := strings.ToLower(name)
	for i := range *hs {
		h := &(*hs)[i]
		if h.Name != lower {
			continue
		}
		switch {
		case lower == "set-cookie":
			h.Cookies = append(h.Cookies, value)
		case firstValueOnly[lower]:
		case lower == "cookie":
			h.Value += "; " + value
		default:
			h.Value += ", " + value
		}
		return
	}
	h := NodeHeader{Name: lower, Value: value}
	if lower == "set-cookie" {
		h = NodeHeader{Name: lower, Cookies: []string{value}}
	}
	*hs = append(*hs, h)
}

// NodeHeadersOf is header as Node's response.headers holds it, names in
// SortedHeaderNames' order (Go's header map keeps none).
func NodeHeadersOf(header http.Header) []NodeHeader {
	hs := make(nodeHeaders, 0, len(header))
	for _, name := range SortedHeaderNames(header) {
		for _, v := range header[name] {
			hs.add(name, v)
		}
	}
	return hs
}

// HeadersToJS is the headers object Node's IncomingMessage gives for
// header (see NodeHeadersOf).
func HeadersToJS(rt *goja.Runtime, header http.Header) *goja.Object {
	return nodeHeadersToJS(rt, NodeHeadersOf(header))
}

// RawHeadersToJS is the headers object Node's IncomingMessage gives for
// raw header lines (name, value, name, value, ...), as its rawHeaders
// holds them.
func RawHeadersToJS(rt *goja.Runtime, raw []string) *goja.Object {
	hs := make(nodeHeaders, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		hs.add(raw[i], raw[i+1])
	}
	return nodeHeadersToJS(rt, hs)
}

func nodeHeadersToJS(rt *goja.Runtime, hs []NodeHeader) *goja.Object {
	obj := rt.NewObject()
	for _, h := range hs {
		if h.Name == "__proto__" {
			// Node assigns it, which sets nothing: a string is no prototype.
			continue
		}
		if h.Cookies != nil {
			values := make([]any, len(h.Cookies))
			for i, c := range h.Cookies {
				values[i] = c
			}
			_ = obj.Set(h.Name, rt.NewArray(values...))
			continue
		}
		_ = obj.Set(h.Name, h.Value)
	}
	return obj
}
