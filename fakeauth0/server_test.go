package fakeauth0

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheTenantAnswersOnItsOwnHostsOnly(t *testing.T) {
	t.Parallel()
	s := newTenant(t, func(c *Config) { c.CustomDomains = []string{"Login.Acme.com"} })
	tests := []struct {
		name, host string
		status     int
	}{
		{"its domain answers", testDomain, 200},
		{"its custom domain answers, whatever the case", "login.acme.com", 200},
		{"another tenant's domain is not this tenant", "other.eu.auth0.com", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := do(t, s, "POST", "https://"+tt.host+"/oauth/token", "application/json", tokenBody(testClient, testSecret, testAudience))
			assert.Equal(t, tt.status, r.status, r.body)
		})
	}
}

func TestACustomDomainTokenIsForTheAuth0Domain(t *testing.T) {
	t.Parallel()
	s, err := New(Config{CustomDomains: []string{"login.acme.com"}})
	require.NoError(t, err)
	r := do(t, s, "POST", "https://login.acme.com/oauth/token", "application/json", tokenBody("c", "s", "https://acme.auth0.com/api/v2/"))
	require.Equal(t, http.StatusOK, r.status, r.body)
	tok := r.json(t)["access_token"].(string)
	r = do(t, s, "GET", "https://login.acme.com/api/v2/users/auth0%7Ctest12345", "", "", "Authorization", "Bearer "+tok)
	assert.Equal(t, http.StatusOK, r.status, r.body)

	r = do(t, s, "POST", "https://login.acme.com/oauth/token", "application/json", tokenBody("c", "s", "https://login.acme.com/api/v2/"))
	assert.Equal(t, http.StatusForbidden, r.status, "the custom domain is no Management API audience")
}

func TestFaultsAnswerInTheShapeOfEachAPI(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	tok := token(t, s)
	s.SetFaults([]fakekit.Fault{{Destination: "*", Status: 429, Message: "Global limit has been reached"}})
	r := do(t, s, "GET", userURL, "", "", "Authorization", "Bearer "+tok)
	assert.Equal(t, 429, r.status)
	assert.JSONEq(t, `{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"}`, r.body)

	s.SetFaults([]fakekit.Fault{{Destination: "*", Status: 503}})
	r = do(t, s, "POST", "https://"+testDomain+"/oauth/token", "application/json", tokenBody(testClient, testSecret, testAudience))
	assert.Equal(t, 503, r.status)
	assert.JSONEq(t, `{"error":"server_error","error_description":"Service Unavailable"}`, r.body)
	assert.Equal(t, []fakekit.Fault{{Destination: "*", Status: 503}}, s.Faults())
}

func TestADelayedFaultEndsWithItsRequest(t *testing.T) {
	t.Parallel()
	s := newTenant(t, func(c *Config) { c.Faults = []fakekit.Fault{{Destination: "*", Delay: time.Hour}} })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep := s.serve(ctx, &call{method: "GET", host: testDomain, path: "/api/v2/users/x", header: http.Header{}})
	assert.Equal(t, http.StatusServiceUnavailable, rep.status)
}

func TestEveryExchangeIsJournaledAndResetForgetsIt(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	tok := token(t, s)
	r := do(t, s, "PATCH", userURL, "application/json", `{"user_metadata":{"lang":"en"}}`, "Authorization", "Bearer "+tok)
	require.Equal(t, http.StatusOK, r.status, r.body)
	do(t, s, "GET", "https://"+testDomain+"/api/v2/users/auth0%7Cnobody", "", "", "Authorization", "Bearer "+tok)

	entries := s.Journal().Entries()
	require.Len(t, entries, 3)
	assert.Equal(t, Name, entries[0].Provider)
	assert.Equal(t, "/oauth/token", entries[0].Path)
	assert.True(t, entries[1].Accepted)
	assert.Equal(t, "/api/v2/users/auth0%7C64f0c0ffee", entries[1].Path)
	assert.False(t, entries[2].Accepted)
	assert.Equal(t, 404, entries[2].Status)

	s.Reset()
	assert.Zero(t, s.Journal().Len())
	u, _ := s.User(testUser)
	assert.Equal(t, "fr", u["user_metadata"].(map[string]any)["lang"], "the users are as they started")
}

func TestCheckValidatesWithoutChangingAnything(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	tok := token(t, s)
	header := http.Header{"Authorization": {"Bearer " + tok}, "Content-Type": {"application/json"}, "Host": {testDomain}}
	status, _, ok := s.Check("PATCH", "/api/v2/users/auth0%7C64f0c0ffee", header, []byte(`{"user_metadata":{"lang":"en"}}`))
	assert.True(t, ok)
	assert.Equal(t, 200, status)
	u, _ := s.User(testUser)
	assert.Equal(t, "fr", u["user_metadata"].(map[string]any)["lang"], "a checked update is not applied")

	status, body, ok := s.Check("PATCH", "/api/v2/users/auth0%7C64f0c0ffee", header, []byte(`{"nope":1}`))
	assert.False(t, ok)
	assert.Equal(t, 400, status)
	assert.Contains(t, string(body), "Additional properties not allowed: nope")
	assert.Equal(t, 1, s.Journal().Len(), "only the token request is journaled")
}

func TestCheckWithoutAHostAsksTheTenantsOwnDomain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, audience string
		cfg            Config
	}{
		{"the configured domain", testAudience, Config{Domain: testDomain}},
		{"any auth0.com domain when none is configured", "https://whoever.auth0.com/api/v2/", Config{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := New(tt.cfg)
			require.NoError(t, err)
			_, body, ok := s.Check("POST", "/oauth/token", http.Header{"Content-Type": {"application/json"}},
				[]byte(tokenBody("c", "s", tt.audience)))
			assert.True(t, ok, "%s", body)
		})
	}
}

func TestAnOversizedBodyIsRefusedUnread(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", "application/json", strings.Repeat("x", maxBody+1))
	assert.Equal(t, http.StatusRequestEntityTooLarge, r.status)
}

func TestTheProviderDescribesCredentialsOnly(t *testing.T) {
	t.Parallel()
	p := Provider{}
	tests := []struct {
		name   string
		header http.Header
		body   string
		want   []string
	}{
		{"a JSON token request shows its secret", http.Header{"Content-Type": {"application/json"}}, tokenBody("c", "the-secret", testAudience), []string{"the-secret"}},
		{"a form token request shows its secret", http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, "client_id=c&client_secret=form-secret", []string{"form-secret"}},
		{"Basic credentials show their secret", http.Header{"Authorization": {"Basic YzpiYXNpYy1zZWNyZXQ="}}, "", []string{"basic-secret"}},
		{"a Management API call shows its token", http.Header{"Authorization": {"Bearer tok.en.sig"}}, "", []string{"tok.en.sig"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := p.Describe("POST", "/oauth/token", tt.header, []byte(tt.body))
			assert.Equal(t, tt.want, m.Credentials)
			assert.Empty(t, m.Destination, "the tenant is no message provider")
		})
	}
}

func TestTheProviderBuildsAFakeFromItsConfig(t *testing.T) {
	t.Parallel()
	p := Provider{}
	cfg := p.NewConfig().(*Config)
	cfg.Domain = testDomain
	ids := fakekit.NewIDs(Name, "seed")
	fake, err := p.New(cfg, provider.Common{IDs: ids, Faults: []fakekit.Fault{{Destination: "*", Status: 500}}})
	require.NoError(t, err)
	assert.Len(t, fake.Faults(), 1, "the common faults are added")
	assert.True(t, provider.MatchesAny(p.Hosts(), "acme.auth0.com"))
	assert.True(t, provider.MatchesAny(p.Hosts(), "acme.eu.auth0.com"))
	assert.False(t, provider.MatchesAny(p.Hosts(), "auth0.com.evil.test"))
	assert.True(t, p.Answer(200, nil).Accepted)
	assert.False(t, p.Answer(404, nil).Accepted)

	_, err = p.New("domain: x", provider.Common{})
	assert.Error(t, err, "a value NewConfig did not make is refused")
}
