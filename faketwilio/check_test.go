package faketwilio_test

import (
	"io"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

// check runs Check on the same request r that ServeHTTP would get.
func check(t *testing.T, srv *faketwilio.Server, r *http.Request) (int, []byte, bool) {
	t.Helper()
	body, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	return srv.Check(r.Method, r.URL.RequestURI(), r.Header, body)
}

func TestCheckAgreesWithServeHTTP(t *testing.T) {
	t.Parallel()
	cfg := faketwilio.Config{AccountSID: account, AuthToken: token, Numbers: []string{"+14155550100"}, Services: []string{service}}
	wrongToken := post(messagesPath, validMessage)
	wrongToken.SetBasicAuth(account, "wrong")
	tests := []struct {
		name    string
		request func(t *testing.T) *http.Request
	}{
		{"a valid message is accepted", func(*testing.T) *http.Request {
			return post(messagesPath, with(validMessage, "From", "+14155550100"))
		}},
		{"a valid multipart message is accepted", func(t *testing.T) *http.Request {
			return postMultipart(t, messagesPath, validMessage)
		}},
		{"a message to an invalid number is refused", func(*testing.T) *http.Request {
			return post(messagesPath, with(validMessage, "To", "5551234567"))
		}},
		{"a message from another number is refused", func(*testing.T) *http.Request {
			return post(messagesPath, with(validMessage, "From", "+14155559999"))
		}},
		{"a message to a test number is refused", func(*testing.T) *http.Request {
			return post(messagesPath, with(validMessage, "To", "+15005550003"))
		}},
		{"a message with a wrong token is refused", func(*testing.T) *http.Request { return wrongToken }},
		{"a valid call is accepted", func(*testing.T) *http.Request { return post(callsPath, validCall) }},
		{"a call with broken TwiML is refused", func(*testing.T) *http.Request {
			return post(callsPath, with(validCall, "Twiml", "<Response>"))
		}},
		{"a valid verification is accepted", func(*testing.T) *http.Request { return post(verifyPath, validVerification) }},
		{"a verification of an unknown service is refused", func(*testing.T) *http.Request {
			return post("/v2/Services/VA11111111111111111111111111111111/Verifications", validVerification)
		}},
		{"an unknown path is refused", func(*testing.T) *http.Request { return get("/2010-04-01/Accounts/" + account + "/Nothing.json") }},
		{"a wrong method is refused", func(*testing.T) *http.Request { return get(messagesPath) }},
		{"a path with a query string is matched without it", func(*testing.T) *http.Request {
			return post(verifyPath+"?x=1", validVerification)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checked := newServer(cfg)
			status, errBody, ok := check(t, checked, tt.request(t))
			assert.Zero(t, checked.Journal().Len(), "Check journals nothing")
			assert.Empty(t, checked.Messages(), "Check stores nothing")
			assert.Empty(t, checked.Calls())
			assert.Empty(t, checked.Verifications())

			served := serve(newServer(cfg), tt.request(t))
			assert.Equal(t, served.Code, status)
			assert.Equal(t, served.Code < 400, ok)
			if ok {
				assert.Nil(t, errBody)
			} else {
				assert.Equal(t, served.Body.String(), string(errBody))
			}
		})
	}
}

func TestCheckSeesTheFakesState(t *testing.T) {
	t.Parallel()
	t.Run("a sixth verification send is refused without being counted", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		for range 4 {
			require.Equal(t, http.StatusCreated, serve(srv, post(verifyPath, validVerification)).Code)
		}
		for range 3 {
			status, _, ok := check(t, srv, post(verifyPath, validVerification))
			assert.True(t, ok)
			assert.Equal(t, http.StatusCreated, status)
		}
		require.Equal(t, http.StatusCreated, serve(srv, post(verifyPath, validVerification)).Code)
		status, body, ok := check(t, srv, post(verifyPath, validVerification))
		assert.False(t, ok)
		assert.Equal(t, 429, status)
		assert.JSONEq(t, twilioError(429, 60203, "Max send attempts reached"), string(body))
	})
	t.Run("a fetch passes Check for any well-formed SID, as Twilio made SIDs the fake never saw", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		for _, path := range []string{
			"/2010-04-01/Accounts/" + account + "/Messages/SM0123456789abcdef0123456789abcdef.json",
			"/2010-04-01/Accounts/" + account + "/Messages/MM0123456789abcdef0123456789abcdef.json",
			"/2010-04-01/Accounts/" + account + "/Calls/CA0123456789abcdef0123456789abcdef.json",
		} {
			status, body, ok := check(t, srv, get(path))
			assert.Equal(t, http.StatusOK, status, path)
			assert.Nil(t, body, path)
			assert.True(t, ok, path)
		}
	})
	t.Run("a fetch of a malformed SID fails Check as it fails ServeHTTP", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		for _, path := range []string{
			"/2010-04-01/Accounts/" + account + "/Messages/SM0.json",
			"/2010-04-01/Accounts/" + account + "/Messages/CA0123456789abcdef0123456789abcdef.json",
			"/2010-04-01/Accounts/" + account + "/Messages/SM0123456789ABCDEF0123456789ABCDEF.json",
			"/2010-04-01/Accounts/" + account + "/Calls/SM0123456789abcdef0123456789abcdef.json",
		} {
			status, body, ok := check(t, srv, get(path))
			assert.False(t, ok, path)
			assert.Equal(t, http.StatusNotFound, status, path)
			assert.Equal(t, serve(srv, get(path)).Body.String(), string(body), path)
		}
	})
	t.Run("faults are not rules, so Check ignores them", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500, Delay: 1 << 62}}})
		status, _, ok := check(t, srv, post(messagesPath, validMessage))
		assert.True(t, ok)
		assert.Equal(t, http.StatusCreated, status)
	})
	t.Run("a nil header is a request without credentials", func(t *testing.T) {
		t.Parallel()
		status, body, ok := newServer(faketwilio.Config{}).Check(http.MethodPost, messagesPath, nil, nil)
		assert.False(t, ok)
		assert.Equal(t, 401, status)
		assert.JSONEq(t, twilioError(401, 20003, "Authenticate"), string(body))
	})
	t.Run("a path that is no URL is not found", func(t *testing.T) {
		t.Parallel()
		status, body, ok := newServer(faketwilio.Config{}).Check(http.MethodPost, "/%zz", nil, nil)
		assert.False(t, ok)
		assert.Equal(t, 404, status)
		assert.JSONEq(t, twilioError(404, 20404, "The requested resource /%zz was not found"), string(body))
	})
}
