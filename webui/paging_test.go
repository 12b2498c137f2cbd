package webui_test

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inboxPage is what the inbox reads of GET messages.
type inboxPage struct {
	Total    int   `json:"total"`
	Count    int   `json:"count"`
	Before   int64 `json:"before"`
	After    int64 `json:"after"`
	Messages []struct {
		ID          string `json:"id"`
		Seq         int64  `json:"seq"`
		Provider    string `json:"provider"`
		Destination string `json:"destination"`
		Accepted    bool   `json:"accepted"`
	} `json:"messages"`
}

// inboxRead asks GET messages what the inbox asks: its filters, a page
// of 50, and a cursor.
func inboxRead(t *testing.T, base string, params url.Values) inboxPage {
	t.Helper()
	var page inboxPage
	require.Equal(t, http.StatusOK, browser(t, base, http.MethodGet, apiV1+"messages?"+params.Encode(), "", "", &page))
	return page
}

// TestTheInboxPagesThroughTenThousandMessages walks the journal as the
// inbox's buttons do, with journalSize messages in it (2,000 under the
// race detector, which slows each request about tenfold): every message is
// shown once, each page holds at most 50, the count is the same on every
// page, and filters and the count of new messages are the server's.
func TestTheInboxPagesThroughTenThousandMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a journal of 10,000 messages")
	}
	t.Parallel()
	srv, base := served(t)
	fault := `[{"destination": "` + benchFaulted + `", "status": 500, "code": 2000}]`
	require.Equal(t, http.StatusOK, serveDirect(srv, http.MethodPut, apiV1+"faults/8x8", "application/json", fault, "").Code)
	journalSize := journalSize
	if raceEnabled {
		journalSize = 2000
	}
	for i := range journalSize {
		sendDirect(srv, i)
	}

	t.Run("Older goes through every message once, 50 to a page, under one count", func(t *testing.T) {
		seen := map[string]bool{}
		skipped, pages := 0, 0
		params := url.Values{"limit": {"50"}}
		for {
			page := inboxRead(t, base, params)
			pages++
			require.LessOrEqual(t, page.Count, 50)
			require.Equal(t, journalSize, skipped+page.Total, "page %d shows the same count", pages)
			for _, m := range page.Messages {
				require.False(t, seen[m.ID], "%s shown twice", m.ID)
				seen[m.ID] = true
			}
			skipped += page.Count
			if page.Before == 0 {
				break
			}
			params.Set("before", strconv.FormatInt(page.Before, 10))
		}
		assert.Len(t, seen, journalSize)
		assert.Equal(t, journalSize/50, pages)
	})

	t.Run("filters are applied by the server and counted by it", func(t *testing.T) {
		rejected := inboxRead(t, base, url.Values{"limit": {"50"}, "accepted": {"false"}})
		assert.Equal(t, journalSize/10, rejected.Total, "one in ten went to the faulted number")
		for _, m := range rejected.Messages {
			assert.Equal(t, "8x8", m.Provider)
			assert.False(t, m.Accepted)
		}
		faulted := inboxRead(t, base, url.Values{"limit": {"50"}, "provider": {"8x8"}, "destination": {"+65 9999-0000"}})
		assert.Equal(t, journalSize/10, faulted.Total, "a destination is compared by its digits")
		calls := inboxRead(t, base, url.Values{"limit": {"50"}, "provider": {"twilio"}, "text": {"VERIFICATION CODE IS: 10000"}})
		assert.Equal(t, 2, calls.Total, "the text is searched ignoring case: Twilio's SMS with codes 100007 and 100008 (calls have no text)")
	})

	t.Run("while paused or on an older page, what is new is counted after the newest page's cursor", func(t *testing.T) {
		newest := inboxRead(t, base, url.Values{"limit": {"50"}})
		for i := range 3 {
			sendDirect(srv, journalSize+i)
		}
		pending := inboxRead(t, base, url.Values{"limit": {"1"}, "after": {strconv.FormatInt(newest.After, 10)}})
		assert.Equal(t, 3, pending.Total)
	})
}
