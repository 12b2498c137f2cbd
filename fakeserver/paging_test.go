package fakeserver_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// cursorList is list with its cursors.
type cursorList struct {
	list
	Before int64 `json:"before"`
	After  int64 `json:"after"`
}

func getList(t *testing.T, u string) cursorList {
	t.Helper()
	var got cursorList
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, u, "", &got))
	return got
}

func TestMessagesArePagedWithCursors(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	send8x8(t, base, to8x8, "1")       // 8x8-1
	sendTwilio(t, base, toTwilio, "2") // twilio-1
	send8x8(t, base, to8x8, "3")       // 8x8-2
	sendTwilio(t, base, toTwilio, "4") // twilio-2
	send8x8(t, base, to8x8, "5")       // 8x8-3

	first := getList(t, base+apiV1+"messages?limit=2")
	assert.Equal(t, []string{"8x8-3", "twilio-2"}, ids(first.Messages))
	assert.Equal(t, 5, first.Total)
	require.NotZero(t, first.Before, "older messages remain")
	second := getList(t, fmt.Sprintf("%smessages?limit=2&before=%d", base+apiV1, first.Before))
	assert.Equal(t, []string{"8x8-2", "twilio-1"}, ids(second.Messages))
	assert.Equal(t, 3, second.Total, "total counts what the cursor leaves")
	last := getList(t, fmt.Sprintf("%smessages?limit=2&before=%d", base+apiV1, second.Before))
	assert.Equal(t, []string{"8x8-1"}, ids(last.Messages))
	assert.Zero(t, last.Before, "no page after the last")

	assert.Empty(t, getList(t, fmt.Sprintf("%smessages?after=%d", base+apiV1, first.After)).Messages,
		"nothing arrived after the first page's after")
	sendTwilio(t, base, toTwilio, "6")
	send8x8(t, base, to8x8, "7")
	sendTwilio(t, base, toTwilio, "8")
	newer := getList(t, fmt.Sprintf("%smessages?limit=2&after=%d", base+apiV1, first.After))
	assert.Equal(t, []string{"8x8-4", "twilio-3"}, ids(newer.Messages), "after takes those right after the cursor, newest first")
	rest := getList(t, fmt.Sprintf("%smessages?limit=2&after=%d", base+apiV1, newer.After))
	assert.Equal(t, []string{"twilio-4"}, ids(rest.Messages), "following after skips none")
}

func TestCursorsAndLimitsThatMakeNoSenseAreRefused(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	tests := []struct {
		name, path, want string
	}{
		{"an after that is no number", "messages?after=8x8-1", "is not a cursor"},
		{"a negative before", "messages?before=-3", "is not a cursor"},
		{"a wait with before", "wait?before=3", "wait takes after="},
		{"a limit of zero", "messages?limit=0", "positive whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got apiError
			assert.Equal(t, http.StatusBadRequest, api(t, http.MethodGet, base+apiV1+tt.path, "", &got))
			assert.Contains(t, got.Error, tt.want)
		})
	}
}

func TestAPageStopsAtItsLimitAndItsBytes(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	text := strings.Repeat("a", 50_000)
	for range 100 {
		require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, text))
	}
	page := getList(t, base+apiV1+"messages?limit=5000")
	assert.Equal(t, 100, page.Total)
	assert.Less(t, page.Count, 100, "about 4 MiB of 50 kB messages")
	assert.Greater(t, page.Count, 50)
	assert.NotZero(t, page.Before, "the rest is a page away")
}

func TestAWaitAfterACursorAnswersOnlyWhatCameAfter(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	send8x8(t, base, to8x8, "old")
	cursor := getList(t, base+apiV1+"messages?limit=1").After
	answered := make(chan cursorList, 1)
	go func() {
		var got cursorList
		api(t, http.MethodGet, fmt.Sprintf("%swait?count=1&timeout=5m&after=%d", base+apiV1, cursor), "", &got)
		answered <- got
	}()
	require.Eventually(t, func() bool { return srv.WaitsInFlight() == 1 }, time.Minute, time.Millisecond)
	sendTwilio(t, base, toTwilio, "new")

	got := <-answered
	assert.Equal(t, []string{"twilio-1"}, ids(got.Messages), "the old message is not in the answer")
	assert.Equal(t, 1, got.Total)
	assert.Greater(t, got.After, cursor)
}

func TestLongPollsBeyondTheBoundAreRefusedWith429(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{MaxWaiters: 2})
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			assert.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"wait?count=1&timeout=5m", "", nil))
		})
	}
	require.Eventually(t, func() bool { return srv.WaitsInFlight() == 2 }, time.Minute, time.Millisecond)

	req, err := http.NewRequest(http.MethodGet, base+apiV1+"wait?count=1&timeout=5m", nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	body := readBody(t, resp)
	assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Contains(t, body, "--max-waiters")

	send8x8(t, base, to8x8, "frees both")
	wg.Wait()
	assert.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"wait?count=1&timeout=5m", "", nil), "a freed place is taken again")
}

// TestDeleteHandsTheMemoryBack fills the journal to its byte bound and
// checks that DELETE leaves nothing of it on the heap. The requests are
// refused before any parsing (no credentials), which keeps the test quick
// under the race detector; the journal keeps their bodies all the same.
// It runs alone, so the heap it reads is its own.
func TestDeleteHandsTheMemoryBack(t *testing.T) {
	srv, err := fakeserver.New(fakeserver.Config{MaxBytes: 12 << 20})
	require.NoError(t, err)
	body := "Body=" + strings.Repeat("a", 60_000)
	for range 220 {
		r := loadRequestTwilio(http.MethodPost, twilioMessagesPath, body)
		r.Header.Del("Authorization")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		require.Equal(t, http.StatusUnauthorized, w.Code)
	}
	require.Greater(t, srv.Fake("twilio").Journal().Bytes(), int64(10<<20), "the journal holds megabytes")

	w := httptest.NewRecorder()
	srv.ServeHTTP(w, &http.Request{Method: http.MethodDelete, URL: &url.URL{Path: apiV1 + "messages"}, Header: http.Header{}})
	require.Equal(t, http.StatusNoContent, w.Code)

	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	assert.Less(t, sample[0].Value.Uint64(), uint64(8<<20), "the heap after DELETE (the journal held 12 MiB)")
}
