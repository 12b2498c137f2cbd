package fake8x8

import (
	"encoding/json"
	"net/http"
	"testing"
)

// fuzzPaths are the endpoints the fuzzer aims at, chosen by a byte.
var fuzzPaths = []string{sendPath, batchPath, sendPath + "/not-a-umid", "/api/v1/subaccounts/bad%20id/messages"}

// FuzzRequestValidation sends arbitrary bodies, content types and keys:
// whatever arrives, the fake never panics and answers either 200 with a
// JSON object or 8x8's error body, exactly code, message, errorId and
// timestamp. Its seed corpus runs with every go test.
func FuzzRequestValidation(f *testing.F) {
	for _, seed := range []struct {
		path        uint8
		body, ctype string
		key         string
	}{
		{0, validSend, "application/json", testKey},
		{0, `{"destination":"1-808-555-5555","text":"x"}`, "application/json", testKey},
		{0, `{"destination":"+6512345678","text":"x","scheduled":"2020-01-01T00:00:00Z","expiry":"yesterday"}`, "application/json", testKey},
		{0, `{"destination":"+6512345678","text":"\u0000\ud800","encoding":"UCS2","clientMessageId":{}}`, "application/json; charset=latin1", testKey},
		{0, `{"destination":1e999,"text":[]}`, "application/json", testKey},
		{0, `not json`, "text/plain", testKey},
		{0, ``, "", ""},
		{1, `{"destinations":["+6512345678","+6598760002"],"template":{"text":"x"},"includeMessagesInResponse":true}`, "application/json", testKey},
		{1, `{"messages":[{"destination":"+6512345678","text":"x"},{}],"template":null}`, "application/json", testKey},
		{2, ``, "", testKey},
		{3, validSend, "application/json", "undefined"},
	} {
		f.Add(seed.path, seed.body, seed.ctype, seed.key)
	}
	f.Fuzz(func(t *testing.T, which uint8, body, ctype, key string) {
		s := newTestServer(Config{})
		header := http.Header{"Authorization": {"Bearer " + key}, "Content-Type": {ctype}}
		method := http.MethodPost
		if which&4 != 0 {
			method = http.MethodGet
		}
		r := do(t, s, request{method: method, path: fuzzPaths[int(which)%len(fuzzPaths)], body: body, header: header})
		var answer map[string]any
		if err := json.Unmarshal([]byte(r.body), &answer); err != nil {
			t.Fatalf("status %d with a body that is not a JSON object: %q", r.status, r.body)
		}
		if r.status == http.StatusOK {
			return
		}
		assertErrorShape(t, r.status, answer)
	})
}

// assertErrorShape fails unless answer is an 8x8 error body for status.
func assertErrorShape(t *testing.T, status int, answer map[string]any) {
	t.Helper()
	if status < 400 || status > 599 {
		t.Fatalf("status %d is neither 200 nor an error: %v", status, answer)
	}
	code, isNumber := answer["code"].(float64)
	message, isText := answer["message"].(string)
	errorID, _ := answer["errorId"].(string)
	stamp, _ := answer["timestamp"].(string)
	if len(answer) != 4 || !isNumber || code <= 0 || !isText || message == "" || !isUUID(errorID) || stamp != testTimestamp {
		t.Fatalf("status %d with a body that is not 8x8's error: %v", status, answer)
	}
}
