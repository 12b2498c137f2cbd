package main

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServeMasksTheSecretsGivenInItsAPIAndLog(t *testing.T) {
	t.Parallel()
	env := filepath.Join(t.TempDir(), ".env")
	require.NoError(t, os.WriteFile(env, []byte("subaccount=acme-otp-prod\n"), 0o600))
	s := startServe(t, "--log-format", "json", "--secrets-file", env, "--secret", "code=123456")

	status, _ := serveRequest(t, http.MethodPost, s.base+"/api/v1/subaccounts/acme-otp-prod/messages", "application/json", smsBody)
	require.Equal(t, http.StatusOK, status)
	status, body := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/wait?count=1&timeout=5s", "", "")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `"path": "/api/v1/subaccounts/<secret:subaccount>/messages"`)
	assert.Contains(t, body, `"text": "Your code is <secret:code>"`)
	assert.NotContains(t, body, "acme-otp-prod")

	assert.Equal(t, exitOK, s.stop())
	assert.Contains(t, s.stderr.String(), `"path":"/api/v1/subaccounts/<secret:subaccount>/messages"`)
	assert.NotContains(t, s.stderr.String(), "acme-otp-prod")
}
