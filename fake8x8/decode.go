package fake8x8

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strings"
)

// rawSMS holds the fields of one SmsRequest undecoded, so that each field
// can be checked on its own and a wrong type gets that field's error code.
// Field names match case-insensitively, as they do for 8x8's (.NET) API.
type rawSMS struct {
	Destination     json.RawMessage `json:"destination"`
	Country         json.RawMessage `json:"country"`
	Source          json.RawMessage `json:"source"`
	ClientMessageID json.RawMessage `json:"clientMessageId"`
	Text            json.RawMessage `json:"text"`
	Encoding        json.RawMessage `json:"encoding"`
	Scheduled       json.RawMessage `json:"scheduled"`
	Expiry          json.RawMessage `json:"expiry"`
	DLRCallbackURL  json.RawMessage `json:"dlrCallbackUrl"`
	ClientIP        json.RawMessage `json:"clientIp"`
	Track           json.RawMessage `json:"track"`
}

// decodeJSONBody decodes a request body that must be a JSON object into v.
// A Content-Type that is not JSON is refused rather than guessed at: axios
// labels a pre-stringified body application/x-www-form-urlencoded, a
// classic hook bug that a lenient fake would hide. A missing Content-Type
// is allowed, since the body itself then decides.
func decodeJSONBody(header http.Header, body []byte, v any) *apiError {
	if err := checkJSONBody(header, body); err != nil {
		return err
	}
	if err := json.Unmarshal(bytes.TrimSpace(body), v); err != nil {
		return notValidJSON(err)
	}
	return nil
}

// checkJSONBody makes decodeJSONBody's checks that come before decoding.
func checkJSONBody(header http.Header, body []byte) *apiError {
	if ct := header.Get("Content-Type"); ct != "" && !isJSONMediaType(ct) {
		return invalidParameter("Content-Type %q is not JSON; send the body as application/json", ct)
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return invalidParameter("the request body is empty; send a JSON object")
	}
	if trimmed[0] != '{' {
		return invalidParameter("the request body must be a JSON object")
	}
	return nil
}

func notValidJSON(err error) *apiError {
	return invalidParameter("the request body is not valid JSON (%v)", err)
}

func isJSONMediaType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

// isAbsent reports whether a field was left out or sent as null, which 8x8
// treats alike.
func isAbsent(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// stringField reads an optional string field. ok is false when the field
// is present with another JSON type: the fake does not coerce numbers to
// strings, so a hook that relies on that gets told.
//
// The decoded value is declared only where json.Unmarshal takes its
// address, so the plain strings nearly every field holds do not pay for
// moving it to the heap.
func stringField(raw json.RawMessage) (string, bool) {
	if isAbsent(raw) {
		return "", true
	}
	if s, ok := plainString(raw); ok {
		return s, true
	}
	var value string
	if err := json.Unmarshal(raw, &value); err != nil {
		return "", false
	}
	return value, true
}

// peekString returns the text of a string or number field, for matching
// faults before the request is validated; anything else gives "".
func peekString(raw json.RawMessage) string {
	if s, ok := plainString(raw); ok {
		return s
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// plainString reads a JSON string made of printable ASCII with no escape
// (a phone number, a text, an encoding name: nearly every field a send
// has) without json.Unmarshal, whose result it is; ok is false for
// anything else, which json.Unmarshal then reads.
func plainString(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	inner := raw[1 : len(raw)-1]
	for _, c := range inner {
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return "", false
		}
	}
	return string(inner), true
}
