package fakekit

import (
	"io"
	"net/http"
)

// ReadBody reads a request's body, at most limit bytes: a body that
// declares or turns out to be longer is refused without being held in
// memory (tooLarge), which is how every fake answers 413 (or its
// provider's own refusal) instead of growing with hostile input. err is
// a failure to read what came.
func ReadBody(r *http.Request, limit int64) (body []byte, tooLarge bool, err error) {
	if r.Body == nil {
		return nil, false, nil
	}
	if r.ContentLength > limit {
		return nil, true, nil
	}
	body, err = io.ReadAll(io.LimitReader(r.Body, limit+1))
	if int64(len(body)) > limit {
		return nil, true, nil
	}
	return body, false, err
}
