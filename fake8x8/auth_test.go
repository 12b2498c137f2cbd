package fake8x8

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

const validSend = `{"destination":"+6512345678","text":"Your code is 123456"}`

func TestBearerKeyIsRequired(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		configuredKey string
		authorization []string // nil: no header at all
	}{
		{name: "a request without an Authorization header is refused", authorization: nil},
		{name: "an empty Authorization header is refused", authorization: []string{""}},
		{name: "Basic credentials are refused", authorization: []string{"Basic dXNlcjpwYXNz"}},
		{name: "a key without the Bearer scheme is refused", authorization: []string{"test-key"}},
		{name: "Bearer with nothing after it is refused", authorization: []string{"Bearer"}},
		{name: "Bearer with only spaces after it is refused", authorization: []string{"Bearer    "}},
		{name: "the key undefined from a missing secret is refused", authorization: []string{"Bearer undefined"}},
		{name: "the key null from a missing secret is refused", authorization: []string{"Bearer null"}},
		{name: "a key other than the configured one is refused", configuredKey: "right", authorization: []string{"Bearer wrong"}},
		{name: "a key that only starts like the configured one is refused", configuredKey: "right", authorization: []string{"Bearer right-ish"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{APIKey: tt.configuredKey})
			header := http.Header{"Content-Type": {"application/json"}}
			if tt.authorization != nil {
				header["Authorization"] = tt.authorization
			}
			r := do(t, s, request{path: sendPath, body: validSend, header: header})
			assertError(t, r, http.StatusUnauthorized, CodeUnauthenticated, "Request was not authenticated properly")
			assert.Empty(t, s.Messages())
			assert.Equal(t, 1, s.Journal().Len(), "a refused request is journaled too")
		})
	}
}

func TestBearerKeysThatAreAccepted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		configuredKey string
		authorization string
	}{
		{name: "any key is accepted when none is configured", authorization: "Bearer anything"},
		{name: "the configured key is accepted", configuredKey: "right", authorization: "Bearer right"},
		{name: "the scheme is matched without regard to case", configuredKey: "right", authorization: "bearer right"},
		{name: "spaces around the key are ignored", configuredKey: "right", authorization: "Bearer   right  "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{APIKey: tt.configuredKey})
			header := http.Header{"Authorization": {tt.authorization}, "Content-Type": {"application/json"}}
			r := do(t, s, request{path: sendPath, body: validSend, header: header})
			assert.Equal(t, http.StatusOK, r.status, r.body)
		})
	}
}

func TestSubAccountIsChecked(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		configured  []string
		subAccount  string
		wantStatus  int
		wantCode    int
		wantMessage string
	}{
		{name: "a subaccount id shorter than 3 characters is an invalid parameter", subAccount: "ab",
			wantStatus: 400, wantCode: CodeInvalidParameter},
		{name: "a subaccount id longer than 50 characters is an invalid parameter", subAccount: strings.Repeat("a", 51),
			wantStatus: 400, wantCode: CodeInvalidParameter},
		{name: "a subaccount id with a character outside the pattern is an invalid parameter", subAccount: "acme%20sms",
			wantStatus: 400, wantCode: CodeInvalidParameter},
		{name: "a subaccount id of exactly 50 allowed characters is accepted", subAccount: strings.Repeat("a", 47) + "-._",
			wantStatus: 200},
		{name: "a subaccount id with an ampersand is accepted", subAccount: "acme&co", wantStatus: 200},
		{name: "any well-formed subaccount is accepted when none are configured", subAccount: "whatever", wantStatus: 200},
		{name: "a subaccount the account does not own is refused", configured: []string{"acme-sms"}, subAccount: "other",
			wantStatus: 400, wantCode: CodeIllegalSubAccount, wantMessage: "Provided subAccountId doesn't belongs to your account"},
		{name: "a configured subaccount is accepted", configured: []string{"x-1", "acme-sms"}, subAccount: "acme-sms",
			wantStatus: 200},
		{name: "the subaccount undefined from a missing secret is refused", subAccount: "undefined",
			wantStatus: 400, wantCode: CodeIllegalSubAccount, wantMessage: msgIllegalSubAccount},
		{name: "the subaccount null from a missing secret is refused", subAccount: "null",
			wantStatus: 400, wantCode: CodeIllegalSubAccount, wantMessage: msgIllegalSubAccount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{SubAccounts: tt.configured})
			r := do(t, s, request{path: "/api/v1/subaccounts/" + tt.subAccount + "/messages", body: validSend})
			if tt.wantStatus == http.StatusOK {
				assert.Equal(t, http.StatusOK, r.status, r.body)
				return
			}
			assertError(t, r, tt.wantStatus, tt.wantCode, tt.wantMessage)
		})
	}
}

func TestAuthenticationComesBeforeTheSubAccountCheck(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{APIKey: "right", SubAccounts: []string{"acme-sms"}})
	header := http.Header{"Authorization": {"Bearer wrong"}}
	r := do(t, s, request{path: "/api/v1/subaccounts/x/messages", body: validSend, header: header})
	assertError(t, r, http.StatusUnauthorized, CodeUnauthenticated, msgUnauthenticated)
}

func TestEveryEndpointRequiresTheKey(t *testing.T) {
	t.Parallel()
	paths := []struct{ method, path string }{
		{http.MethodPost, sendPath},
		{http.MethodPost, batchPath},
		{http.MethodGet, sendPath + "/" + testID(1)},
		{http.MethodDelete, sendPath + "/" + testID(1)},
		{http.MethodDelete, batchPath + "/" + testID(1)},
		{http.MethodGet, "/api/v1/accounts/acme/balance"},
	}
	for _, p := range paths {
		t.Run(p.method+" "+p.path+" without a key is refused", func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := do(t, s, request{method: p.method, path: p.path, body: validSend, header: http.Header{}})
			assertError(t, r, http.StatusUnauthorized, CodeUnauthenticated, msgUnauthenticated)
		})
	}
}
