package fakekit

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// EncodeAnswer is v as the REST APIs answer it: indented JSON, readable
// with curl as it is, without HTML escaping, so "<secret:NAME>" and
// "<redacted>" read as written.
func EncodeAnswer(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteAnswer sends body, made by EncodeAnswer, with its status. An API
// answer is never to be cached: it says what the server holds now.
func WriteAnswer(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body) // the client is gone if this fails
}
