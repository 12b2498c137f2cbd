package fakekit_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
)

func TestACallIsTheSameWhetherItCameToServeHTTPOrToCheck(t *testing.T) {
	t.Parallel()
	r := httptest.NewRequest(http.MethodPost, "https://sms.test/api/v1/send?dry=1", strings.NewReader("x"))
	served := fakekit.CallOf(r, []byte("x"))
	checked := fakekit.CheckCall(http.MethodPost, "/api/v1/send?dry=1", r.Header, []byte("x"))
	assert.Equal(t, served, checked)
	t.Run("a Check without headers gets an empty header", func(t *testing.T) {
		t.Parallel()
		assert.NotNil(t, fakekit.CheckCall(http.MethodGet, "/", nil, nil).Header)
	})
}

func TestAJournalEntryKeepsItsOwnCopyOfTheHeader(t *testing.T) {
	t.Parallel()
	c := fakekit.CheckCall(http.MethodPost, "/send?x=1", http.Header{"Authorization": {"Bearer k"}}, []byte("{}"))
	at := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	e := c.Entry("8x8", at, 200, []byte(`{"ok":true}`))
	c.Header.Set("Authorization", "changed")
	assert.Equal(t, "Bearer k", e.Header.Get("Authorization"))
	assert.Equal(t, fakekit.Entry{Time: at, Provider: "8x8", Method: "POST", Path: "/send", Query: "x=1",
		Header: http.Header{"Authorization": {"Bearer k"}}, Body: []byte("{}"), Status: 200, Response: []byte(`{"ok":true}`)}, e)
}
