package fakeserver_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/fakeserver"
)

func TestTheSessionNamesTheRuntimesTheRunnerTakes(t *testing.T) {
	t.Parallel()
	srv, err := fakeserver.New(fakeserver.Config{})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	resp, err := http.Get(ts.URL + "/_hookemu/api/v1/session")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var session struct {
		Runtimes []string `json:"runtimes"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&session))
	assert.Equal(t, runtimes.Names(), session.Runtimes)
}
