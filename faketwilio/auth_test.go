package faketwilio_test

import (
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/faketwilio"
)

func TestAuthentication(t *testing.T) {
	t.Parallel()
	configured := faketwilio.Config{AccountSID: account, AuthToken: token}
	basic := func(credentials string) string {
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(credentials))
	}
	tests := []struct {
		name          string
		cfg           faketwilio.Config
		path          string
		authorization string
		ok            bool
	}{
		{name: "no Authorization header is refused",
			authorization: ""},
		{name: "a Bearer token is refused",
			authorization: "Bearer " + token},
		{name: "credentials that are not base64 are refused",
			authorization: "Basic %%%"},
		{name: "credentials without a colon are refused",
			authorization: "Basic " + base64.StdEncoding.EncodeToString([]byte(account))},
		{name: "a username that is not an account SID is refused by default",
			authorization: basic("SK0123456789abcdef0123456789abcdef:" + token)},
		{name: "an empty password is refused by default",
			authorization: basic(account + ":")},
		{name: "the password undefined, a lost secret, is refused by default",
			authorization: basic(account + ":undefined")},
		{name: "the password null, a lost secret, is refused by default",
			authorization: basic(account + ":null")},
		{name: "any AC account SID with a password is accepted by default",
			authorization: basic(account + ":anything"), ok: true},
		{name: "a short AC account SID is accepted by default",
			path:          "/2010-04-01/Accounts/AC123/Messages.json",
			authorization: basic("AC123:anything"), ok: true},
		{name: "a lowercase Basic scheme is accepted",
			authorization: "basic " + base64.StdEncoding.EncodeToString([]byte(account+":x")), ok: true},
		{name: "another account than the configured one is refused", cfg: configured,
			path:          "/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages.json",
			authorization: basic("AC11111111111111111111111111111111:" + token)},
		{name: "a wrong token for the configured account is refused", cfg: configured,
			authorization: basic(account + ":wrong")},
		{name: "the configured token with different case is refused", cfg: configured,
			authorization: basic(account + ":S3CR3T-TOKEN")},
		{name: "the configured account and token are accepted", cfg: configured,
			authorization: basic(account + ":" + token), ok: true},
		{name: "a configured token alone accepts any account with it", cfg: faketwilio.Config{AuthToken: token},
			authorization: basic(account + ":" + token), ok: true},
		{name: "a configured account alone accepts any password", cfg: faketwilio.Config{AccountSID: account},
			authorization: basic(account + ":whatever"), ok: true},
		{name: "credentials for another account than the path's are refused",
			path:          "/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages.json",
			authorization: basic(account + ":" + token)},
		{name: "Verify wants credentials too",
			path: verifyPath, authorization: ""},
		{name: "Verify takes the account's credentials",
			path: verifyPath, authorization: basic(account + ":" + token), ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(tt.cfg)
			path, body := messagesPath, validMessage
			if tt.path != "" {
				path = tt.path
			}
			if path == verifyPath {
				body = validVerification
			}
			r := post(path, body)
			r.Header.Del("Authorization")
			if tt.authorization != "" {
				r.Header.Set("Authorization", tt.authorization)
			}
			rec := serve(srv, r)
			if tt.ok {
				assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
				return
			}
			assertError(t, rec, 401, 20003, "Authenticate")
			assert.Equal(t, `Basic realm="Twilio API"`, rec.Header().Get("WWW-Authenticate"))
			assert.Empty(t, srv.Messages())
			assert.Empty(t, srv.Verifications())
		})
	}
}

func TestTheAuthenticatedAccountIsTheResourcesAccount(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	rec := serve(srv, post(verifyPath, validVerification))
	assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
	assert.Equal(t, account, decode(t, rec)["account_sid"])
	assert.Equal(t, account, srv.Verifications()[0].AccountSID)
}
