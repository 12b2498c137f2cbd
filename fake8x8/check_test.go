package fake8x8

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckAgreesWithServeHTTP(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		method string
		path   string
		header http.Header
		body   string
		ok     bool
	}{
		{name: "a valid send passes", path: sendPath, body: validSend, ok: true},
		{name: "a send without a key fails", path: sendPath, header: http.Header{}, body: validSend},
		{name: "a send with a wrong key fails", path: sendPath, header: http.Header{"Authorization": {"Bearer wrong"}}, body: validSend},
		{name: "a send to a foreign subaccount fails", path: "/api/v1/subaccounts/other/messages", body: validSend},
		{name: "a send with a bad number fails", path: sendPath, body: `{"destination":"1-808-555-5555","text":"x"}`},
		{name: "a send without text fails", path: sendPath, body: `{"destination":"+6512345678"}`},
		{name: "a send that is not JSON fails", path: sendPath, body: `text=hi`},
		{name: "a send whose JSON breaks off fails alike", path: sendPath, body: `{"destination":"+6512345678","text":`},
		{name: "a send that is a JSON array fails alike", path: sendPath, body: `[{"destination":"+6512345678"}]`},
		{name: "a send with a number for its text fails alike", path: sendPath, body: `{"destination":"+6512345678","text":5}`},
		{name: "a send wrapped in whitespace passes", path: sendPath, body: " \n" + validSend + "\n ", ok: true},
		{name: "a send labelled as a form fails alike", path: sendPath, header: http.Header{"Authorization": {"Bearer " + testKey}, "Content-Type": {"application/x-www-form-urlencoded"}}, body: validSend},
		{name: "a batch passes even when its messages are rejected", path: batchPath, body: `{"destinations":["bad"]}`, ok: true},
		{name: "an empty batch fails", path: batchPath, body: `{}`},
		{name: "an unknown path fails", path: "/api/v2/x", body: validSend},
		{name: "a wrong method fails", method: http.MethodPut, path: sendPath, body: validSend},
		{name: "a read of an umid that is not a UUID fails", method: http.MethodGet, path: sendPath + "/x"},
		{name: "a read of the balance passes", method: http.MethodGet, path: "/api/v1/accounts/acme/balance", ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			header := tt.header
			if header == nil {
				header = authHeader()
			}
			cfg := Config{APIKey: testKey, SubAccounts: []string{testSubAccount}}
			checker, server := newTestServer(cfg), newTestServer(cfg)

			status, errBody, ok := checker.Check(method, tt.path, header, []byte(tt.body))
			served := do(t, server, request{method: method, path: tt.path, header: header, body: tt.body})

			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, served.status, status, "Check and ServeHTTP give the same status")
			if !ok {
				assert.Equal(t, served.body, string(errBody), "and the same error body")
			} else {
				assert.Nil(t, errBody)
			}
			assert.Empty(t, checker.Entries(), "Check journals nothing")
			assert.Empty(t, checker.Messages(), "Check stores nothing")
		})
	}
}

func TestCheckDoesNotLookMessagesUp(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	status, _, ok := s.Check(http.MethodGet, sendPath+"/"+testID(42), authHeader(), nil)
	assert.True(t, ok, "a real umid is unknown to the fake, so only its shape is checked")
	assert.Equal(t, http.StatusOK, status)
}

func TestCheckIgnoresFaults(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500}}})
	_, _, ok := s.Check(http.MethodPost, sendPath, authHeader(), []byte(validSend))
	assert.True(t, ok, "a fault simulates 8x8 failing, not the request being wrong")
}

func TestCheckAcceptsAPathWithAQueryAndNoHeaders(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	status, errBody, ok := s.Check(http.MethodPost, sendPath+"?x=1", nil, []byte(validSend))
	assert.False(t, ok)
	assert.Equal(t, http.StatusUnauthorized, status)
	var body errorBody
	require.NoError(t, json.Unmarshal(errBody, &body))
	assert.Equal(t, CodeUnauthenticated, body.Code)

	_, _, ok = s.Check(http.MethodPost, sendPath+"?x=1", authHeader(), []byte(validSend))
	assert.True(t, ok)
}
