package fakeserver_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

func TestTextFilterSearchesTheTextAsShown(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{Secrets: map[string]string{"pin": "s3cr3t-pin"}})
	send8x8(t, base, "+6511111111", "Your code is 123456")      // 8x8-1
	send8x8(t, base, "+6522222222", "Your PIN is s3cr3t-pin")   // 8x8-2
	sendTwilio(t, base, "+15551111111", "your Code is 654321")  // twilio-1
	send8x8(t, base, "+6533333333", "Bienvenue, code 111222 ✓") // 8x8-3

	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a word finds every message holding it, whatever its case", "CODE", []string{"8x8-3", "twilio-1", "8x8-1"}},
		{"a code finds its message", "654321", []string{"twilio-1"}},
		{"text beyond ASCII is found", "✓", []string{"8x8-3"}},
		{"a secret's value finds nothing, since the text shows its mask", "s3cr3t", []string{}},
		{"the mask is what is found instead", "<secret:pin>", []string{"8x8-2"}},
		{"a text no message holds finds none", "nothing like this", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got list
			require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages?text="+url.QueryEscape(tt.text), "", &got))
			assert.Equal(t, tt.want, ids(got.Messages))
			assert.Equal(t, len(tt.want), got.Total)
		})
	}
	t.Run("text combines with the other filters", func(t *testing.T) {
		t.Parallel()
		var got list
		require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages?provider=8x8&text=code", "", &got))
		assert.Equal(t, []string{"8x8-3", "8x8-1"}, ids(got.Messages))
	})
	t.Run("a wait counts only what the text picks", func(t *testing.T) {
		t.Parallel()
		var got list
		require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"wait?count=1&timeout=5s&text=654321", "", &got))
		assert.Equal(t, []string{"twilio-1"}, ids(got.Messages))
	})
	t.Run("a search longer than any SMS is refused", func(t *testing.T) {
		t.Parallel()
		var got map[string]string
		require.Equal(t, http.StatusBadRequest, api(t, http.MethodGet, base+apiV1+"messages?text="+strings.Repeat("a", 1001), "", &got))
		assert.Contains(t, got["error"], "text=")
	})
}

func TestMessagesSayTheirEncodingAndSegments(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	tests := []struct {
		name     string
		text     string
		encoding string
		segments int
	}{
		{"a short GSM-7 text is one segment", "Your code is 123456", "GSM7", 1},
		{"161 GSM-7 characters take two segments", strings.Repeat("a", 161), "GSM7", 2},
		{"one character outside GSM-7 makes it UCS-2", "Code 123456 ✓", "UCS2", 1},
		{"71 UCS-2 characters take two segments", strings.Repeat("ж", 71), "UCS2", 2},
	}
	for i, tt := range tests {
		to := "+651111110" + strconv.Itoa(i)
		require.Equal(t, http.StatusOK, send8x8(t, base, to, tt.text))
		t.Run(tt.name, func(t *testing.T) {
			var got fakeserver.Message
			require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages/latest?destination="+url.QueryEscape(to), "", &got))
			assert.Equal(t, tt.encoding, got.Encoding)
			assert.Equal(t, tt.segments, got.Segments)
		})
	}
}

func TestASearchReadsEachMessagesTextOnce(t *testing.T) {
	// Not parallel: AllocsPerRun counts the whole program's allocations.
	srv, base := start(t, fakeserver.Config{MaxMessages: 300})
	for i := range 400 {
		require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "Your code is "+strconv.Itoa(100000+i)))
	}
	search := fakeserver.Query{Filter: fakeserver.Filter{Text: "CODE IS"}, Limit: 1}
	require.Equal(t, 300, srv.Page(search).Total, "the journal holds the newest 300")

	allocs := testing.AllocsPerRun(3, func() { srv.Page(search) })
	assert.Less(t, allocs, 300.0, "searching again does not parse each message again")

	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "a new one, with no code"))
	assert.Equal(t, 299, srv.Page(search).Total, "what the journal dropped is not found")
	assert.Equal(t, 1, srv.Page(fakeserver.Query{Filter: fakeserver.Filter{Text: "NO CODE"}}).Total, "a new message is searched")
	srv.Reset()
	assert.Zero(t, srv.Page(search).Total, "nothing is found after a reset")
}
