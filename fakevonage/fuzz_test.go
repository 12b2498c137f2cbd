package fakevonage

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzServe feeds hostile queries and bodies: the fake must answer, never
// panic, and journal every request.
func FuzzServe(f *testing.F) {
	f.Add("api_key=abcd1234&api_secret=abcdef0123456789&from=A&to=447700900000&text=hi", "", "")
	f.Add("", `{"to":447700900000,"from":["x"],"text":{"a":1}}`, "application/json")
	f.Add("sig=zz&timestamp=1", "to=%ZZ&text=%", "application/x-www-form-urlencoded")
	f.Fuzz(func(t *testing.T, query, body, contentType string) {
		s := New(Config{SignatureSecret: "s"})
		req := httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON, strings.NewReader(body))
		req.URL.RawQuery = query
		req.Header.Set("Content-Type", contentType)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if len(s.Entries()) != 1 {
			t.Fatalf("journal has %d entries, want 1", len(s.Entries()))
		}
		Provider{}.Describe(http.MethodPost, PathJSON+"?"+query, req.Header, []byte(body))
		Provider{}.Answer(rec.Code, rec.Body.Bytes())
	})
}
