package fakeserver

import (
	"fmt"
	"net/http"
	"time"
)

// DefaultHeartbeat is how often the event stream sends a comment line
// when nothing happens, so proxies and browsers keep the connection.
const DefaultHeartbeat = 15 * time.Second

// eventWriteTimeout bounds one write to a stream client: a client that
// stops reading is dropped instead of holding a goroutine for ever.
const eventWriteTimeout = 10 * time.Second

// streamEvents answers GET events with Server-Sent Events until the
// client goes, falls behind by more than eventBuffer events, or the
// server shuts down.
func (s *Server) streamEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	sub := s.events.subscribe(eventBuffer)
	defer s.events.unsubscribe(sub)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if !s.writeEvent(w, rc, "retry: 2000\n: connected\n\n") {
		return
	}
	heartbeat := time.NewTicker(s.heartbeat)
	defer heartbeat.Stop()
	for {
		var chunk string
		select {
		case <-r.Context().Done():
			return
		case <-heartbeat.C:
			chunk = ": heartbeat\n\n"
		case ev, ok := <-sub.events:
			if !ok {
				return // dropped for falling behind; EventSource reconnects
			}
			chunk = fmt.Sprintf("event: %s\ndata: %s\n\n", ev.Name, ev.Data)
		}
		if !s.writeEvent(w, rc, chunk) {
			return
		}
	}
}

// writeEvent writes and flushes one chunk within eventWriteTimeout.
func (s *Server) writeEvent(w http.ResponseWriter, rc *http.ResponseController, chunk string) bool {
	_ = rc.SetWriteDeadline(time.Now().Add(eventWriteTimeout)) // not a network connection in some tests
	if _, err := fmt.Fprint(w, chunk); err != nil {
		return false
	}
	return rc.Flush() == nil
}
