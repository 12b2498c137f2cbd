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

// wait answers GET wait?count=N&timeout=D&after=C plus the filters of
// list: it holds the request until the filters pick N messages (after the
// cursor C, when given), then answers like list, or 408 when the timeout
// passes first. Beyond Config.MaxWaiters long polls at once it answers
// 429 at once.
func (s *Server) wait(w http.ResponseWriter, r *http.Request) {
	q, count, timeout, err := s.parseWait(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if s.polls.Add(1) > int64(s.cfg.MaxWaiters) {
		s.polls.Add(-1)
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("%d long polls are waiting already, the most this server "+
			"holds at once (--max-waiters); retry in a moment, or wait in fewer requests (count=N waits for N messages)",
			s.cfg.MaxWaiters))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	err = s.WaitAfter(ctx, q.Filter, q.After, count)
	s.polls.Add(-1)
	list := newMessageList(s.Page(q))
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

func (s *Server) parseWait(r *http.Request) (q Query, count int, timeout time.Duration, err error) {
	if count, err = positiveInt(r, "count", 1); err != nil {
		return
	}
	if q, err = s.parseQuery(r, max(count, defaultLimit)); err != nil {
		return
	}
	if q.Before != 0 {
		err = fmt.Errorf("wait takes after=, not before=: it waits for what arrives next")
		return
	}
	timeout, err = waitTimeout(r)
	return
}
