package fidelity

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// testEndpoints serve https://fidelity.test, for behaviours no provider
// fake shows on demand:
//
//	/echo            200, JSON {method, url, contentType, body} of the request
//	/status/{code}   that status, JSON {"error": "status {code}", "code": code};
//	                 ?text=1 answers text/plain instead
//	/slow?ms=N       waits N ms (or until the client gives up), then 200 JSON
//	/json            200 application/json
//	/text            200 text/plain
//	/jsontext        200 text/plain whose body is JSON
//	/badjson         200 application/json whose body does not parse
//	/headers         200 with custom and repeated headers (Set-Cookie)
//	/repeated        200 JSON with two lines each of Content-Type (text/plain
//	                 first), Location, Cookie and X-Repeated
//	/redirect?to=P&status=S  a redirect (302 unless S) to P
//	/empty           204, no body
//	/compressed?encoding=E&cut=N  200 JSON compressed with E (gzip,
//	                 deflate, deflate-raw, br) and that Content-Encoding
//	                 (deflate-raw says deflate), its last N bytes cut off
var testEndpoints = func() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		writeJSON(w, http.StatusOK, map[string]any{
			"method": r.Method, "url": r.RequestURI, "contentType": r.Header.Get("Content-Type"), "body": string(body),
		})
	})
	mux.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(r.PathValue("code"))
		if err != nil || code < 200 || code > 599 {
			code = http.StatusBadRequest
		}
		if r.URL.Query().Get("text") != "" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(code)
			_, _ = io.WriteString(w, "status "+strconv.Itoa(code))
			return
		}
		writeJSON(w, code, map[string]any{"error": "status " + strconv.Itoa(code), "code": code})
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
			writeJSON(w, http.StatusOK, map[string]any{"slow": true, "ms": ms})
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "n": 1, "list": []any{1, "two", nil}, "nested": map[string]any{"a": "b"}})
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "plain text, not JSON")
	})
	mux.HandleFunc("/jsontext", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, `{"looks":"like json"}`)
	})
	mux.HandleFunc("/badjson", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"broken": tru`)
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Custom-Header", "Custom Value")
		w.Header().Add("Set-Cookie", "a=1; Path=/")
		w.Header().Add("Set-Cookie", "b=2; Path=/")
		w.Header().Add("X-Repeated", "one")
		w.Header().Add("X-Repeated", "two")
		writeJSON(w, http.StatusOK, map[string]any{})
	})
	mux.HandleFunc("/repeated", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h["Content-Type"] = []string{"text/plain", "application/json"}
		h["Location"] = []string{"/first", "/second"}
		h["Cookie"] = []string{"a=1", "b=2"}
		h["X-Repeated"] = []string{"one", "two"}
		_, _ = io.WriteString(w, `{"ok":true}`)
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		status, _ := strconv.Atoi(r.URL.Query().Get("status"))
		if status == 0 {
			status = http.StatusFound
		}
		to := r.URL.Query().Get("to")
		if to == "" {
			to = "/json"
		}
		w.Header().Set("Location", to)
		w.WriteHeader(status)
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/compressed", serveCompressed)
	return mux
}()

// compressedBody is what /compressed answers, before compression: long
// enough to span several deflate symbols, with a character of 3 UTF-8
// bytes.
var compressedBody = strings.Repeat(`{"ok":true,"price":"5 €","text":"a compressed answer"}`, 20)

func serveCompressed(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	var zw io.WriteCloser
	encoding := r.URL.Query().Get("encoding")
	switch encoding {
	case "gzip":
		zw = gzip.NewWriter(&buf)
	case "deflate":
		zw = zlib.NewWriter(&buf)
	case "deflate-raw":
		zw, _ = flate.NewWriter(&buf, flate.DefaultCompression)
		encoding = "deflate"
	case "br":
		zw = brotli.NewWriter(&buf)
	default:
		http.Error(w, "encoding must be gzip, deflate, deflate-raw or br", http.StatusBadRequest)
		return
	}
	_, _ = io.WriteString(zw, compressedBody)
	_ = zw.Close()
	body := buf.Bytes()
	if cut, _ := strconv.Atoi(r.URL.Query().Get("cut")); cut > 0 && cut < len(body) {
		body = body[:len(body)-cut]
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Encoding", encoding)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
