package zlib

import (
	"errors"
	"io"
	"sync"
)

// inflater decodes a decompressing stream as its input arrives, the way
// zlib does, although Go's decoders pull their input: the decoder runs on
// a goroutine of its own reading from the inflater, and feed hands it a
// chunk and waits until the decoder has used all of it and asks for more
// (or has ended). Each feed returns the output produced since the last.
//
// The goroutine ends with the stream (its last feed, or abort on destroy
// and at the end of the run); nothing it does touches the JS runtime.
type inflater struct {
	mu      sync.Mutex
	cond    *sync.Cond
	in      []byte
	closed  bool // no more input will come
	aborted bool
	waiting bool // the decoder waits for input
	done    bool // the decoder has returned
	err     error
	out     boundedBuffer
}

// errAborted ends a decoder whose stream was destroyed.
var errAborted = errors.New("zlib stream destroyed")

// startInflater starts decoding the format mode says; limit bounds the
// output that may wait between two feeds.
func startInflater(mode int, limit int64) *inflater {
	f := &inflater{out: boundedBuffer{limit: limit}}
	f.cond = sync.NewCond(&f.mu)
	go func() {
		err := decodeStream(mode, inflaterInput{f}, inflaterOutput{f})
		f.mu.Lock()
		f.done, f.err = true, err
		f.cond.Broadcast()
		f.mu.Unlock()
	}()
	return f
}

// feed gives the decoder chunk (end: the last one) and returns the output
// it produced until it needed more input, and the error it ended with.
func (f *inflater) feed(chunk []byte, end bool) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.in = append(f.in, chunk...)
	f.closed = f.closed || end
	f.cond.Broadcast()
	for !f.done && !(f.waiting && len(f.in) == 0 && !f.closed) {
		f.cond.Wait()
	}
	out := f.out.data
	f.out.data = nil
	if f.done {
		err := f.err
		f.err = nil
		return out, err
	}
	return out, nil
}

// abort ends the decoder, whatever it waits for. Safe from any goroutine.
func (f *inflater) abort() {
	f.mu.Lock()
	f.aborted = true
	f.cond.Broadcast()
	f.mu.Unlock()
}

type inflaterInput struct{ f *inflater }

func (r inflaterInput) Read(p []byte) (int, error) {
	f := r.f
	f.mu.Lock()
	defer f.mu.Unlock()
	for len(f.in) == 0 && !f.closed && !f.aborted {
		f.waiting = true
		f.cond.Broadcast()
		f.cond.Wait()
	}
	f.waiting = false
	switch {
	case f.aborted:
		return 0, errAborted
	case len(f.in) == 0:
		return 0, io.EOF
	}
	n := copy(p, f.in)
	f.in = f.in[n:]
	return n, nil
}

type inflaterOutput struct{ f *inflater }

func (w inflaterOutput) Write(p []byte) (int, error) {
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	if w.f.aborted {
		return 0, errAborted
	}
	return w.f.out.Write(p)
}
