package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"

	"github.com/andybalholm/brotli"
)

// Modes, numbered as zlib.constants numbers them (DEFLATE 1 ... BROTLI_ENCODE 9).
const (
	modeDeflate = iota + 1
	modeInflate
	modeGzip
	modeGunzip
	modeDeflateRaw
	modeInflateRaw
	modeUnzip
	modeBrotliDecode
	modeBrotliEncode
)

// Flush values shared by zlib (Z_*) and brotli (BROTLI_OPERATION_*).
const (
	zNoFlush   = 0
	zSyncFlush = 2
	zFinish    = 4

	brotliProcess = 0
	brotliFlush   = 1
)

// options are the settings of one engine, validated by the JS half.
type options struct {
	Level       int
	Strategy    int
	FinishFlush int
	Quality     int // brotli
	LGWin       int // brotli
}

// engine is one compression or decompression stream. Compressors write
// through Go's writers and hand back what they produced after each call;
// decompressors keep their input until the stream finishes (Go's readers
// pull, and stop for good at a premature end), then decode it in one go,
// bounded by limit bytes of output.
type engine struct {
	mode  int
	opts  options
	out   bytes.Buffer
	w     compressor
	input bytes.Buffer
	done  bool
}

type compressor interface {
	io.WriteCloser
	Flush() error
}

func newEngine(mode int, opts options) (*engine, error) {
	e := &engine{mode: mode, opts: opts}
	var err error
	switch mode {
	case modeDeflate:
		e.w, err = zlib.NewWriterLevel(&e.out, flateLevel(opts))
	case modeGzip:
		var gz *gzip.Writer
		gz, err = gzip.NewWriterLevel(&e.out, flateLevel(opts))
		if err == nil {
			gz.OS = 3 // Unix, as Node's zlib writes it
			e.w = gz
		}
	case modeDeflateRaw:
		e.w, err = flate.NewWriter(&e.out, flateLevel(opts))
	case modeBrotliEncode:
		e.w = brotli.NewWriterOptions(&e.out, brotli.WriterOptions{Quality: opts.Quality, LGWin: opts.LGWin})
	}
	return e, err
}

// flateLevel maps zlib's level and strategy onto Go's flate levels.
func flateLevel(o options) int {
	if o.Strategy == 2 { // Z_HUFFMAN_ONLY
		return flate.HuffmanOnly
	}
	return o.Level
}

func (e *engine) compressing() bool { return e.w != nil }

// write feeds chunk with flush (a Z_* or BROTLI_OPERATION_* value) and
// returns the output produced; end says the input is complete.
// Decompressors produce output only at the end (limit bounds it; over it,
// errTooLarge); there, a flush of Z_SYNC_FLUSH (BROTLI_OPERATION_FLUSH)
// accepts a truncated stream, as HTTP clients ask with finishFlush.
func (e *engine) write(chunk []byte, flush int, end bool, limit int64) ([]byte, error) {
	if e.done {
		return nil, nil
	}
	if e.compressing() {
		return e.compress(chunk, flush, end)
	}
	if int64(e.input.Len()+len(chunk)) > limit {
		return nil, errTooLarge // the compressed input kept for the end passes the limit too
	}
	e.input.Write(chunk)
	if !end {
		return nil, nil
	}
	e.done = true
	out, err := decode(e.mode, e.input.Bytes(), limit)
	e.input = bytes.Buffer{}
	if err != nil && e.lenient(flush) && errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil
	}
	return out, err
}

func (e *engine) brotli() bool { return e.mode == modeBrotliDecode || e.mode == modeBrotliEncode }

func (e *engine) lenient(flush int) bool {
	if e.brotli() {
		return flush == brotliFlush
	}
	return flush == zSyncFlush
}

func (e *engine) compress(chunk []byte, flush int, end bool) ([]byte, error) {
	if _, err := e.w.Write(chunk); err != nil {
		return nil, err
	}
	var err error
	switch {
	case end:
		e.done = true
		err = e.w.Close()
	case flush != zNoFlush: // BROTLI_OPERATION_PROCESS is 0 too
		err = e.w.Flush()
	}
	out := bytes.Clone(e.out.Bytes())
	e.out.Reset()
	return out, err
}

// errTooLarge is output past the limit the caller gave.
var errTooLarge = errors.New("output too large")

// decode decompresses all of in (whose format mode says), producing at
// most limit bytes of output; past it, the output so far and errTooLarge.
func decode(mode int, in []byte, limit int64) ([]byte, error) {
	out := &boundedBuffer{limit: limit}
	if mode == modeUnzip {
		mode = modeInflate
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			mode = modeGunzip
		}
	}
	var err error
	switch mode {
	case modeGunzip:
		err = gunzip(in, out)
	case modeInflate:
		err = copyFrom(out, func(r io.Reader) (io.Reader, error) { return zlib.NewReader(r) }, in)
	case modeInflateRaw:
		err = copyFrom(out, func(r io.Reader) (io.Reader, error) { return flate.NewReader(r), nil }, in)
	default:
		err = copyFrom(out, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }, in)
		if err != nil && err.Error() == brotliExcessInput.Error() {
			err = nil // bytes after the stream's end are ignored, as Node does
		}
	}
	return out.data, err
}

// copyFrom decodes in through the reader open makes, into out.
func copyFrom(out *boundedBuffer, open func(io.Reader) (io.Reader, error), in []byte) error {
	if len(in) == 0 {
		return io.ErrUnexpectedEOF
	}
	r, err := open(bytes.NewReader(in))
	if err != nil {
		return err
	}
	_, err = io.Copy(out, r)
	return err
}

// gunzip decodes gzip members one after another, as zlib does: bytes
// after a member must be another member, except that a zero byte ends the
// data (padding); the magic number is checked as soon as two bytes are
// there.
func gunzip(in []byte, out *boundedBuffer) error {
	for first := true; ; first = false {
		if !first && (len(in) == 0 || in[0] == 0) {
			return nil
		}
		if len(in) >= 1 && in[0] != 0x1f && !first || len(in) >= 2 && (in[0] != 0x1f || in[1] != 0x8b) {
			return gzip.ErrHeader
		}
		src := bytes.NewReader(in)
		zr, err := gzip.NewReader(src)
		if err != nil {
			return err
		}
		zr.Multistream(false)
		if _, err := io.Copy(out, zr); err != nil {
			return err
		}
		in = in[len(in)-src.Len():]
	}
}

// boundedBuffer collects output up to limit bytes.
type boundedBuffer struct {
	data  []byte
	limit int64
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	if room := b.limit - int64(len(b.data)); int64(len(p)) > room {
		b.data = append(b.data, p[:max(room, 0)]...)
		return int(max(room, 0)), errTooLarge
	}
	b.data = append(b.data, p...)
	return len(p), nil
}
