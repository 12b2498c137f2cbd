package fakeauth0

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const userURL = "https://" + testDomain + "/api/v2/users/auth0%7C64f0c0ffee"

func TestAUserIsReadWithAToken(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	r := do(t, s, "GET", userURL, "", "", "Authorization", "Bearer "+token(t, s))
	require.Equal(t, http.StatusOK, r.status, r.body)
	u := r.json(t)
	assert.Equal(t, testUser, u["user_id"])
	assert.Equal(t, "jane@example.com", u["email"])
	assert.Equal(t, "+14155550100", u["phone_number"])
	assert.Equal(t, map[string]any{"lang": "fr", "prefs": map[string]any{"sms": true}}, u["user_metadata"])
	assert.Equal(t, map[string]any{"plan": "gold"}, u["app_metadata"])
	assert.Equal(t, []any{map[string]any{"provider": "auth0", "user_id": "64f0c0ffee",
		"connection": "Username-Password-Authentication", "isSocial": false}}, u["identities"])
}

func TestFieldsSelectWhatAUserShows(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	tok := token(t, s)
	r := do(t, s, "GET", userURL+"?fields=user_id,user_metadata", "", "", "Authorization", "Bearer "+tok)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Len(t, r.json(t), 2)

	r = do(t, s, "GET", userURL+"?fields=identities&include_fields=false", "", "", "Authorization", "Bearer "+tok)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.NotContains(t, r.json(t), "identities")
	assert.Contains(t, r.json(t), "email")
}

func TestTheManagementAPIRefusesAsAuth0Does(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	other := newTenant(t, func(c *Config) { c.Clients = append(c.Clients, Client{ID: "x", Secret: "y"}) })
	expired := s.sign(claims{Audience: testAudience, Expires: 1, Scope: "read:users"})
	wrongAudience := s.sign(claims{Audience: "https://other.auth0.com/api/v2/", Expires: 1 << 40, Scope: "read:users"})
	tests := []struct {
		name, method, url, auth, body string
		status                        int
		want                          string
	}{
		{"a request without a token is missing authentication", "GET", userURL, "", "",
			401, `{"statusCode":401,"error":"Unauthorized","message":"Missing authentication"}`},
		{"a token that is not a JWT is invalid", "GET", userURL, "Bearer abc", "",
			401, `{"statusCode":401,"error":"Unauthorized","message":"Invalid token"}`},
		{"another tenant's token is invalid", "GET", userURL, "Bearer " + token(t, other), "",
			401, `{"statusCode":401,"error":"Unauthorized","message":"Invalid token"}`},
		{"an expired token is refused", "GET", userURL, "Bearer " + expired, "",
			401, `{"statusCode":401,"error":"Unauthorized","message":"Expired token received for JSON Web Token validation"}`},
		{"a token for another audience is refused", "GET", userURL, "Bearer " + wrongAudience, "",
			401, `{"statusCode":401,"error":"Unauthorized","message":"Bad audience: https://other.auth0.com/api/v2/"}`},
		{"reading without read:users is an insufficient scope", "GET", userURL, "Bearer " + token(t, s, "update:users"), "",
			403, `{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users,read:current_user,read:user_idp_tokens","errorCode":"insufficient_scope"}`},
		{"updating without update:users is an insufficient scope", "PATCH", userURL, "Bearer " + token(t, s, "read:users"), `{"user_metadata":{}}`,
			403, `{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: update:users,update:users_app_metadata,update:current_user_metadata","errorCode":"insufficient_scope"}`},
		{"an unknown user does not exist", "GET", "https://" + testDomain + "/api/v2/users/auth0%7Cnobody", "Bearer " + token(t, s), "",
			404, `{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}`},
		{"updating an unknown user finds it does not exist", "PATCH", "https://" + testDomain + "/api/v2/users/auth0%7Cnobody", "Bearer " + token(t, s), `{"name":"x"}`,
			404, `{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}`},
		{"a body that is not JSON is refused", "PATCH", userURL, "Bearer " + token(t, s), `{"name":`,
			400, `{"statusCode":400,"error":"Bad Request","message":"Invalid request payload JSON format"}`},
		{"an empty object changes nothing and is refused", "PATCH", userURL, "Bearer " + token(t, s), `{}`,
			400, `{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Too few properties defined (0), minimum 1'.","errorCode":"invalid_body"}`},
		{"an attribute that cannot be updated is refused", "PATCH", userURL, "Bearer " + token(t, s), `{"last_sms":"now","user_id":"x"}`,
			400, `{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Additional properties not allowed: last_sms,user_id'.","errorCode":"invalid_body"}`},
		{"metadata that is not an object is refused", "PATCH", userURL, "Bearer " + token(t, s), `{"user_metadata":"x"}`,
			400, `{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Expected type object but found type string' on property user_metadata.","errorCode":"invalid_body"}`},
		{"a flag that is not a boolean is refused", "PATCH", userURL, "Bearer " + token(t, s), `{"blocked":"yes"}`,
			400, `{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Expected type boolean but found type string' on property blocked.","errorCode":"invalid_body"}`},
		{"another endpoint is not found", "GET", "https://" + testDomain + "/api/v2/clients", "Bearer " + token(t, s), "",
			404, `{"statusCode":404,"error":"Not Found","message":"Not Found"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var header []string
			if tt.auth != "" {
				header = []string{"Authorization", tt.auth}
			}
			r := do(t, s, tt.method, tt.url, "application/json", tt.body, header...)
			assert.Equal(t, tt.status, r.status)
			assert.JSONEq(t, tt.want, r.body)
		})
	}
}

func TestMetadataIsMergedAtTheFirstLevel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, patch string
		want        any
	}{
		{"a new key is added beside the others", `{"user_metadata":{"last_sms":"2024-01-01"}}`,
			map[string]any{"lang": "fr", "prefs": map[string]any{"sms": true}, "last_sms": "2024-01-01"}},
		{"a nested object is replaced whole, not merged", `{"user_metadata":{"prefs":{"voice":true}}}`,
			map[string]any{"lang": "fr", "prefs": map[string]any{"voice": true}}},
		{"a key set to null is removed", `{"user_metadata":{"lang":null}}`,
			map[string]any{"prefs": map[string]any{"sms": true}}},
		{"an empty object removes the metadata", `{"user_metadata":{}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTenant(t)
			r := do(t, s, "PATCH", userURL, "application/json", tt.patch, "Authorization", "Bearer "+token(t, s))
			require.Equal(t, http.StatusOK, r.status, r.body)
			assert.Equal(t, tt.want, r.json(t)["user_metadata"])
			assert.Equal(t, map[string]any{"plan": "gold"}, r.json(t)["app_metadata"], "app_metadata is untouched")
			stored, _ := s.User(testUser)
			assert.Equal(t, tt.want, stored["user_metadata"], "the update is kept")
		})
	}
}

func TestOtherAttributesAreReplacedOrUnset(t *testing.T) {
	t.Parallel()
	s := newTenant(t)
	r := do(t, s, "PATCH", userURL, "application/json", `{"name":"Jane Doe","phone_number":null,"password":"hunter2"}`,
		"Authorization", "Bearer "+token(t, s))
	require.Equal(t, http.StatusOK, r.status, r.body)
	u := r.json(t)
	assert.Equal(t, "Jane Doe", u["name"])
	assert.NotContains(t, u, "phone_number")
	assert.NotContains(t, u, "password", "a password is never shown")
}

func TestAppMetadataScopeAloneUpdatesOnlyMetadata(t *testing.T) {
	t.Parallel()
	s := newTenant(t, func(c *Config) { c.Clients[0].Scopes = []string{"update:users_app_metadata"} })
	tok := token(t, s)
	r := do(t, s, "PATCH", userURL, "application/json", `{"app_metadata":{"plan":"free"}}`, "Authorization", "Bearer "+tok)
	assert.Equal(t, http.StatusOK, r.status, r.body)
	r = do(t, s, "PATCH", userURL, "application/json", `{"name":"x"}`, "Authorization", "Bearer "+tok)
	assert.Equal(t, http.StatusForbidden, r.status, r.body)
	assert.Equal(t, "insufficient_scope", r.json(t)["errorCode"])
}
