package fakeserver

import (
	"fmt"
	"net/http"
)

// messageList is the answer of list and wait: the messages picked, newest
// first, and how many were picked before the limit.
type messageList struct {
	Total    int       `json:"total"`
	Count    int       `json:"count"`
	Messages []Message `json:"messages"`
}

func newMessageList(messages []Message, total int) messageList {
	return messageList{Total: total, Count: len(messages), Messages: messages}
}

// listMessages answers GET messages?provider=&destination=&accepted=&limit=.
func (s *Server) listMessages(w http.ResponseWriter, r *http.Request) {
	f, err := s.parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit, err := positiveInt(r, "limit", defaultLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, newMessageList(s.Messages(f, limit)))
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
		"it may also have been cleared by DELETE or dropped as the journal keeps the newest %d per provider",
		id, apiV1, s.cfg.MaxMessages))
}

// deleteMessages answers DELETE messages: every provider forgets what it
// received (faults stay).
func (s *Server) deleteMessages(w http.ResponseWriter, _ *http.Request) {
	s.Reset()
	w.WriteHeader(http.StatusNoContent)
}
