package fakeserver

import (
	"errors"
	"io"
	"net/http"
	"time"
)

// limitBodyTime gives r's body Connections.ReadTimeout to arrive, then
// lifts the deadline once the body is read. http.Server's own ReadTimeout
// cannot do this: it stays armed while the handler runs and would cancel
// a long poll or a fault's delay that outlasts it.
func (s *Server) limitBodyTime(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil || r.Body == http.NoBody {
		return
	}
	rc := http.NewResponseController(w)
	if err := rc.SetReadDeadline(time.Now().Add(s.cfg.Connections.ReadTimeout)); err != nil {
		return // not a network connection (a test's recorder): nothing to pin
	}
	r.Body = &deadlineBody{ReadCloser: r.Body, lift: func() { _ = rc.SetReadDeadline(time.Time{}) }}
}

// deadlineBody lifts the read deadline when the body ends, however it ends.
type deadlineBody struct {
	io.ReadCloser
	lift   func()
	lifted bool
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && !b.lifted && !isTimeout(err) {
		b.lifted = true
		b.lift()
	}
	return n, err
}

// isTimeout says the deadline itself ended the read: then it must stay,
// so the server drops the connection instead of waiting for more.
func isTimeout(err error) bool {
	var ne interface{ Timeout() bool }
	return errors.As(err, &ne) && ne.Timeout()
}
