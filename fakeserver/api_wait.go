package fakeserver

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// waitTimedOut is the 408 answer: what had arrived, and why it was not
// enough.
type waitTimedOut struct {
	Error string `json:"error"`
	messageList
}

// wait answers GET wait?count=N&timeout=D plus the filters of list: it
// holds the request until the filters pick N messages, then answers like
// list (at least N messages shown), or 408 when the timeout passes first.
func (s *Server) wait(w http.ResponseWriter, r *http.Request) {
	f, count, limit, timeout, err := s.parseWait(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	s.waits.Add(1)
	err = s.Wait(ctx, f, count)
	s.waits.Add(-1)
	list := newMessageList(s.Messages(f, limit))
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, list)
	case r.Context().Err() != nil:
		// The client left, or the server is shutting down; only the
		// second has anyone to tell.
		writeError(w, http.StatusServiceUnavailable, "the server is shutting down; the wait ended early")
	case errors.Is(err, context.DeadlineExceeded):
		writeJSON(w, http.StatusRequestTimeout, waitTimedOut{
			Error: fmt.Sprintf("timed out after %s waiting for %d messages, %d arrived; "+
				"check the filters and what was received (GET %smessages), or wait longer with timeout=", timeout, count, list.Total, apiV1),
			messageList: list,
		})
	default:
		writeError(w, http.StatusBadRequest, err.Error())
	}
}

func (s *Server) parseWait(r *http.Request) (f Filter, count, limit int, timeout time.Duration, err error) {
	if f, err = s.parseFilter(r.URL.Query()); err != nil {
		return
	}
	if count, err = positiveInt(r, "count", 1); err != nil {
		return
	}
	if limit, err = positiveInt(r, "limit", max(count, defaultLimit)); err != nil {
		return
	}
	timeout, err = waitTimeout(r)
	return
}
