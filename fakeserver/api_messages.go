package fakeserver

import (
	"fmt"
	"net/http"
	"runtime/debug"
	"strconv"
)

// messageList is the answer of list and wait: the messages picked, newest
// first, how many the filters pick in all, and the cursors to page on.
type messageList struct {
	Total    int       `json:"total"`
	Count    int       `json:"count"`
	Messages []Message `json:"messages"`
	// Before is the cursor of the next page of older messages; absent
	// when there is none.
	Before int64 `json:"before,omitempty"`
	// After is the cursor of what arrives next.
	After int64 `json:"after"`
}

func newMessageList(p Page) messageList {
	return messageList{Total: p.Total, Count: len(p.Messages), Messages: p.Messages, Before: p.Before, After: p.After}
}

// Page bounds of the REST API: a page is at most maxLimit messages and
// about maxPageBytes of them, so one GET never copies the whole journal.
const (
	maxLimit     = 1000
	maxPageBytes = 4 << 20
)

// listMessages answers GET messages?provider=&destination=&accepted=&limit=&before=&after=.
func (s *Server) listMessages(w http.ResponseWriter, r *http.Request) {
	q, err := s.parseQuery(r, defaultLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, newMessageList(s.Page(q)))
}

// parseQuery reads the filters, limit (def when absent, at most maxLimit
// or def) and cursors of list and wait.
func (s *Server) parseQuery(r *http.Request, def int) (Query, error) {
	f, err := s.parseFilter(r.URL.Query())
	if err != nil {
		return Query{}, err
	}
	limit, err := positiveInt(r, "limit", def)
	if err != nil {
		return Query{}, err
	}
	q := Query{Filter: f, Limit: min(limit, max(maxLimit, def)), MaxBytes: maxPageBytes}
	if q.After, err = cursor(r, "after"); err != nil {
		return q, err
	}
	q.Before, err = cursor(r, "before")
	return q, err
}

// cursor reads ?after= or ?before=: a message's seq, or the cursor an
// answer gave; 0 when absent.
func cursor(r *http.Request, name string) (int64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q is not a cursor: give the seq of a message, or the %q of an earlier answer", name, v, name)
	}
	return n, nil
}

// getMessage answers GET messages/{id}, where id may be "latest" (which
// honours the filters of list).
func (s *Server) getMessage(w http.ResponseWriter, r *http.Request) {
	f, err := s.parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	id := r.PathValue("id")
	m, ok := s.Message(id, f)
	if ok {
		writeJSON(w, http.StatusOK, m)
		return
	}
	if id == Latest {
		writeError(w, http.StatusNotFound, "no message received yet (that the filters pick); "+
			"to wait for one instead of failing, use GET "+apiV1+"wait?count=1")
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("no message %q: IDs look like 8x8-12 or twilio-3 (see GET %smessages); "+
		"it may also have been cleared by DELETE or dropped as the journal keeps the newest %d per provider (and %d MiB)",
		id, apiV1, s.cfg.MaxMessages, s.cfg.MaxBytes>>20))
}

// releaseAfterDelete is how many bytes a DELETE must free before the
// server hands the memory back to the system at once, instead of when the
// runtime next gets round to it.
const releaseAfterDelete = 4 << 20

// deleteMessages answers DELETE messages: every provider forgets what it
// received (faults stay).
func (s *Server) deleteMessages(w http.ResponseWriter, _ *http.Request) {
	var held int64
	for _, p := range s.providers {
		held += p.journal.Bytes()
	}
	s.Reset()
	if held >= releaseAfterDelete {
		debug.FreeOSMemory()
	}
	w.WriteHeader(http.StatusNoContent)
}
