package modules

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
)

// Inflate reads gzip, zlib or raw deflate, whichever the bytes are, as
// zlib's createUnzip, axios's deflate header sniffing and node-fetch's
// handling of "the infamous raw deflate" all accept; the result is capped
// at MaxResponseBody.
func Inflate(body []byte) ([]byte, error) {
	var r io.Reader
	var err error
	switch {
	case len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b:
		r, err = gzip.NewReader(bytes.NewReader(body))
	case len(body) >= 2 && body[0]&0x0f == 8 && (uint(body[0])<<8|uint(body[1]))%31 == 0:
		r, err = zlib.NewReader(bytes.NewReader(body))
	default:
		r = flate.NewReader(bytes.NewReader(body))
	}
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(r, MaxResponseBody))
}
