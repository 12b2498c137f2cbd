package fakeserver_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

func TestSecretsGivenAfterStartAreMaskedInWhatWasAlreadySentAndSearched(t *testing.T) {
	t.Parallel()
	records := make(lineWriter, 64) // every request is logged, the API's too
	srv, base := start(t, fakeserver.Config{Logger: slog.New(slog.NewJSONHandler(records, nil))})
	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "Your code is 123456 TAG-zx81"))
	<-records
	require.Equal(t, 1, total(t, base, "?text=zx81"), "the search finds the text before the value is a secret")

	require.NoError(t, srv.MaskSecrets(map[string]string{"tag": "TAG-zx81"}))

	assert.Zero(t, total(t, base, "?text=zx81"), "the search kept no unmasked text")
	listed := get(t, base, "/_hookemu/api/v1/messages")
	assert.NotContains(t, listed, "TAG-zx81")
	assert.Contains(t, listed, "Your code is 123456 <secret:tag>")
	require.NoError(t, srv.MaskSecrets(map[string]string{"subaccount": "acme"}))
	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "again"))
	for logged := range records {
		if strings.Contains(logged, `"POST"`) {
			assert.NotContains(t, logged, "/subaccounts/acme/", "the request log masks what was learned")
			assert.Contains(t, logged, "/subaccounts/<secret:subaccount>/")
			break
		}
	}
}

func TestMaskSecretsNamesEachValueOnceAndIsBounded(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	require.NoError(t, srv.MaskSecrets(map[string]string{"tag": "first-value-1"}))
	require.NoError(t, srv.MaskSecrets(map[string]string{"tag": "second-value-2", "other": "first-value-1"}))
	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "first-value-1 second-value-2"))
	assert.Contains(t, get(t, base, "/_hookemu/api/v1/messages"), "<secret:tag> <secret:tag-2>",
		"a value keeps the name it was first given; a new value of a taken name gets one of its own")

	many := map[string]string{}
	for i := range 5000 {
		many[fmt.Sprintf("s%d", i)] = fmt.Sprintf("value-%04d", i)
	}
	err := srv.MaskSecrets(many)
	require.ErrorIs(t, err, fakeserver.ErrTooManySecrets)
	assert.Contains(t, err.Error(), "restart it")
	huge := strings.Repeat("x", 2<<20)
	require.ErrorIs(t, srv.MaskSecrets(map[string]string{"huge": huge}), fakeserver.ErrTooManySecrets)
}

// total is how many messages the list picks with query.
func total(t *testing.T, base, query string) int {
	t.Helper()
	var got list
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+"/_hookemu/api/v1/messages"+query, "", &got))
	return got.Total
}

// get is an answer's body as text.
func get(t *testing.T, base, path string) string {
	t.Helper()
	var raw json.RawMessage
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+path, "", &raw))
	return string(raw)
}
