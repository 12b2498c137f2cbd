package fakeauth0

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestATokenRequestIsGranted(t *testing.T) {
	t.Parallel()
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {testClient}, "client_secret": {testSecret}, "audience": {testAudience}}
	tests := []struct {
		name, contentType, body string
		header                  []string
	}{
		{"a JSON body is read", "application/json", tokenBody(testClient, testSecret, testAudience), nil},
		{"a form body is read", "application/x-www-form-urlencoded", form.Encode(), nil},
		{"a form body with a charset is read", "application/x-www-form-urlencoded; charset=utf-8", form.Encode(), nil},
		{"the credentials may come as HTTP Basic", "application/json", `{"grant_type":"client_credentials","audience":"` + testAudience + `"}`,
			[]string{"Authorization", "Basic " + base64.StdEncoding.EncodeToString([]byte(testClient+":"+testSecret))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTenant(t)
			r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", tt.contentType, tt.body, tt.header...)
			require.Equal(t, http.StatusOK, r.status, r.body)
			got := r.json(t)
			assert.Equal(t, "Bearer", got["token_type"])
			assert.EqualValues(t, DefaultTokenLifetime, got["expires_in"])
			assert.Equal(t, "read:users update:users", got["scope"])
			assert.Equal(t, "no-store", r.header.Get("Cache-Control"))
			assert.Equal(t, "application/json; charset=utf-8", r.header.Get("Content-Type"))

			parts := strings.Split(got["access_token"].(string), ".")
			require.Len(t, parts, 3, "the token is a JWT")
			payload, err := base64.RawURLEncoding.DecodeString(parts[1])
			require.NoError(t, err)
			var c claims
			require.NoError(t, json.Unmarshal(payload, &c))
			assert.Equal(t, testAudience, c.Audience)
			assert.Equal(t, "https://"+testDomain+"/", c.Issuer)
			assert.Equal(t, testClient+"@clients", c.Subject)
			assert.Equal(t, "client-credentials", c.GrantType)
		})
	}
}

func TestATokenRequestIsRefusedAsAuth0Does(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, contentType, body string
		status                  int
		want                    string
	}{
		{"a wrong secret is unauthorized", "application/json", tokenBody(testClient, "wrong", testAudience),
			401, `{"error":"access_denied","error_description":"Unauthorized"}`},
		{"an unknown client is unauthorized", "application/json", tokenBody("other", testSecret, testAudience),
			401, `{"error":"access_denied","error_description":"Unauthorized"}`},
		{"a missing grant type is an invalid request", "application/json", `{"client_id":"x"}`,
			400, `{"error":"invalid_request","error_description":"Missing required parameter: grant_type"}`},
		{"a body of another type lacks the grant type", "text/plain", tokenBody(testClient, testSecret, testAudience),
			400, `{"error":"invalid_request","error_description":"Missing required parameter: grant_type"}`},
		{"a missing client id is an invalid request", "application/json", `{"grant_type":"client_credentials","client_secret":"x"}`,
			400, `{"error":"invalid_request","error_description":"Missing required parameter: client_id"}`},
		{"a password grant is not allowed for the client", "application/json", `{"grant_type":"password","client_id":"x"}`,
			403, `{"error":"unauthorized_client","error_description":"Grant type 'password' not allowed for the client.","error_uri":"https://auth0.com/docs/clients/client-grant-types"}`},
		{"an unknown grant type is unsupported", "application/json", `{"grant_type":"magic","client_id":"x"}`,
			403, `{"error":"unsupported_grant_type","error_description":"Unsupported grant type: magic"}`},
		{"a missing audience is refused", "application/json", tokenBody(testClient, testSecret, ""),
			403, `{"error":"access_denied","error_description":"No audience parameter was provided, and no default audience has been configured"}`},
		{"another tenant's Management API is not enabled within the domain", "application/json", tokenBody(testClient, testSecret, "https://other.auth0.com/api/v2/"),
			403, `{"error":"access_denied","error_description":"Service not enabled within domain: https://other.auth0.com/api/v2/"}`},
		{"the custom domain's Management API is not enabled within the domain", "application/json", tokenBody(testClient, testSecret, "https://login.acme.com/api/v2/"),
			403, `{"error":"access_denied","error_description":"Service not enabled within domain: https://login.acme.com/api/v2/"}`},
		{"an unknown API is not found", "application/json", tokenBody(testClient, testSecret, "https://api.acme.com"),
			403, `{"error":"access_denied","error_description":"Service not found: https://api.acme.com"}`},
		{"a scope the client lacks is refused", "application/json", `{"grant_type":"client_credentials","client_id":"m2mclient","client_secret":"s3cr3t","audience":"` + testAudience + `","scope":"read:users delete:users"}`,
			403, `{"error":"access_denied","error_description":"Client has not been granted scopes: delete:users"}`},
		{"a JSON body that does not parse is an invalid request", "application/json", `{"grant_type":`,
			400, `{"error":"invalid_request","error_description":"Invalid JSON body"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTenant(t, func(c *Config) { c.CustomDomains = []string{"login.acme.com"} })
			r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", tt.contentType, tt.body)
			assert.Equal(t, tt.status, r.status)
			assert.JSONEq(t, tt.want, r.body)
		})
	}
}

func TestAClientWithoutAGrantIsNotAuthorizedForTheAPI(t *testing.T) {
	t.Parallel()
	s := newTenant(t, func(c *Config) { c.Clients[0].NoGrant = true })
	r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", "application/json", tokenBody(testClient, testSecret, testAudience))
	assert.Equal(t, http.StatusForbidden, r.status)
	assert.Equal(t, "access_denied", r.json(t)["error"])
	assert.Contains(t, r.json(t)["error_description"], `Client is not authorized to access "`+testAudience+`"`)
}

func TestTheScopeOfATokenIsWhatWasAskedFor(t *testing.T) {
	t.Parallel()
	s := newTenant(t, func(c *Config) { c.Clients[0].Scopes = []string{"read:users", "update:users", "read:clients"} })
	tests := []struct{ name, scope, want string }{
		{"no scope gives every granted scope", "", "read:users update:users read:clients"},
		{"one scope gives that scope", "read:users", "read:users"},
		{"a repeated scope is given once", "read:users read:users", "read:users"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			body := tokenBody(testClient, testSecret, testAudience)
			if tt.scope != "" {
				body = strings.TrimSuffix(body, "}") + `,"scope":"` + tt.scope + `"}`
			}
			r := do(t, s, "POST", "https://"+testDomain+"/oauth/token", "application/json", body)
			require.Equal(t, http.StatusOK, r.status, r.body)
			assert.Equal(t, tt.want, r.json(t)["scope"])
		})
	}
}

func TestTheZeroConfigIsAPermissiveTenant(t *testing.T) {
	t.Parallel()
	s, err := New(Config{})
	require.NoError(t, err)
	r := do(t, s, "POST", "https://whoever.us.auth0.com/oauth/token", "application/json",
		tokenBody("any", "thing", "https://whoever.us.auth0.com/api/v2/"))
	require.Equal(t, http.StatusOK, r.status, r.body)
	tok := r.json(t)["access_token"].(string)

	r = do(t, s, "GET", "https://whoever.us.auth0.com/api/v2/users/auth0%7Ctest12345", "", "", "Authorization", "Bearer "+tok)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, "Billie Magnusson", r.json(t)["name"], "the runner's example user is there")

	r = do(t, s, "POST", "https://whoever.us.auth0.com/oauth/token", "application/json", tokenBody("any", "", "https://whoever.us.auth0.com/api/v2/"))
	assert.Equal(t, http.StatusUnauthorized, r.status, "an empty secret is still refused")
}

func TestSeededTenantsIssueTheSameTokens(t *testing.T) {
	t.Parallel()
	assert.Equal(t, token(t, newTenant(t)), token(t, newTenant(t)))
}

func TestConfigMistakesAreReported(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"a client without a secret", Config{Clients: []Client{{ID: "x"}}}, "give both id and secret"},
		{"a user id without a provider", Config{Users: []User{{ID: "123"}}}, "must read provider|id"},
		{"a domain given as a URL", Config{Domain: "https://acme.auth0.com/"}, "give the host alone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := New(tt.cfg)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
