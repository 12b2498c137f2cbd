package fake8x8

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sendBatchBody(t *testing.T, s http.Handler, body string) result {
	t.Helper()
	return do(t, s, request{path: batchPath, body: body})
}

func TestABatchAnswersWithItsSummaryAndEveryMessage(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{
		"clientBatchId": "Demo#1001",
		"messages": [
			{"destination": "6598760001"},
			{"destination": "659876002", "clientMessageId": "id_100001"},
			{"destination": "33509750003", "clientMessageId": "id_100002", "text": "Bonjour ✓"},
			{"destination": "+1123456789", "clientMessageId": "id_100003"}
		],
		"template": {"source": "AwesomeName", "text": "Message to the world", "encoding": "AUTO"},
		"includeMessagesInResponse": true
	}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, contentType, r.header.Get("Content-Type"))

	queued := `"status":{"code":"QUEUED","description":"SMS is accepted and queued for processing"}`
	// ids: message 1 is the batch id, then one per message in order.
	want := `{"batchId":"` + testID(1) + `","clientBatchId":"Demo#1001","acceptedCount":3,"rejectedCount":1,"messages":[` +
		`{"umid":"` + testID(2) + `","clientMessageId":"Demo#1001/6598760001","destination":"6598760001","encoding":"GSM7",` + queued + `},` +
		`{"umid":"` + testID(3) + `","clientMessageId":"id_100001","destination":"659876002","encoding":"GSM7",` + queued + `},` +
		`{"umid":"` + testID(4) + `","clientMessageId":"id_100002","destination":"33509750003","encoding":"UCS2",` + queued + `},` +
		`{"umid":"` + testID(5) + `","clientMessageId":"id_100003","destination":"+1123456789","encoding":"GSM7",` +
		`"status":{"code":"REJECTED","description":"Invalid MSISDN format (not E.164 international number)"}}]}`
	assert.Equal(t, want, r.body)

	msgs := s.Messages()
	require.Len(t, msgs, 3, "only accepted messages are stored")
	for _, m := range msgs {
		assert.Equal(t, testID(1), m.BatchID)
		assert.Equal(t, "Demo#1001", m.ClientBatchID)
		assert.Equal(t, "AwesomeName", m.Source, "the template's source applies")
	}
	assert.Equal(t, "Message to the world", msgs[0].Text, "the template's text applies")
	assert.Equal(t, "Bonjour ✓", msgs[2].Text, "a message's own text wins over the template's")
}

func TestABatchLeavesOutMessagesUnlessAsked(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{"destinations":["+6598760001","+6598760002"],"template":{"text":"Hi"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, `{"batchId":"`+testID(1)+`","clientBatchId":null,"acceptedCount":2,"rejectedCount":0}`, r.body)
	msgs := s.Messages()
	require.Len(t, msgs, 2)
	assert.Equal(t, "6598760001", msgs[0].Destination)
	assert.Equal(t, "Hi", msgs[1].Text)
	assert.Empty(t, msgs[0].ClientMessageID, "without clientBatchId no clientMessageId is made up")
}

func TestMessagesTakePrecedenceOverDestinations(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{"messages":[{"destination":"+6598760001","text":"a"}],"destinations":["+6598760002","+6598760003"],"template":{"text":"b"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.EqualValues(t, 1, r.decode(t)["acceptedCount"])
	require.Len(t, s.Messages(), 1)
	assert.Equal(t, "6598760001", s.Messages()[0].Destination)
}

func TestABadMessageIsRejectedWithoutFailingTheBatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		message     string
		description string
	}{
		{name: "a message without text is rejected as missing text", message: `{"destination":"+6598760001"}`,
			description: "Text value is missing"},
		{name: "a message with a long source is rejected as an invalid source", message: `{"destination":"+6598760001","text":"x","source":"ThisIsTooLong"}`,
			description: "Invalid Source value. Reached max allowed limit"},
		{name: "a message whose expiry has passed is rejected as expired", message: `{"destination":"+6598760001","text":"x","expiry":"2020-01-01T00:00:00Z"}`,
			description: "Expiry time already reached"},
		{name: "a message with a bad number is rejected as an invalid MSISDN", message: `{"destination":"12","text":"x"}`,
			description: "Invalid MSISDN format (not E.164 international number)"},
		{name: "a message with a bad encoding is rejected as an invalid encoding", message: `{"destination":"+6598760001","text":"x","encoding":"ASCII"}`,
			description: msgInvalidEncoding},
		{name: "a message that is not an object is rejected as an invalid parameter", message: `"+6598760001"`,
			description: "Invalid parameter: each entry of messages must be a message object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			body := `{"includeMessagesInResponse":true,"messages":[{"destination":"+6598760009","text":"ok"},` + tt.message + `]}`
			r := sendBatchBody(t, s, body)
			require.Equal(t, http.StatusOK, r.status, r.body)
			var resp batchResponse
			require.NoError(t, json.Unmarshal([]byte(r.body), &resp))
			assert.Equal(t, 1, resp.AcceptedCount)
			assert.Equal(t, 1, resp.RejectedCount)
			require.Len(t, resp.Messages, 2)
			assert.Equal(t, smsStatus{Code: "REJECTED", Description: tt.description}, resp.Messages[1].Status)
			assert.Len(t, s.Messages(), 1)
		})
	}
}

func TestARejectedMessageEchoesWhatItWasSent(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{"includeMessagesInResponse":true,"clientBatchId":"b1","messages":[
		{"destination":"+1 555","text":"✓","clientMessageId":"mine"},
		{"destination":"+1 556","text":"x"}]}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	var resp batchResponse
	require.NoError(t, json.Unmarshal([]byte(r.body), &resp))
	require.Len(t, resp.Messages, 2)
	assert.Equal(t, "+1 555", resp.Messages[0].Destination)
	assert.Equal(t, "UCS2", resp.Messages[0].Encoding, "the encoding its text would have had")
	assert.Equal(t, "mine", *resp.Messages[0].ClientMessageID)
	assert.Equal(t, "b1/1 556", *resp.Messages[1].ClientMessageID)
}

func TestABatchFailsAsAWholeOnlyForBatchErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		body       string
		wantCode   int
		wantPrefix string
	}{
		{name: "a batch without messages or destinations is an invalid parameter", body: `{"template":{"text":"x"}}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: a batch needs at least one entry"},
		{name: "a batch with empty lists is an invalid parameter", body: `{"messages":[],"destinations":[]}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: a batch needs at least one entry"},
		{name: "messages that are not a list are an invalid parameter", body: `{"messages":{"destination":"+6598760001"}}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: messages must be an array"},
		{name: "destinations that are not a list are an invalid parameter", body: `{"destinations":"+6598760001"}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: destinations must be an array"},
		{name: "a template that is not an object is an invalid parameter", body: `{"destinations":["+6598760001"],"template":"x"}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: template must be an object"},
		{name: "a clientBatchId of 21 characters is an invalid parameter", body: `{"destinations":["+6598760001"],"clientBatchId":"` + strings.Repeat("b", 21) + `"}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: clientBatchId"},
		{name: "includeMessagesInResponse that is not a boolean is an invalid parameter", body: `{"destinations":["+6598760001"],"includeMessagesInResponse":"yes"}`,
			wantCode: 1000, wantPrefix: "Invalid parameter: includeMessagesInResponse"},
		{name: "a body that is not JSON is an invalid parameter", body: `messages=1`,
			wantCode: 1000, wantPrefix: "Invalid parameter: the request body must be a JSON object"},
		{name: "10,001 destinations reach the bulk limit", body: destinationsBody(MaxBatchSize + 1),
			wantCode: 1100, wantPrefix: "Bulk limit reached"},
		{name: "10,001 messages reach the bulk limit", body: messagesBody(MaxBatchSize + 1),
			wantCode: 1100, wantPrefix: "Bulk limit reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := sendBatchBody(t, s, tt.body)
			assertErrorPrefix(t, r, http.StatusBadRequest, tt.wantCode, tt.wantPrefix)
			assert.Empty(t, s.Messages())
		})
	}
}

func destinationsBody(n int) string {
	d := make([]string, n)
	for i := range d {
		d[i] = fmt.Sprintf("+659%07d", i)
	}
	b, _ := json.Marshal(map[string]any{"destinations": d, "template": map[string]string{"text": "hi"}})
	return string(b)
}

func messagesBody(n int) string {
	m := make([]map[string]string, n)
	for i := range m {
		m[i] = map[string]string{"destination": fmt.Sprintf("+659%07d", i), "text": "hi"}
	}
	b, _ := json.Marshal(map[string]any{"messages": m})
	return string(b)
}

func TestABatchOfExactlyTenThousandIsAccepted(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, destinationsBody(MaxBatchSize))
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.EqualValues(t, MaxBatchSize, r.decode(t)["acceptedCount"])
	assert.Len(t, s.Messages(), MaxBatchSize)
}

func TestABatchIsJournaledAsOneRequest(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{"destinations":["+6598760001","bad"],"template":{"text":"x"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	entries := s.Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, "+6598760001", entries[0].Destination, "the first destination names the batch")
	assert.Equal(t, testID(1), entries[0].MessageID, "the batch id")
	assert.True(t, entries[0].Accepted)
}

func TestABatchWhoseMessagesAreAllRejectedIsNotAccepted(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := sendBatchBody(t, s, `{"destinations":["bad"],"template":{"text":"x"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.EqualValues(t, 1, r.decode(t)["rejectedCount"])
	assert.False(t, s.Entries()[0].Accepted)
}

func TestTheTemplateAndBatchClientIPApplyToEveryMessage(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	scheduled := testNow.Add(time.Hour).Format(time.RFC3339)
	r := sendBatchBody(t, s, `{"clientIp":"203.0.113.9","destinations":["+6598760001"],
		"template":{"text":"x","source":"Acme","encoding":"UCS2","scheduled":"`+scheduled+`","dlrCallbackUrl":"https://e.com/d"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	m := s.Messages()[0]
	assert.Equal(t, "203.0.113.9", m.ClientIP)
	assert.Equal(t, "Acme", m.Source)
	assert.Equal(t, "UCS2", m.Encoding)
	assert.Equal(t, testNow.Add(time.Hour), m.Scheduled)
	assert.Equal(t, "https://e.com/d", m.DLRCallbackURL)
}
