package fake8x8

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestASingleSendAnswersExactlyLike8x8(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := send(t, s, `{"encoding":"AUTO","destination":"+6512345678","text":"Your code is 123456"}`)

	assert.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "application/json; charset=utf-8", r.header.Get("Content-Type"))
	assert.Equal(t, `{"umid":"`+testID(1)+`","clientMessageId":null,"destination":"6512345678","encoding":"GSM7",`+
		`"status":{"code":"QUEUED","description":"SMS is accepted and queued for processing"}}`, r.body)
}

func TestASingleSendEchoesTheClientMessageIDWithoutEscapingIt(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := send(t, s, `{"destination":"6512345678","text":"hi there","clientMessageId":"<order&1>"}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Contains(t, r.body, `"clientMessageId":"<order&1>"`)
}

func TestASingleSendStoresTheMessage(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := send(t, s, `{"destination":"+6512345678","text":"Hello Ünïcødé ✓","source":"Acme",
		"clientMessageId":"c-1","track":"outcome","clientIp":"203.0.113.9","dlrCallbackUrl":"https://example.com/dlr"}`)
	require.Equal(t, http.StatusOK, r.status, r.body)

	msgs := s.Messages()
	require.Len(t, msgs, 1)
	want := Message{
		UMID: testID(1), SubAccountID: testSubAccount, Destination: "6512345678", Source: "Acme",
		Text: "Hello Ünïcødé ✓", Encoding: "UCS2", Segments: 1, ClientMessageID: "c-1",
		DLRCallbackURL: "https://example.com/dlr", ClientIP: "203.0.113.9", Track: "Outcome",
		Status: StatusQueued, CreatedAt: testNow, UpdatedAt: testNow,
	}
	assert.Equal(t, want, msgs[0])

	got, ok := s.Message(testID(1))
	assert.True(t, ok)
	assert.Equal(t, want, got)
	_, ok = s.Message(testID(99))
	assert.False(t, ok, "an umid the fake never issued is not found")
}

func TestEncodingIsResolvedFromTheText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, encoding, text, want string
	}{
		{name: "AUTO with plain text resolves to GSM7", encoding: "AUTO", text: "Code 123456", want: "GSM7"},
		{name: "AUTO with GSM extension characters stays GSM7", encoding: "AUTO", text: "Price: 5€ [ok]", want: "GSM7"},
		{name: "AUTO with an emoji resolves to UCS2", encoding: "AUTO", text: "Code 123456 🔐", want: "UCS2"},
		{name: "AUTO with Thai text resolves to UCS2", encoding: "AUTO", text: "รหัสของคุณ", want: "UCS2"},
		{name: "no encoding behaves as AUTO", encoding: "", text: "Code 123456", want: "GSM7"},
		{name: "lowercase auto is accepted as AUTO", encoding: "auto", text: "Code ✓", want: "UCS2"},
		{name: "UCS2 is kept even for plain text", encoding: "UCS2", text: "Code 123456", want: "UCS2"},
		{name: "GSM7 is kept even for text outside GSM-7", encoding: "GSM7", text: "Code ✓", want: "GSM7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			body := map[string]any{"destination": "6512345678", "text": tt.text}
			if tt.encoding != "" {
				body["encoding"] = tt.encoding
			}
			r := send(t, s, jsonBody(t, body))
			require.Equal(t, http.StatusOK, r.status, r.body)
			assert.Equal(t, tt.want, r.decode(t)["encoding"])
			assert.Equal(t, tt.want, s.Messages()[0].Encoding)
		})
	}
}

func TestSegmentsAreCountedAndCappedAtTen(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		text          string
		wantEncoding  string
		wantSegments  int
		wantTruncated bool
	}{
		{name: "160 GSM-7 characters fit one segment", text: strings.Repeat("a", 160), wantEncoding: "GSM7", wantSegments: 1},
		{name: "161 GSM-7 characters need two segments", text: strings.Repeat("a", 161), wantEncoding: "GSM7", wantSegments: 2},
		{name: "306 GSM-7 characters fill two segments of 153", text: strings.Repeat("a", 306), wantEncoding: "GSM7", wantSegments: 2},
		{name: "81 euro signs count twice and need two segments", text: strings.Repeat("€", 81), wantEncoding: "GSM7", wantSegments: 2},
		{name: "70 UCS-2 characters fit one segment", text: strings.Repeat("ü✓", 35), wantEncoding: "UCS2", wantSegments: 1},
		{name: "71 UCS-2 characters need two segments", text: strings.Repeat("✓", 71), wantEncoding: "UCS2", wantSegments: 2},
		{name: "1530 GSM-7 characters are exactly ten segments", text: strings.Repeat("a", 1530), wantEncoding: "GSM7", wantSegments: 10},
		{name: "1531 GSM-7 characters are truncated to ten segments and still sent", text: strings.Repeat("a", 1531),
			wantEncoding: "GSM7", wantSegments: 10, wantTruncated: true},
		{name: "a very long UCS-2 text is truncated to ten segments", text: strings.Repeat("✓", 5000),
			wantEncoding: "UCS2", wantSegments: 10, wantTruncated: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := send(t, s, jsonBody(t, map[string]string{"destination": "6512345678", "text": tt.text}))
			require.Equal(t, http.StatusOK, r.status, r.body)
			msg := s.Messages()[0]
			assert.Equal(t, tt.wantEncoding, msg.Encoding)
			assert.Equal(t, tt.wantSegments, msg.Segments)
			assert.Equal(t, tt.wantTruncated, msg.Truncated)
			assert.Equal(t, tt.text, msg.Text, "the text is stored as the hook sent it")
		})
	}
}

func TestNationalNumbersAreConvertedWithTheCountry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, destination, country, want string
	}{
		{name: "a Singapore number without its country code gets 65", destination: "91234567", country: "SG", want: "6591234567"},
		{name: "a Philippine number loses its trunk 0", destination: "09171234567", country: "PH", want: "639171234567"},
		{name: "a US number gets 1", destination: "2025550308", country: "US", want: "12025550308"},
		{name: "a US number that already has 1 is kept", destination: "12025550308", country: "US", want: "12025550308"},
		{name: "a British mobile loses its trunk 0", destination: "07911123456", country: "GB", want: "447911123456"},
		{name: "an Italian landline keeps its leading 0", destination: "0612345678", country: "IT", want: "390612345678"},
		{name: "a Russian number loses its trunk 8", destination: "89161234567", country: "RU", want: "79161234567"},
		{name: "a country in lower case is accepted", destination: "91234567", country: "sg", want: "6591234567"},
		{name: "a number with + ignores the country", destination: "+6591234567", country: "US", want: "6591234567"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := send(t, s, jsonBody(t, map[string]string{"destination": tt.destination, "country": tt.country, "text": "hello"}))
			require.Equal(t, http.StatusOK, r.status, r.body)
			assert.Equal(t, tt.want, r.decode(t)["destination"])
			assert.Equal(t, tt.want, s.Messages()[0].Destination)
			assert.Equal(t, strings.ToUpper(tt.country), s.Messages()[0].Country)
		})
	}
}

func TestTheZeroConfigIssuesRealUUIDs(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	r := send(t, s, validSend)
	require.Equal(t, http.StatusOK, r.status, r.body)
	first := r.decode(t)["umid"]
	assert.Regexp(t, umidPattern, first)
	assert.NotEqual(t, first, send(t, s, validSend).decode(t)["umid"], "unseeded umids are random")
}

func TestHostsListsEveryRegion(t *testing.T) {
	t.Parallel()
	hosts := Hosts()
	assert.Equal(t, []string{"sms.8x8.com", "sms.us.8x8.com", "sms.8x8.uk", "sms.8x8.id"}, hosts)
	hosts[0] = "changed"
	assert.Equal(t, "sms.8x8.com", Hosts()[0], "a caller cannot change another caller's list")
}
