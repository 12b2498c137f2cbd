package fakekit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// answer is what came of one exchange: the upstream's (or the fake's)
// response, or err when there was none.
type answer struct {
	status     int
	statusLine string // as the upstream sent it ("200 OK"); empty for the fake's answers
	header     http.Header
	body       []byte
	err        error
}

// write sends the answer to a client over HTTP, as the upstream gave it
// but for the headers that belonged to the upstream connection.
func (a answer) write(w http.ResponseWriter) {
	h := w.Header()
	for name, values := range withoutHopByHop(a.header) {
		h[name] = values
	}
	w.WriteHeader(a.status)
	_, _ = w.Write(a.body) // the client is gone if this fails; the journal has the answer
}

// response is the answer as an *http.Response to req, with the body
// already read, so closing it is optional and reading it cannot fail.
func (a answer) response(req *http.Request) *http.Response {
	line := a.statusLine
	if line == "" {
		line = fmt.Sprintf("%d %s", a.status, http.StatusText(a.status))
	}
	header := a.header
	if header == nil {
		header = http.Header{}
	}
	return &http.Response{
		Status:        line,
		StatusCode:    a.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          io.NopCloser(bytes.NewReader(a.body)),
		ContentLength: int64(len(a.body)),
		Request:       req,
	}
}

// writeProxyError answers a failure of the proxy itself, which no
// provider would send, with a body that says so.
func writeProxyError(w http.ResponseWriter, status int, message string) {
	body, _ := json.Marshal(map[string]string{"error": "hookemu proxy: " + message}) // a map of strings always marshals
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
