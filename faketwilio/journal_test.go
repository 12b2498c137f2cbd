package faketwilio_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/faketwilio"
)

func TestTheJournalRecordsEveryRequest(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	accepted := post(messagesPath+"?trace=1", validMessage)
	accepted.Header.Set("User-Agent", "twilio-node/3.84.0 (node.js v18.0.0)")
	okRec := serve(srv, accepted)
	badRec := serve(srv, post(messagesPath, with(validMessage, "To", "5551234567")))
	verifyRec := serve(srv, post(verifyPath, validVerification))
	callRec := serve(srv, post(callsPath, validCall))
	sid := decode(t, okRec)["sid"].(string)
	serve(srv, get("/2010-04-01/Accounts/"+account+"/Messages/"+sid+".json"))
	serve(srv, get("/nowhere"))

	entries := srv.Journal().Entries()
	require.Len(t, entries, 6)
	assert.Equal(t, entries, srv.Entries())
	for i, e := range entries {
		assert.Equal(t, "twilio", e.Provider, "entry %d", i)
		assert.Equal(t, now, e.Time, "entry %d", i)
	}

	t.Run("an accepted message names its destination and SID", func(t *testing.T) {
		e := entries[0]
		assert.Equal(t, http.MethodPost, e.Method)
		assert.Equal(t, messagesPath, e.Path)
		assert.Equal(t, "trace=1", e.Query)
		assert.Equal(t, http.StatusCreated, e.Status)
		assert.True(t, e.Accepted)
		assert.Equal(t, "+14155552345", e.Destination)
		assert.Equal(t, sid, e.MessageID)
		assert.Equal(t, validMessage.Encode(), string(e.Body))
		assert.Equal(t, okRec.Body.String(), string(e.Response))
		assert.Equal(t, "twilio-node/3.84.0 (node.js v18.0.0)", e.Header.Get("User-Agent"))
		assert.NotEmpty(t, e.Header.Get("Authorization"))
	})
	t.Run("a rejected message has its answer and no SID", func(t *testing.T) {
		e := entries[1]
		assert.Equal(t, http.StatusBadRequest, e.Status)
		assert.False(t, e.Accepted)
		assert.Equal(t, "5551234567", e.Destination)
		assert.Empty(t, e.MessageID)
		assert.Equal(t, badRec.Body.String(), string(e.Response))
	})
	t.Run("a verification names its destination and verification SID", func(t *testing.T) {
		e := entries[2]
		assert.True(t, e.Accepted)
		assert.Equal(t, "+15017122661", e.Destination)
		assert.Equal(t, decode(t, verifyRec)["sid"], e.MessageID)
	})
	t.Run("a call names its destination and call SID", func(t *testing.T) {
		e := entries[3]
		assert.True(t, e.Accepted)
		assert.Equal(t, "+14155552345", e.Destination)
		assert.Equal(t, decode(t, callRec)["sid"], e.MessageID)
	})
	t.Run("reading a message back is journaled but sends nothing", func(t *testing.T) {
		e := entries[4]
		assert.Equal(t, http.MethodGet, e.Method)
		assert.Equal(t, http.StatusOK, e.Status)
		assert.False(t, e.Accepted)
		assert.Equal(t, sid, e.MessageID)
	})
	t.Run("an unknown path is journaled", func(t *testing.T) {
		assert.Equal(t, http.StatusNotFound, entries[5].Status)
		assert.Equal(t, "/nowhere", entries[5].Path)
	})
	t.Run("the journal's headers are a copy", func(t *testing.T) {
		accepted.Header.Set("User-Agent", "changed")
		assert.Equal(t, "twilio-node/3.84.0 (node.js v18.0.0)", srv.Journal().Entries()[0].Header.Get("User-Agent"))
	})
}

func TestJournalSizeBoundsWhatIsKept(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{JournalSize: 3})
	var sids []string
	for range 5 {
		rec := serve(srv, post(messagesPath, validMessage))
		require.Equal(t, http.StatusCreated, rec.Code)
		sids = append(sids, decode(t, rec)["sid"].(string))
	}

	entries := srv.Journal().Entries()
	require.Len(t, entries, 3)
	assert.Equal(t, sids[2], entries[0].MessageID)
	messages := srv.Messages()
	require.Len(t, messages, 3)
	assert.Equal(t, sids[2:], []string{messages[0].SID, messages[1].SID, messages[2].SID})

	path := "/2010-04-01/Accounts/" + account + "/Messages/" + sids[0] + ".json"
	assertError(t, serve(srv, get(path)), 404, 20404, "The requested resource "+path+" was not found")
}

func TestResetForgetsEverythingReceived(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	serve(srv, post(messagesPath, validMessage))
	serve(srv, post(callsPath, validCall))
	serve(srv, post(verifyPath, validVerification))
	require.Equal(t, 3, srv.Journal().Len())

	srv.Reset()
	assert.Zero(t, srv.Journal().Len())
	assert.Empty(t, srv.Messages())
	assert.Empty(t, srv.Calls())
	assert.Empty(t, srv.Verifications())

	serve(srv, post(messagesPath, validMessage))
	assert.Len(t, srv.Messages(), 1)
	assert.Equal(t, int64(4), srv.Journal().Entries()[0].ID, "journal IDs keep increasing")
}

func TestABodyTooLargeIsRefusedAndNotJournaled(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	huge := post(messagesPath, with(validMessage, "Body", strings.Repeat("x", 10<<20)))

	rec := serve(srv, huge)

	assert.Equal(t, http.StatusRequestEntityTooLarge, rec.Code)
	assert.Equal(t, float64(20413), decode(t, rec)["code"])
	require.Equal(t, 1, srv.Journal().Len())
	assert.Empty(t, srv.Entries()[0].Body, "the refused body is not kept")
	assert.Empty(t, srv.Messages())
}

func TestStoredMessagesAreBoundedByBytes(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{JournalBytes: 64 << 10})
	for range 100 {
		require.Equal(t, http.StatusCreated, serve(srv, post(messagesPath, with(validMessage, "Body", strings.Repeat("x", 1600)))).Code)
	}
	assert.Less(t, len(srv.Messages()), 40, "about 64 KiB of 1,600 character messages")
	assert.LessOrEqual(t, srv.Journal().Bytes(), int64(64<<10))
}
