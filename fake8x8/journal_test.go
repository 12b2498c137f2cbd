package fake8x8

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryRequestIsJournaledWithItsAnswer(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	ok := do(t, s, request{path: sendPath + "?trace=1", body: validSend})
	refused := send(t, s, `{"destination":"nope","text":"x"}`)

	entries := s.Entries()
	require.Len(t, entries, 2)
	first := entries[0]
	assert.Equal(t, "8x8", first.Provider)
	assert.Equal(t, http.MethodPost, first.Method)
	assert.Equal(t, sendPath, first.Path)
	assert.Equal(t, "trace=1", first.Query)
	assert.Equal(t, "Bearer "+testKey, first.Header.Get("Authorization"))
	assert.Equal(t, validSend, string(first.Body))
	assert.Equal(t, http.StatusOK, first.Status)
	assert.Equal(t, ok.body, string(first.Response))
	assert.Equal(t, "+6512345678", first.Destination, "the destination as the request gave it")
	assert.Equal(t, testID(1), first.MessageID)
	assert.True(t, first.Accepted)
	assert.Equal(t, testNow, first.Time)

	second := entries[1]
	assert.Equal(t, http.StatusBadRequest, second.Status)
	assert.Equal(t, refused.body, string(second.Response))
	assert.Equal(t, "nope", second.Destination)
	assert.Empty(t, second.MessageID)
	assert.False(t, second.Accepted)
	assert.Greater(t, second.ID, first.ID)
}

func TestTheJournalKeepsItsOwnCopyOfTheHeaders(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	header := authHeader()
	do(t, s, request{path: sendPath, body: validSend, header: header})
	header.Set("Authorization", "changed")
	assert.Equal(t, "Bearer "+testKey, s.Entries()[0].Header.Get("Authorization"))
}

func TestTheJournalAndTheMessagesAreBounded(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{JournalSize: 3})
	for range 5 {
		require.Equal(t, http.StatusOK, send(t, s, validSend).status)
	}
	entries := s.Entries()
	require.Len(t, entries, 3, "only the newest entries are kept")
	assert.Equal(t, []int64{3, 4, 5}, []int64{entries[0].ID, entries[1].ID, entries[2].ID})

	msgs := s.Messages()
	require.Len(t, msgs, 3, "only the newest messages are kept")
	assert.Equal(t, testID(3), msgs[0].UMID)
	_, found := s.Message(testID(1))
	assert.False(t, found)
}

func TestResetForgetsEverythingButKeepsCounting(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, send(t, s, validSend).status)
	s.Reset()
	assert.Empty(t, s.Entries())
	assert.Empty(t, s.Messages())
	assert.Equal(t, 0, s.Journal().Len())

	require.Equal(t, http.StatusOK, send(t, s, validSend).status)
	assert.Equal(t, int64(2), s.Entries()[0].ID, "journal ids are not reused after a reset")
	assert.Len(t, s.Messages(), 1)
}

func TestReadsAndCancellationsAreJournaled(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, send(t, s, validSend).status)
	get(t, s, sendPath+"/"+testID(1))
	get(t, s, "/api/v1/accounts/acme/balance")
	del(t, s, sendPath+"/"+testID(1))
	get(t, s, "/nowhere")

	entries := s.Entries()
	require.Len(t, entries, 5)
	assert.Equal(t, testID(1), entries[1].MessageID)
	assert.Equal(t, http.StatusOK, entries[2].Status)
	assert.Equal(t, http.MethodDelete, entries[3].Method)
	assert.Equal(t, http.StatusNotFound, entries[4].Status)
	for _, e := range entries[1:] {
		assert.False(t, e.Accepted, "only a send accepts a message")
		assert.Empty(t, e.Destination)
	}
}

func TestTheJournalAndStoredMessagesAreBoundedByBytes(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{JournalBytes: 64 << 10})
	text := strings.Repeat("a", 4000)
	for range 100 {
		require.Equal(t, http.StatusOK, send(t, s, `{"destination":"+6512345678","text":"`+text+`"}`).status)
	}
	assert.Less(t, len(s.Messages()), 20, "about 64 KiB of 4,000 character texts")
	assert.LessOrEqual(t, s.Journal().Bytes(), int64(64<<10))
	assert.Less(t, s.Journal().Len(), 20)
}
