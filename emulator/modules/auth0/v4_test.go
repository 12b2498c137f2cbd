package auth0_test

import (
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVersion4AnswersWithDataHeadersAndStatus(t *testing.T) {
	t.Parallel()
	s := &spy{next: newTenant(t)}
	env := newEnv(t, "4.37.1", true, s)
	got := env.AwaitBody(t, `const m = mgmt();
		const r = await m.users.get({id: '`+userID+`'});
		const u = await m.users.update({id: '`+userID+`'}, {user_metadata: {last_sms: 'x'}});
		return {keys: Object.keys(r), status: r.status, statusText: r.statusText, email: r.data.email,
			type: r.headers.get('content-type'), meta: u.data.user_metadata};`)
	assert.JSONEq(t, `{"keys":["data","headers","status","statusText"],"status":200,"statusText":"OK","email":"jane@example.com",
		"type":"application/json; charset=utf-8","meta":{"lang":"fr","last_sms":"x"}}`, got)

	reqs := s.all()
	require.Len(t, reqs, 3, "one token for both calls")
	tok, get, patch := reqs[0], reqs[1], reqs[2]
	assert.Equal(t, "client_id=m2mclient&audience=https%3A%2F%2Facme.eu.auth0.com%2Fapi%2Fv2%2F&client_secret=s3cr3t&grant_type=client_credentials", tok.Body)
	assert.Equal(t, "application/x-www-form-urlencoded", tok.Header.Get("Content-Type"))
	assert.Equal(t, "node", tok.Header.Get("User-Agent"), "undici's own User-Agent")
	assert.Equal(t, "/api/v2/users/auth0%7C64f0c0ffee", get.Path)
	assert.Regexp(t, `^Bearer ey`, get.Header.Get("Authorization"))
	assert.Empty(t, get.Header.Get("Content-Type"), "a GET has no body and no type")
	assert.Equal(t, `{"user_metadata":{"last_sms":"x"}}`, patch.Body)
	assert.Equal(t, "application/json", patch.Header.Get("Content-Type"))
	telemetry, err := base64.RawURLEncoding.DecodeString(get.Header.Get("Auth0-Client"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"node-auth0","version":"4.37.1","env":{"node":"22.12.0"}}`, string(telemetry))
}

func TestVersion4ErrorsAreTyped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, script string
		want         map[string]any
		keys         []any
	}{
		{"an unknown user is a ManagementApiError",
			`await mgmt().users.get({id: 'auth0|nobody'});`,
			map[string]any{"name": "ManagementApiError", "message": "The user does not exist.", "statusCode": 404.0,
				"errorCode": "inexistent_user", "error": "Not Found"},
			[]any{"errorCode", "error", "statusCode", "body", "headers", "msg", "name"}},
		{"a wrong secret is an AuthApiError",
			`await mgmt({clientSecret: 'wrong'}).users.get({id: '` + userID + `'});`,
			map[string]any{"name": "AuthApiError", "message": "Unauthorized", "statusCode": 401.0,
				"error": "access_denied", "error_description": "Unauthorized"},
			[]any{"error", "error_description", "statusCode", "body", "headers", "name"}},
		{"a missing id is a RequiredError",
			`await mgmt().users.get({});`,
			map[string]any{"name": "RequiredError", "message": "Required parameter requestParameters.id was null or undefined.", "field": "id"},
			[]any{"field", "name"}},
		{"a metadata update the schema refuses is a ManagementApiError",
			`await mgmt().users.update({id: '` + userID + `'}, {user_metadata: 'x'});`,
			map[string]any{"name": "ManagementApiError", "statusCode": 400.0, "errorCode": "invalid_body"},
			[]any{"errorCode", "error", "statusCode", "body", "headers", "msg", "name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, "4.37.1", true, newTenant(t))
			got := decode(t, runErr(t, env, tt.script))
			for k, v := range tt.want {
				assert.Equal(t, v, got[k], k)
			}
			assert.Equal(t, tt.keys, got["keys"])
			assert.Equal(t, true, got["isError"])
		})
	}
}

func TestVersion4ClassesAreExported(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "4.37.1", true, newTenant(t))
	got := env.AwaitBody(t, `try { await mgmt().users.get({id: 'auth0|nobody'}); } catch (e) {
		return [e instanceof auth0.ManagementApiError, typeof auth0.AuthenticationClient, typeof auth0.FetchError]; }`)
	assert.JSONEq(t, `[true,"function","function"]`, got)
}

func TestVersion4AuthenticationClientGrantsATokenAsAForm(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "4.37.1", true, newTenant(t))
	got := env.AwaitBody(t, `const a = new auth0.AuthenticationClient({domain: '`+domain+`', clientId: '`+clientID+`', clientSecret: '`+secret+`'});
		const r = await a.oauth.clientCredentialsGrant({audience: 'https://`+domain+`/api/v2/'});
		return [r.status, r.data.token_type, r.data.scope];`)
	assert.JSONEq(t, `[200,"Bearer","read:users update:users"]`, got)
}

func TestVersion4RetriesATooManyRequests(t *testing.T) {
	t.Parallel()
	h := &busyFor{next: newTenant(t), times: 2}
	env := newEnv(t, "4.37.1", true, h)
	got := env.AwaitBody(t, `return (await mgmt().users.get({id: '`+userID+`'})).data.email;`)
	assert.Equal(t, `"jane@example.com"`, got)
	assert.Equal(t, 4, h.count())
}

func TestVersion4NeedsTheFetchOfNode18(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "4.37.1", false, newTenant(t))
	got := decode(t, runErr(t, env, `mgmt()`))
	assert.Equal(t, "TypeError", got["name"])
	assert.Equal(t, "Cannot read property 'bind' of undefined", got["message"])
}

func TestVersion4AUnreachableTenantIsAFetchError(t *testing.T) {
	t.Parallel()
	env := newEnvWith(t, "4.37.1", true, modtest.NoDNS)
	got := decode(t, runErr(t, env, `await mgmt().users.get({id: 'x'});`))
	assert.Equal(t, "FetchError", got["name"])
	assert.Equal(t, "fetch failed", got["message"])
}

func TestVersion4TimesOutAfterItsDuration(t *testing.T) {
	t.Parallel()
	hang := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/oauth/token" {
			newTenant(t).ServeHTTP(w, r)
			return
		}
		<-r.Context().Done() // answers only when the client gives up
	})
	env := newEnv(t, "4.37.1", true, hang)
	got := decode(t, runErr(t, env, `await mgmt({timeoutDuration: 1}).users.get({id: '`+userID+`'});`))
	assert.Equal(t, "FetchError", got["name"])
	assert.Equal(t, "The request was timed out.", got["message"])
}
