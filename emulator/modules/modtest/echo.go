package modtest

import (
	"io"
	"net/http"
	"strconv"
	"time"
)

// EchoServer answers every request from its query string, as the Node
// reference runs of the shims did, and records what it received:
// status, body, ct (Content-Type), loc (Location), enc
// (Content-Encoding) and delay (milliseconds) default to 200,
// {"ok":true}, application/json, none, none and 0; challenge answers 401
// with a Basic challenge until the request carries credentials. Cookies,
// when set, are sent as Set-Cookie on every answer.
type EchoServer struct {
	Cookies []string
	Recorder
}

func (s *EchoServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Record(r)
	q := r.URL.Query()
	if delay, _ := strconv.Atoi(q.Get("delay")); delay > 0 {
		select {
		case <-time.After(time.Duration(delay) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
	}
	if q.Has("challenge") && r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	s.writeAnswer(w, q)
}

func (s *EchoServer) writeAnswer(w http.ResponseWriter, q map[string][]string) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	if loc := get("loc"); loc != "" {
		w.Header().Set("Location", loc)
	}
	if enc := get("enc"); enc != "" {
		w.Header().Set("Content-Encoding", enc)
	}
	ct := get("ct")
	if ct == "" {
		ct = "application/json"
	}
	w.Header().Set("Content-Type", ct)
	if len(s.Cookies) > 0 {
		w.Header()["Set-Cookie"] = append([]string(nil), s.Cookies...)
	}
	status, _ := strconv.Atoi(get("status"))
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	if _, ok := q["body"]; ok {
		_, _ = io.WriteString(w, get("body"))
		return
	}
	_, _ = io.WriteString(w, `{"ok":true}`)
}
