package auth0_test

import (
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVersion3ReadsAndUpdatesAUserThroughTheTenant(t *testing.T) {
	t.Parallel()
	tenant := newTenant(t)
	s := &spy{next: tenant}
	env := newEnv(t, "3.7.2", false, s)
	got := env.AwaitBody(t, `const m = mgmt({scope: 'read:users update:users'});
		const before = await m.getUser({id: '`+userID+`'});
		const after = await m.updateUserMetadata({id: '`+userID+`'}, {last_sms: 'x'});
		return [before.user_metadata, after.user_metadata];`)
	assert.JSONEq(t, `[{"lang":"fr"},{"lang":"fr","last_sms":"x"}]`, got)

	reqs := s.all()
	require.Len(t, reqs, 3, "one token for both calls")
	tok, get, patch := reqs[0], reqs[1], reqs[2]
	assert.Equal(t, "/oauth/token", tok.Path)
	assert.Equal(t, `{"grant_type":"client_credentials","client_id":"m2mclient","audience":"https://acme.eu.auth0.com/api/v2/","scope":"read:users update:users","client_secret":"s3cr3t"}`, tok.Body)
	assert.Equal(t, "application/json", tok.Header.Get("Content-Type"))
	assert.Equal(t, "node.js/12.22.12", tok.Header.Get("User-Agent"))
	assert.Equal(t, "application/json", tok.Header.Get("Accept"))
	assert.Equal(t, "gzip, deflate", tok.Header.Get("Accept-Encoding"))

	assert.Equal(t, "GET", get.Method)
	assert.Equal(t, "/api/v2/users/auth0%7C64f0c0ffee", get.Path)
	assert.Regexp(t, `^Bearer ey`, get.Header.Get("Authorization"))
	assert.Empty(t, get.Body)
	assert.Empty(t, get.Header.Get("Content-Length"))

	assert.Equal(t, "PATCH", patch.Method)
	assert.Equal(t, `{"user_metadata":{"last_sms":"x"}}`, patch.Body)
	assert.Equal(t, "34", patch.Header.Get("Content-Length"))

	telemetry, err := base64.RawURLEncoding.DecodeString(get.Header.Get("Auth0-Client"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"node-auth0","version":"3.7.2","env":{"node":"12.22.12"}}`, string(telemetry))
}

func TestVersion3CallbacksGetTheData(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.7.2", false, newTenant(t))
	got := env.AwaitBody(t, `const m = mgmt();
		const r = await new Promise((resolve) => {
			const ret = m.getUser({id: '`+userID+`'}, function (err, user) { resolve({err, email: user && user.email, args: arguments.length, ret}); });
		});
		const e = await new Promise((resolve) => m.updateAppMetadata({id: 'auth0|nobody'}, {a: 1}, (err) => resolve(errorShape(err))));
		return [r, e.name, e.statusCode];`)
	assert.JSONEq(t, `[{"err":null,"email":"jane@example.com","args":2},"Not Found",404]`, got)
}

func TestVersion3ErrorsAreSanitizedErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, script string
		want         map[string]any
	}{
		{"an unknown user is Not Found with Auth0's message",
			`await mgmt().getUser({id: 'auth0|nobody'});`,
			map[string]any{"name": "Not Found", "message": "The user does not exist.", "statusCode": 404.0,
				"requestInfo": map[string]any{"method": "get", "url": "https://acme.eu.auth0.com/api/v2/users/auth0%7Cnobody"}}},
		{"a wrong secret fails the token with the whole body as the message",
			`await mgmt({clientSecret: 'wrong'}).getUser({id: '` + userID + `'});`,
			map[string]any{"name": "access_denied", "message": `{"error":"access_denied","error_description":"Unauthorized"}`, "statusCode": 401.0,
				"requestInfo": map[string]any{"method": "post", "url": "https://acme.eu.auth0.com/oauth/token"}}},
		{"a missing scope is Forbidden",
			`await mgmt({scope: 'update:users'}).getUser({id: '` + userID + `'});`,
			map[string]any{"name": "Forbidden", "statusCode": 403.0,
				"message": "Insufficient scope, expected any of: read:users,read:current_user,read:user_idp_tokens"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, "3.7.2", false, newTenant(t))
			got := decode(t, runErr(t, env, tt.script))
			for k, v := range tt.want {
				assert.Equal(t, v, got[k], k)
			}
			assert.Equal(t, "SanitizedError", got["ctor"])
			assert.Equal(t, true, got["isError"])
			assert.Equal(t, []any{"name", "message", "statusCode", "requestInfo", "originalError"}, got["keys"])
		})
	}
}

func TestVersion3ChecksItsOptionsAtOnce(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, script, message string }{
		{"no options", `new auth0.ManagementClient()`, "Management API SDK options must be an object"},
		{"no domain", `new auth0.ManagementClient({clientId: 'a', clientSecret: 'b'})`, "Must provide a domain"},
		{"no client id", `new auth0.ManagementClient({domain: 'x.auth0.com', clientSecret: 'b'})`, "Must provide a clientId"},
		{"no secret", `new auth0.ManagementClient({domain: 'x.auth0.com', clientId: 'a'})`, "Must provide a clientSecret or a clientAssertionSigningKey"},
		{"an empty token", `new auth0.ManagementClient({domain: 'x.auth0.com', token: ''})`, "Must provide a token"},
		{"a scope that is not a string", `new auth0.ManagementClient({domain: 'x.auth0.com', clientId: 'a', clientSecret: 'b', scope: ['read:users']})`, "scope must be a string"},
		{"a grant without a secret", `new auth0.AuthenticationClient({domain: 'x.auth0.com', clientId: 'a'}).clientCredentialsGrant({audience: 'x'})`, "The client_secret or client_assertion field is required."},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an ArgumentError", func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, "3.7.2", false, newTenant(t))
			got := decode(t, runErr(t, env, tt.script))
			assert.Equal(t, "ArgumentError", got["name"])
			assert.Equal(t, tt.message, got["message"])
			assert.Equal(t, true, got["isError"])
		})
	}
}

func TestVersion3AuthenticationClientGrantsATokenAsJSON(t *testing.T) {
	t.Parallel()
	s := &spy{next: newTenant(t)}
	env := newEnv(t, "3.7.2", false, s)
	got := env.AwaitBody(t, `const a = new auth0.AuthenticationClient({domain: '`+domain+`', clientId: '`+clientID+`', clientSecret: '`+secret+`'});
		const r = await a.clientCredentialsGrant({audience: 'https://`+domain+`/api/v2/'});
		return [typeof r.access_token, r.token_type, r.expires_in];`)
	assert.JSONEq(t, `["string","Bearer",86400]`, got)
	var body map[string]string
	require.NoError(t, json.Unmarshal([]byte(s.all()[0].Body), &body))
	assert.Equal(t, "client_credentials", body["grant_type"])
}

func TestVersion3RetriesATooManyRequests(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		busy     int
		want     string
		requests int
	}{
		{"a 429 then an answer succeeds", 1, `"jane@example.com"`, 3},
		{"four 429s in a row fail after three retries", 4, `[429,"Too Many Requests"]`, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := &busyFor{next: newTenant(t), times: tt.busy}
			env := newEnv(t, "3.7.2", false, h)
			got := env.AwaitBody(t, `try { return (await mgmt().getUser({id: '`+userID+`'})).email; }
				catch (e) { return [e.statusCode, e.name]; }`)
			assert.JSONEq(t, tt.want, got)
			assert.Equal(t, tt.requests, h.count(), "the token once, then the user as many times as tried")
		})
	}
}

func TestVersion3TakesAGivenTokenAndCanAnswerHeadersToo(t *testing.T) {
	t.Parallel()
	s := &spy{next: newTenant(t)}
	env := newEnv(t, "3.7.2", false, s)
	got := env.AwaitBody(t, `const token = await new auth0.AuthenticationClient({domain: '`+domain+`', clientId: '`+clientID+`', clientSecret: '`+secret+`'})
			.clientCredentialsGrant({audience: 'https://`+domain+`/api/v2/'});
		const m = new auth0.ManagementClient({domain: '`+domain+`', token: token.access_token, includeResponseHeaders: true});
		const r = await m.getUser({id: '`+userID+`'});
		return [Object.keys(r), r.data.email, r.headers['content-type']];`)
	assert.JSONEq(t, `[["data","headers"],"jane@example.com","application/json; charset=utf-8"]`, got)
	assert.Len(t, s.all(), 2, "the given token is used as it is: no token request of its own")
}

func TestVersion3CallsBackAgainWithWhatTheCallbackThrew(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.7.2", false, newTenant(t))
	got := env.AwaitBody(t, `const calls = [];
		await new Promise((resolve) => mgmt().getUser({id: '`+userID+`'}, (err, user) => {
			calls.push(err ? 'error: ' + err.message : 'user');
			if (!err) throw new Error('oops');
			resolve();
		}));
		return calls;`)
	assert.JSONEq(t, `["user","error: oops"]`, got, "RetryRestClient's then(cb).catch(cb) calls a throwing callback twice")
}

func TestVersion3NetworkFailuresCarryTheirCode(t *testing.T) {
	t.Parallel()
	env := newEnvWith(t, "3.7.2", false, modtest.NoDNS)
	got := decode(t, runErr(t, env, `await mgmt().getUser({id: 'x'});`))
	assert.Equal(t, "APIError", got["name"])
	assert.Equal(t, "getaddrinfo ENOTFOUND acme.eu.auth0.com", got["message"])
	assert.Equal(t, "ENOTFOUND", got["statusCode"])
}

func TestVersion3PretendsNothingItDoesNotEmulate(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.7.2", false, newTenant(t))
	got := decode(t, runErr(t, env, `mgmt().getClients()`))
	assert.Contains(t, got["message"], "management.getClients() is not emulated by hookemu")
}
