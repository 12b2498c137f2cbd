package fakeauth0

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzRequestValidation sends whatever bytes to the tenant: it must answer JSON and
// never panic, whatever the path, the content type or the body.
func FuzzRequestValidation(f *testing.F) {
	f.Add("POST", "/oauth/token", "application/json", tokenBody(testClient, testSecret, testAudience))
	f.Add("POST", "/oauth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=%zz")
	f.Add("PATCH", "/api/v2/users/auth0%7C64f0c0ffee", "application/json", `{"user_metadata":{"a":null,"b":[1,{"c":2}]}}`)
	f.Add("GET", "/api/v2/users/%", "", "")
	f.Fuzz(func(t *testing.T, method, path, contentType, body string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " \r\n#?") || method == "" || strings.ContainsAny(method, " \r\n") {
			return
		}
		s := newTenant(t)
		req, err := http.NewRequest(method, "https://"+testDomain+path, strings.NewReader(body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("Authorization", "Bearer "+token(t, s))
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %s answered %d with a body that is not JSON: %q", method, path, rec.Code, rec.Body)
		}
	})
}
