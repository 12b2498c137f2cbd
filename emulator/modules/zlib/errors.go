package zlib

import (
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"strings"
)

// zError is a failure as Node's zlib reports it: zlib's own message, the
// code naming the return value and its errno.
type zError struct {
	Message string
	Code    string
	Errno   int
}

// errBrotliExcessInput is the brotli reader's report of bytes after the end
// of the stream, which Node ignores (the library does not export it).
var errBrotliExcessInput = errors.New("brotli: excessive input")

// classify turns a Go decoder's error into the error zlib (or brotli)
// gives for the same bytes. Go's flate does not say which rule a corrupt
// stream broke, so every corrupt deflate stream reads "invalid block
// type"; the code and errno (Z_DATA_ERROR, -3) are exact.
func classify(mode int, err error) zError {
	dataError := func(msg string) zError { return zError{msg, "Z_DATA_ERROR", -3} }
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return zError{"unexpected end of file", "Z_BUF_ERROR", -5}
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader):
		return dataError("incorrect header check")
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zlib.ErrChecksum):
		return dataError("incorrect data check")
	case errors.Is(err, zlib.ErrDictionary):
		return zError{"Missing dictionary", "Z_NEED_DICT", 2}
	case errors.As(err, &corrupt):
		return dataError("invalid block type")
	case mode == modeBrotliDecode:
		return brotliError(err)
	}
	return dataError(err.Error())
}

// brotliError maps the brotli reader's "brotli: PADDING_2" onto Node's
// "Decompression failed" with code ERR__ERROR_FORMAT_PADDING_2 (Node
// builds the code from the decoder's error name, dropping BROTLI_DECODER)
// and the decoder's errno from zlib.constants.
func brotliError(err error) zError {
	name, ok := strings.CutPrefix(err.Error(), "brotli: ")
	if !ok {
		return zError{"Decompression failed", "ERR_BROTLI_DECOMPRESSION_FAILED", -1}
	}
	name = strings.ReplaceAll(strings.ToUpper(name), " ", "_")
	for _, prefix := range []string{"BROTLI_DECODER_ERROR_FORMAT_", "BROTLI_DECODER_ERROR_"} {
		if errno, ok := constantValue(prefix + name); ok {
			return zError{"Decompression failed", "ERR_" + strings.TrimPrefix(prefix+name, "BROTLI_DECODER"), int(errno)}
		}
	}
	return zError{"Decompression failed", "ERR_BROTLI_DECOMPRESSION_FAILED", -1}
}
