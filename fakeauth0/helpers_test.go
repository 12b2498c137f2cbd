package fakeauth0

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/require"
)

const (
	testDomain   = "acme.eu.auth0.com"
	testClient   = "m2mclient"
	testSecret   = "s3cr3t"
	testAudience = "https://acme.eu.auth0.com/api/v2/"
	testUser     = "auth0|64f0c0ffee"
)

// newTenant is a tenant with one client and one user with metadata.
func newTenant(t testing.TB, mutate ...func(*Config)) *Server {
	t.Helper()
	cfg := Config{
		Domain:  testDomain,
		Clients: []Client{{ID: testClient, Secret: testSecret}},
		Users: []User{{ID: testUser, Email: "jane@example.com", PhoneNumber: "+14155550100",
			UserMetadata: map[string]any{"lang": "fr", "prefs": map[string]any{"sms": true}},
			AppMetadata:  map[string]any{"plan": "gold"}}},
		IDs: fakekit.NewIDs(Name, "test-seed"),
	}
	for _, m := range mutate {
		m(&cfg)
	}
	s, err := New(cfg)
	require.NoError(t, err)
	return s
}

type result struct {
	status int
	header http.Header
	body   string
}

func (r result) json(t testing.TB) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.body), &v), r.body)
	return v
}

// do sends one request to s in-process.
func do(t testing.TB, s http.Handler, method, target, contentType, body string, header ...string) result {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return result{status: rec.Code, header: rec.Header(), body: string(b)}
}

func tokenBody(clientID, secret, audience string) string {
	return `{"grant_type":"client_credentials","client_id":"` + clientID + `","client_secret":"` + secret + `","audience":"` + audience + `"}`
}

// token gets a Management API token from s, with scope when given.
func token(t testing.TB, s *Server, scope ...string) string {
	t.Helper()
	body := `{"grant_type":"client_credentials","client_id":"` + testClient + `","client_secret":"` + testSecret + `","audience":"` + testAudience + `"`
	if len(scope) > 0 {
		body += `,"scope":"` + scope[0] + `"`
	}
	r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", "application/json", body+"}")
	require.Equal(t, http.StatusOK, r.status, r.body)
	return r.json(t)["access_token"].(string)
}
