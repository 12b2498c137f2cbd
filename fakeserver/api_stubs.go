package fakeserver

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/stubs"
)

// The stubs endpoints: what hosts no fake knows answer (see package
// stubs for the formats).
//
//	GET    /_hookemu/api/v1/stubs         every stub, in the order added
//	POST   /_hookemu/api/v1/stubs[?host=] add stubs: a WireMock mapping, an
//	                                      array, {"mappings": [...]}, or YAML
//	GET    /_hookemu/api/v1/stubs/{id}    one stub
//	DELETE /_hookemu/api/v1/stubs/{id}    remove one stub
//	DELETE /_hookemu/api/v1/stubs         remove them all
//	GET    /_hookemu/api/v1/stubs/requests what the stubbed hosts received,
//	                                      newest first, masked as messages are
//	DELETE /_hookemu/api/v1/stubs/requests forget them
func (s *Server) routeStubs(mux *http.ServeMux) {
	mux.HandleFunc("GET "+apiV1+"stubs/requests", s.listStubRequests)
	mux.HandleFunc("DELETE "+apiV1+"stubs/requests", s.deleteStubRequests)
	mux.HandleFunc("GET "+apiV1+"stubs", s.listStubs)
	mux.HandleFunc("POST "+apiV1+"stubs", s.addStubs)
	mux.HandleFunc("DELETE "+apiV1+"stubs", s.deleteStubs)
	mux.HandleFunc("GET "+apiV1+"stubs/{id}", s.getStub)
	mux.HandleFunc("DELETE "+apiV1+"stubs/{id}", s.deleteStub)
}

type stubList struct {
	Stubs []stubs.Stub `json:"stubs"`
}

func (s *Server) listStubs(w http.ResponseWriter, _ *http.Request) {
	list := s.stubs.List()
	if list == nil {
		list = []stubs.Stub{}
	}
	s.writeMasked(w, http.StatusOK, stubList{Stubs: list})
}

func (s *Server) addStubs(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, stubs.MaxFileBytes))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the stubs are over %d bytes; send them in parts", stubs.MaxFileBytes))
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "cannot read the body: "+err.Error())
		return
	}
	parsed, err := stubs.Parse(body, stubs.Options{Source: "the request body", Host: r.URL.Query().Get("host")})
	if err == nil && len(parsed) == 0 {
		err = errors.New(`the body holds no stub; send one, such as {"request": {"host": {"equalTo": "hooks.slack.com"}, "method": "POST"}, "response": {"body": "ok"}}`)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, s.mask.secrets.String(err.Error()))
		return
	}
	added, err := s.stubs.Add(parsed...)
	if err != nil {
		writeError(w, http.StatusConflict, err.Error())
		return
	}
	s.writeMasked(w, http.StatusCreated, stubList{Stubs: added})
}

func (s *Server) getStub(w http.ResponseWriter, r *http.Request) {
	for _, st := range s.stubs.List() {
		if st.ID == r.PathValue("id") {
			s.writeMasked(w, http.StatusOK, st)
			return
		}
	}
	s.noStub(w, r)
}

func (s *Server) deleteStub(w http.ResponseWriter, r *http.Request) {
	if !s.stubs.Delete(r.PathValue("id")) {
		s.noStub(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) deleteStubs(w http.ResponseWriter, _ *http.Request) {
	s.stubs.Reset()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) noStub(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no stub has id %q; GET %sstubs lists them", r.PathValue("id"), apiV1))
}

// writeMasked is writeJSON with the configured secrets masked: a stub
// may name a secret (a header it expects, a body it answers).
func (s *Server) writeMasked(w http.ResponseWriter, status int, v any) {
	body, err := fakekit.EncodeAnswer(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "cannot encode the answer: "+err.Error())
		return
	}
	fakekit.WriteAnswer(w, status, []byte(s.mask.secrets.String(string(body))))
}

// stubRequest is one request a stubbed host received, as the API shows a
// message, with the host it named and the stub that answered ("" for a
// near miss).
type stubRequest struct {
	Host string `json:"host"`
	Stub string `json:"stub,omitempty"`
	Message
}

// maxStubRequests bounds the stubbed requests serve keeps.
const maxStubRequests = 1000

// serveStub answers r from the stubs and records the exchange.
func (s *Server) serveStub(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, stubs.MaxFileBytes))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is over %d bytes, more than a stubbed host takes here", stubs.MaxFileBytes))
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	rec := &answerRecorder{ResponseWriter: w, status: http.StatusOK}
	s.stubs.ServeHTTP(rec, r)
	s.stubJournal.Add(fakekit.Entry{
		Time: time.Now(), Provider: "stub", Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery,
		Header: r.Header.Clone(), Body: body, Status: rec.status, Response: rec.body.Bytes(),
		Accepted: rec.status < http.StatusBadRequest, Destination: r.Host, MessageID: w.Header().Get("Matched-Stub-Id"),
	})
}

func (s *Server) listStubRequests(w http.ResponseWriter, _ *http.Request) {
	list := []stubRequest{}
	s.stubJournal.Scan(0, 0, true, func(e *fakekit.Entry) bool {
		msg := s.mask.message(*e)
		host, stub := msg.Destination, msg.MessageID
		msg.Destination, msg.MessageID = "", ""
		list = append(list, stubRequest{Host: host, Stub: stub, Message: msg})
		return true
	})
	writeJSON(w, http.StatusOK, map[string]any{"count": len(list), "requests": list})
}

func (s *Server) deleteStubRequests(w http.ResponseWriter, _ *http.Request) {
	s.stubJournal.Reset()
	w.WriteHeader(http.StatusNoContent)
}

// answerRecorder keeps the status and (a bounded part of) the body a
// handler writes, as it writes them through.
type answerRecorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

// maxRecordedAnswer bounds what serve keeps of a stub's answer.
const maxRecordedAnswer = 256 << 10

func (a *answerRecorder) WriteHeader(status int) {
	a.status = status
	a.ResponseWriter.WriteHeader(status)
}

func (a *answerRecorder) Write(p []byte) (int, error) {
	if room := maxRecordedAnswer - a.body.Len(); room > 0 {
		a.body.Write(p[:min(len(p), room)])
	}
	return a.ResponseWriter.Write(p)
}
