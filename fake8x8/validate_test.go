package fake8x8

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func iso(t time.Time) string { return t.Format(time.RFC3339) }

// withFields is a valid send body with fields replaced or added; a nil
// value removes the field.
func withFields(t *testing.T, fields map[string]any) string {
	t.Helper()
	body := map[string]any{"destination": "+6512345678", "text": "Your code is 123456"}
	for k, v := range fields {
		if v == nil {
			delete(body, k)
			continue
		}
		body[k] = v
	}
	return jsonBody(t, body)
}

type fields = map[string]any

func TestASingleSendIsValidatedFieldByField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		fields     fields
		wantCode   int
		wantPrefix string
	}{
		// destination
		{name: "a missing destination is an invalid MSISDN", fields: fields{"destination": nil}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "an empty destination is an invalid MSISDN", fields: fields{"destination": ""}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination sent as a JSON number is an invalid MSISDN", fields: fields{"destination": 6512345678}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "the runner's 1-808-555-5555 is an invalid MSISDN", fields: fields{"destination": "1-808-555-5555"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination with spaces is an invalid MSISDN", fields: fields{"destination": "+65 1234 5678"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination starting with 0 is an invalid MSISDN", fields: fields{"destination": "+0651234567"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination with two plus signs is an invalid MSISDN", fields: fields{"destination": "++6512345678"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination of 6 digits is an invalid MSISDN", fields: fields{"destination": "+651234"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a destination of 16 digits is an invalid MSISDN", fields: fields{"destination": "+6512345678901234"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a US number whose area code starts with 1 is an invalid MSISDN", fields: fields{"destination": "+1123456789"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a US number of 9 digits is an invalid MSISDN", fields: fields{"destination": "+1808555555"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a US number whose exchange starts with 1 is an invalid MSISDN", fields: fields{"destination": "+18081555555"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a national US number with an area code starting with 1 is an invalid MSISDN", fields: fields{"destination": "1235550308", "country": "US"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a national number with letters is an invalid MSISDN", fields: fields{"destination": "9123ABCD", "country": "SG"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a national number without a country is an invalid MSISDN", fields: fields{"destination": "091234567"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a national number too long for its country is an invalid MSISDN", fields: fields{"destination": "0" + strings.Repeat("9", 14), "country": "GB"}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		// country
		{name: "an unassigned country code is an invalid parameter", fields: fields{"country": "XX"}, wantCode: 1000, wantPrefix: "Invalid parameter: country"},
		{name: "an alpha-3 country code is an invalid parameter", fields: fields{"country": "SGP"}, wantCode: 1000, wantPrefix: "Invalid parameter: country"},
		{name: "a country sent as a number is an invalid parameter", fields: fields{"country": 65}, wantCode: 1000, wantPrefix: "Invalid parameter: country"},
		// text
		{name: "a missing text is missed text", fields: fields{"text": nil}, wantCode: 3005, wantPrefix: "Text value is missing"},
		{name: "an empty text is missed text", fields: fields{"text": ""}, wantCode: 3005, wantPrefix: "Text value is missing"},
		{name: "a text sent as a number is an invalid text", fields: fields{"text": 123456}, wantCode: 1004, wantPrefix: "Invalid Text value"},
		// encoding
		{name: "an unknown encoding is an invalid encoding", fields: fields{"encoding": "UTF8"}, wantCode: 1003, wantPrefix: msgInvalidEncoding},
		{name: "an encoding sent as a number is an invalid encoding", fields: fields{"encoding": 7}, wantCode: 1003, wantPrefix: msgInvalidEncoding},
		// source
		{name: "an alphanumeric source of 12 characters is too long", fields: fields{"source": "AcmeServices"}, wantCode: 1005, wantPrefix: msgInvalidSource},
		{name: "a numeric source of 17 digits is too long", fields: fields{"source": strings.Repeat("1", 17)}, wantCode: 1005, wantPrefix: msgInvalidSource},
		{name: "a source sent as a number is an invalid source", fields: fields{"source": 12345}, wantCode: 1005, wantPrefix: "Invalid Source value"},
		// clientMessageId
		{name: "a clientMessageId of 51 characters is too long", fields: fields{"clientMessageId": strings.Repeat("x", 51)}, wantCode: 3009, wantPrefix: "Too long ClientMessageId"},
		{name: "a clientMessageId sent as a number is an invalid parameter", fields: fields{"clientMessageId": 42}, wantCode: 1000, wantPrefix: "Invalid parameter: clientMessageId"},
		// scheduled
		{name: "a scheduled time that is not ISO 8601 is an invalid schedule", fields: fields{"scheduled": "tomorrow"}, wantCode: 1011, wantPrefix: "Invalid Schedule Time"},
		{name: "a scheduled time more than 7 days ahead is an invalid schedule", fields: fields{"scheduled": iso(testNow.Add(7*24*time.Hour + time.Second))}, wantCode: 1011, wantPrefix: "Invalid Schedule Time"},
		{name: "a scheduled time sent as a number is an invalid schedule", fields: fields{"scheduled": 1714555800}, wantCode: 1011, wantPrefix: "Invalid Schedule Time"},
		// expiry
		{name: "an expiry that is not ISO 8601 is an invalid expiry", fields: fields{"expiry": "soon"}, wantCode: 1006, wantPrefix: "Invalid Expiry value"},
		{name: "an expiry in the past has already been reached", fields: fields{"expiry": iso(testNow.Add(-time.Minute))}, wantCode: 1006, wantPrefix: "Expiry time already reached"},
		{name: "an expiry of exactly now has already been reached", fields: fields{"expiry": iso(testNow)}, wantCode: 1006, wantPrefix: "Expiry time already reached"},
		{name: "an expiry before the scheduled time is an invalid expiry", fields: fields{"scheduled": iso(testNow.Add(2 * time.Hour)), "expiry": iso(testNow.Add(time.Hour))}, wantCode: 1006, wantPrefix: "Invalid Expiry value"},
		// the rest
		{name: "a track other than None or Outcome is an invalid parameter", fields: fields{"track": "Always"}, wantCode: 1000, wantPrefix: "Invalid parameter: track"},
		{name: "a dlrCallbackUrl that is not a URL is an invalid parameter", fields: fields{"dlrCallbackUrl": "not a url"}, wantCode: 1000, wantPrefix: "Invalid parameter: dlrCallbackUrl"},
		{name: "an ftp dlrCallbackUrl is an invalid parameter", fields: fields{"dlrCallbackUrl": "ftp://example.com/x"}, wantCode: 1000, wantPrefix: "Invalid parameter: dlrCallbackUrl"},
		{name: "a clientIp that is not an address is an invalid parameter", fields: fields{"clientIp": "localhost"}, wantCode: 1000, wantPrefix: "Invalid parameter: clientIp"},
		// order
		{name: "a bad destination is reported before a missing text", fields: fields{"destination": "abc", "text": nil}, wantCode: 1002, wantPrefix: msgInvalidMSISDN},
		{name: "a missing text is reported before a bad encoding", fields: fields{"text": nil, "encoding": "x"}, wantCode: 3005, wantPrefix: msgMissedText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := send(t, s, withFields(t, tt.fields))
			assertErrorPrefix(t, r, http.StatusBadRequest, tt.wantCode, tt.wantPrefix)
			assert.Empty(t, s.Messages(), "a refused message is not stored")
			entries := s.Entries()
			if assert.Len(t, entries, 1) {
				assert.False(t, entries[0].Accepted)
				assert.Equal(t, http.StatusBadRequest, entries[0].Status)
			}
		})
	}
}

func TestTheDocumentedMessagesAreExact(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	assertError(t, send(t, s, withFields(t, fields{"destination": "1-808-555-5555"})),
		400, 1002, "Invalid MSISDN format (not E.164 international number)")
	assertError(t, send(t, s, withFields(t, fields{"text": nil})), 400, 3005, "Text value is missing")
	assertError(t, send(t, s, withFields(t, fields{"source": "TwelveLetter"})),
		400, 1005, "Invalid Source value. Reached max allowed limit")
	assertError(t, send(t, s, withFields(t, fields{"expiry": "2020-01-01T00:00:00Z"})), 400, 1006, "Expiry time already reached")
}

func TestValuesAtTheLimitsAreAccepted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		fields fields
	}{
		{name: "a destination without + is accepted", fields: fields{"destination": "6512345678"}},
		{name: "a destination of 7 digits is accepted", fields: fields{"destination": "+6512345"}},
		{name: "a destination of 15 digits is accepted", fields: fields{"destination": "+651234567890123"}},
		{name: "the runner's US number in E.164 is accepted", fields: fields{"destination": "+18085555555"}},
		{name: "a null field counts as absent", fields: fields{"source": nil, "clientMessageId": nil}},
		{name: "an alphanumeric source of 11 characters is accepted", fields: fields{"source": "AcmeService"}},
		{name: "a numeric source of 16 digits is accepted", fields: fields{"source": strings.Repeat("1", 16)}},
		{name: "a numeric source of 16 digits after + is accepted", fields: fields{"source": "+" + strings.Repeat("1", 16)}},
		{name: "a clientMessageId of 50 characters is accepted", fields: fields{"clientMessageId": strings.Repeat("x", 50)}},
		{name: "a scheduled time exactly 7 days ahead is accepted", fields: fields{"scheduled": iso(testNow.Add(7 * 24 * time.Hour))}},
		{name: "a scheduled time in the past is accepted and sends at once", fields: fields{"scheduled": iso(testNow.Add(-time.Hour))}},
		{name: "a scheduled time with milliseconds as toISOString writes is accepted", fields: fields{"scheduled": "2024-05-02T10:00:00.000Z"}},
		{name: "a scheduled time with an offset is accepted", fields: fields{"scheduled": "2024-05-02T18:00:00+08:00"}},
		{name: "a scheduled time without a zone is accepted as UTC", fields: fields{"scheduled": "2024-05-02T10:00:00"}},
		{name: "an expiry in the future is accepted", fields: fields{"expiry": iso(testNow.Add(time.Minute))}},
		{name: "track None is accepted", fields: fields{"track": "None"}},
		{name: "track outcome in lower case is accepted", fields: fields{"track": "outcome"}},
		{name: "an IPv6 clientIp is accepted", fields: fields{"clientIp": "2001:db8::1"}},
		{name: "an https dlrCallbackUrl is accepted", fields: fields{"dlrCallbackUrl": "https://example.com/dlr?x=1"}},
		{name: "unknown fields are ignored", fields: fields{"priority": "high"}},
		{name: "field names are matched without regard to case", fields: fields{"destination": nil, "Destination": "+6512345678"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := send(t, s, withFields(t, tt.fields))
			assert.Equal(t, http.StatusOK, r.status, r.body)
			assert.Len(t, s.Messages(), 1)
		})
	}
}

func TestTheBodyMustBeAJSONObject(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		contentType string
		body        string
		wantPrefix  string
	}{
		{name: "an empty body is refused", contentType: "application/json", body: "", wantPrefix: "Invalid parameter: the request body is empty"},
		{name: "a body of only spaces is refused", contentType: "application/json", body: "  \n", wantPrefix: "Invalid parameter: the request body is empty"},
		{name: "a form-encoded body is refused", contentType: "application/json", body: "destination=%2B6512345678&text=hi", wantPrefix: "Invalid parameter: the request body must be a JSON object"},
		{name: "a JSON array is refused", contentType: "application/json", body: `[{"destination":"+6512345678"}]`, wantPrefix: "Invalid parameter: the request body must be a JSON object"},
		{name: "a JSON string is refused", contentType: "application/json", body: `"hello"`, wantPrefix: "Invalid parameter: the request body must be a JSON object"},
		{name: "truncated JSON is refused", contentType: "application/json", body: `{"destination":`, wantPrefix: "Invalid parameter: the request body is not valid JSON"},
		{name: "JSON labelled as a form, as axios labels a stringified body, is refused", contentType: "application/x-www-form-urlencoded", body: validSend, wantPrefix: `Invalid parameter: Content-Type "application/x-www-form-urlencoded" is not JSON`},
		{name: "JSON labelled as plain text is refused", contentType: "text/plain;charset=UTF-8", body: validSend, wantPrefix: `Invalid parameter: Content-Type "text/plain;charset=UTF-8" is not JSON`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			header := http.Header{"Authorization": {"Bearer k"}, "Content-Type": {tt.contentType}}
			r := do(t, s, request{path: sendPath, body: tt.body, header: header})
			assertErrorPrefix(t, r, http.StatusBadRequest, CodeInvalidParameter, tt.wantPrefix)
		})
	}
}

func TestJSONMediaTypesAreAccepted(t *testing.T) {
	t.Parallel()
	for _, ct := range []string{"", "application/json", "application/json;charset=utf-8", "Application/JSON", "application/vnd.api+json"} {
		t.Run("Content-Type "+ct+" is accepted", func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			header := http.Header{"Authorization": {"Bearer k"}}
			if ct != "" {
				header.Set("Content-Type", ct)
			}
			r := do(t, s, request{path: sendPath, body: validSend, header: header})
			assert.Equal(t, http.StatusOK, r.status, r.body)
		})
	}
}

func TestAnOversizedBodyIsRefusedWithoutBeingStored(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		path string
		size int
		want string
	}{
		{"a single send beyond 64 KiB", sendPath, maxBodyBytes, "larger than 64 KiB"},
		{"a batch beyond 16 MiB", batchPath, maxBatchBodyBytes, "larger than 16384 KiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			body := `{"destination":"+6512345678","text":"` + strings.Repeat("a", tt.size) + `"}`
			r := do(t, s, request{method: http.MethodPost, path: tt.path, body: body, header: http.Header{"Authorization": {"Bearer k"}}})
			assertErrorPrefix(t, r, http.StatusRequestEntityTooLarge, CodeInvalidParameter, "Invalid parameter: the request body is "+tt.want)
			assert.Empty(t, s.Messages())
			require.Len(t, s.Entries(), 1, "the refusal is journaled")
			assert.Empty(t, s.Entries()[0].Body, "without the body")
		})
	}
}

func TestA10MBTextIsRefusedAndAFullTextIsStillQueued(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	long := send(t, s, `{"destination":"+6512345678","text":"`+strings.Repeat("a", 10<<20)+`"}`)
	assert.Equal(t, http.StatusRequestEntityTooLarge, long.status)
	truncated := send(t, s, `{"destination":"+6512345678","text":"`+strings.Repeat("a", 4000)+`"}`)
	assert.Equal(t, http.StatusOK, truncated.status, "a text beyond 10 parts is truncated by 8x8, not refused")
}
