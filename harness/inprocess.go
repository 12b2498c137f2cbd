package harness

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
)

// serveInProcess runs the handler on this goroutine and hands back its
// answer and the answer's body, which the recorder keeps without reading
// the response again. A fake that delays watches the request's context,
// so a timeout still ends it.
func serveInProcess(req *http.Request, h http.Handler) (*http.Response, []byte, error) {
	if err := req.Context().Err(); err != nil {
		return nil, nil, err
	}
	if req.RemoteAddr == "" {
		req.RemoteAddr = "127.0.0.1:40000"
	}
	if req.RequestURI == "" {
		req.RequestURI = req.URL.RequestURI()
	}
	w := &inProcessWriter{}
	h.ServeHTTP(w, req)
	if err := req.Context().Err(); err != nil {
		return nil, nil, context.Cause(req.Context())
	}
	body := w.body.Bytes()
	if body == nil {
		body = []byte{} // read already, though empty
	}
	return w.response(req), body, nil
}

// inProcessWriter is the http.ResponseWriter of an in-process handler:
// what httptest.ResponseRecorder records, without the copies it makes
// for tests to inspect (a header snapshot at WriteHeader, the body read
// again through Result). As a server does, it answers 200 when the
// handler writes without WriteHeader, sniffs a missing Content-Type from
// the first bytes, and ignores header changes made after the header was
// written: the map in force then is handed over to the response, and a
// later Header() call gets a copy that goes nowhere.
type inProcessWriter struct {
	header http.Header
	sent   http.Header // the header as written; nil until then
	status int
	body   bytes.Buffer
}

func (w *inProcessWriter) Header() http.Header {
	if w.header == nil {
		w.header = http.Header{}
		if w.sent != nil {
			w.header = w.sent.Clone()
		}
	}
	return w.header
}

func (w *inProcessWriter) WriteHeader(code int) {
	if w.sent != nil {
		return
	}
	if code < 100 || code > 999 {
		panic("invalid WriteHeader code " + strconv.Itoa(code)) // as net/http does
	}
	w.status = code
	w.sent = w.Header()
	w.header = nil
}

func (w *inProcessWriter) Write(b []byte) (int, error) {
	if w.sent == nil {
		h := w.Header()
		if _, ok := h["Content-Type"]; !ok && h.Get("Transfer-Encoding") == "" {
			h.Set("Content-Type", http.DetectContentType(b))
		}
		w.WriteHeader(http.StatusOK)
	}
	w.body.Write(b)
	if !bodyAllowed(w.status) {
		return 0, http.ErrBodyNotAllowed
	}
	return len(b), nil
}

// bodyAllowed reports whether a status permits a body (RFC 9110 6.4.1).
func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199 || status == http.StatusNoContent || status == http.StatusNotModified)
}

// response is the answer as a client receives it from a server on
// HTTP/1.1: the status line, the header as written, the body, and the
// length the header declares (-1 when it declares none).
func (w *inProcessWriter) response(req *http.Request) *http.Response {
	if w.sent == nil {
		w.WriteHeader(http.StatusOK)
	}
	resp := &http.Response{
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		StatusCode: w.status, Status: strconv.Itoa(w.status) + " " + http.StatusText(w.status),
		Header: w.sent, Body: &bodyReader{Reader: *bytes.NewReader(w.body.Bytes())},
		ContentLength: -1, Request: req,
	}
	if n, err := strconv.ParseInt(w.sent.Get("Content-Length"), 10, 64); err == nil && n >= 0 {
		resp.ContentLength = n
	}
	return resp
}

// bodyReader is a response body held in memory: one allocation where
// io.NopCloser(bytes.NewReader(b)) makes two.
type bodyReader struct{ bytes.Reader }

func (*bodyReader) Close() error { return nil }
