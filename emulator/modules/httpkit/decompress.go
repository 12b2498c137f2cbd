package httpkit

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"slices"
	"strings"
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

// Decompress undoes a Content-Encoding that axios's Node adapter would
// have piped through zlib's createUnzip (gzip or zlib, whichever the
// bytes are) or its deflate sniffing (raw deflate too), and drops the
// header as the adapter does; encodings are those the release decodes.
// HEAD and 204 responses are left alone, as the adapter leaves them. It
// is what axios and twilio-node (whose HTTP library is axios since
// 3.41.1) answer with.
func Decompress(method string, resp *Response, encodings []string) *NetError {
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	if enc == "" || !slices.Contains(encodings, enc) || resp.Status == 204 || method == "HEAD" {
		return nil
	}
	if len(resp.Body) > 0 {
		body, err := Inflate(resp.Body)
		if err != nil {
			return ZlibDataError()
		}
		resp.Body = body
	}
	resp.Header.Del("Content-Encoding")
	return nil
}

// ZlibDataError is the error Node's zlib gives bytes that are not what
// their Content-Encoding says.
func ZlibDataError() *NetError {
	return &NetError{Code: "Z_DATA_ERROR", Errno: -3, Message: "incorrect header check"}
}
