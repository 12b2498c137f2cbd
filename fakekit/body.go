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
	body, err = ReadSized(io.LimitReader(r.Body, limit+1), r.ContentLength)
	if int64(len(body)) > limit {
		return nil, true, nil
	}
	return body, false, err
}

// maxSizeHint bounds the buffer ReadSized allocates on a declared size's
// word alone: a larger body still reads whole, growing as it comes.
const maxSizeHint = 1 << 20

// ReadSized is io.ReadAll for a body whose size is declared (a request's
// ContentLength): it allocates that size once where io.ReadAll starts at
// 512 bytes and grows, which for the small bodies of a send costs several
// times the body. A size of 0 or less (unknown) or a wrong one still
// reads everything there is.
func ReadSized(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(r)
	}
	// One byte over the size lets the end be seen without growing.
	b := make([]byte, 0, min(size, maxSizeHint)+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}
