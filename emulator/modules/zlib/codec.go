package zlib

import (
	"bufio"
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
// decompressors decode on an inflater as input comes, bounded by limit
// bytes of output between two calls.
type engine struct {
	mode     int
	opts     options
	out      bytes.Buffer
	w        compressor
	inflater *inflater // a decompressing stream's decoder, started on first use
	done     bool
}

type compressor interface {
	io.WriteCloser
	Flush() error
}

// newEngine prepares a stream of the format mode says; a decompressor's
// output between two writes is bounded by limit.
func newEngine(mode int, opts options, limit int64) (*engine, error) {
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
	default:
		e.inflater = startInflater(mode, limit)
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
// returns the output produced; end says the input is complete. At the
// end, a flush of Z_SYNC_FLUSH (BROTLI_OPERATION_FLUSH) accepts a
// truncated stream, as HTTP clients ask with finishFlush.
func (e *engine) write(chunk []byte, flush int, end bool) ([]byte, error) {
	if e.done {
		return nil, nil
	}
	if e.compressing() {
		return e.compress(chunk, flush, end)
	}
	out, err := e.inflater.feed(chunk, end)
	if err != nil || end {
		e.done = true
	}
	if err != nil && end && e.lenient(flush) && errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil
	}
	return out, err
}

// close ends a decompressing stream's decoder (a destroyed stream, the
// end of the run). Safe from any goroutine.
func (e *engine) close() {
	if e.inflater != nil {
		e.inflater.abort()
	}
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

// decodeStream decompresses what r gives into w, as zlib does: unzip
// sniffs gzip's magic number, gzip members follow one another (a zero
// byte after one ends the data, as padding), and bytes after a brotli
// stream are ignored.
func decodeStream(mode int, r io.Reader, w io.Writer) error {
	br := bufio.NewReader(r)
	if mode == modeUnzip {
		mode = modeInflate
		if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
			mode = modeGunzip
		}
	}
	var src io.Reader
	switch mode {
	case modeGunzip:
		return gunzipStream(br, w)
	case modeInflate:
		zr, err := zlib.NewReader(br)
		if err != nil {
			return err
		}
		src = zr
	case modeInflateRaw:
		src = flate.NewReader(br)
	default:
		src = brotli.NewReader(br)
	}
	_, err := io.Copy(w, src)
	if err != nil && err.Error() == errBrotliExcessInput.Error() {
		err = nil // bytes after the stream's end are ignored, as Node does
	}
	return err
}

// gunzipStream decodes gzip members one after another; the magic number
// is checked as soon as two bytes are there.
func gunzipStream(br *bufio.Reader, w io.Writer) error {
	for first := true; ; first = false {
		head, _ := br.Peek(2)
		if !first && (len(head) == 0 || head[0] == 0) {
			return nil
		}
		if len(head) >= 1 && head[0] != 0x1f && !first || len(head) == 2 && (head[0] != 0x1f || head[1] != 0x8b) {
			return gzip.ErrHeader
		}
		if len(head) < 2 {
			return io.ErrUnexpectedEOF
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		zr.Multistream(false)
		if _, err := io.Copy(w, zr); err != nil {
			return err
		}
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
