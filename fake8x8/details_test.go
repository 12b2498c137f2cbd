package fake8x8

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, s http.Handler, path string) result {
	t.Helper()
	return do(t, s, request{method: http.MethodGet, path: path})
}

func del(t *testing.T, s http.Handler, path string) result {
	t.Helper()
	return do(t, s, request{method: http.MethodDelete, path: path})
}

func TestMessageDetailsHaveThe8x8Shape(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, send(t, s, `{"destination":"+6591234567","text":"`+
		string(make161())+`","source":"Acme","clientMessageId":"c-1"}`).status)

	r := get(t, s, sendPath+"/"+testID(1))
	assert.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, contentType, r.header.Get("Content-Type"))
	assert.Equal(t, `{"umid":"`+testID(1)+`","subAccountId":"acme-sms","direction":"outbound","country":"SG",`+
		`"status":{"state":"queued","timestamp":"2024-05-01T09:30:00.000Z"},"msisdn":"+659123xxxx","source":"Acme",`+
		`"body":"**MASKED**","encoding":"GSM7","createdAt":"2024-05-01T09:30:00.000Z","smsCount":2,`+
		`"price":{"total":0.015,"perSms":0.0075,"currency":"USD"},"clientMessageId":"c-1"}`, r.body)
}

func make161() []byte {
	b := make([]byte, 161)
	for i := range b {
		b[i] = 'a'
	}
	return b
}

func TestMessageDetailsNameTheBatchAndTheCountry(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, sendBatchBody(t, s,
		`{"clientBatchId":"b-1","destinations":["+18085555555"],"template":{"text":"hi"}}`).status)
	m := get(t, s, sendPath+"/"+testID(2)).decode(t)
	assert.Equal(t, testID(1), m["batchId"])
	assert.Equal(t, "b-1", m["clientBatchId"])
	assert.Equal(t, "b-1/18085555555", m["clientMessageId"])
	assert.Equal(t, "US", m["country"], "the main region of a shared calling code")
	assert.Equal(t, "+1808555xxxx", m["msisdn"])
}

func TestMessageDetailsOfUnknownMessagesAreRefused(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, send(t, s, validSend).status)

	t.Run("an umid the fake never issued is not found", func(t *testing.T) {
		assertError(t, get(t, s, sendPath+"/"+testID(99)), http.StatusNotFound, CodeNotFound, "Message not found.")
	})
	t.Run("another subaccount's message is not found", func(t *testing.T) {
		r := get(t, s, "/api/v1/subaccounts/other/messages/"+testID(1))
		assertError(t, r, http.StatusNotFound, CodeNotFound, "Message not found.")
	})
	t.Run("an umid that is not a UUID is an invalid parameter", func(t *testing.T) {
		assertError(t, get(t, s, sendPath+"/12345"), http.StatusBadRequest, CodeInvalidParameter, "Invalid umid.")
	})
}

func TestAScheduledMessageCanBeCancelled(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	later := testNow.Add(time.Hour).Format(time.RFC3339)
	require.Equal(t, http.StatusOK, send(t, s, withFields(t, fields{"scheduled": later})).status)
	require.Equal(t, http.StatusOK, send(t, s, validSend).status) // umid 2, sent at once

	r := del(t, s, sendPath+"/"+testID(1))
	assert.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, `{"cancelledCount":1}`, r.body)
	msg, _ := s.Message(testID(1))
	assert.Equal(t, StatusCancelled, msg.Status)

	status := get(t, s, sendPath+"/"+testID(1)).decode(t)["status"]
	assert.Equal(t, map[string]any{"state": "failed", "errorMessage": "Cancelled", "timestamp": testTimestamp}, status)

	assert.Equal(t, `{"cancelledCount":0}`, del(t, s, sendPath+"/"+testID(1)).body, "a cancelled message cannot be cancelled again")
	assert.Equal(t, `{"cancelledCount":0}`, del(t, s, sendPath+"/"+testID(2)).body, "a message sent at once cannot be cancelled")
	assertError(t, del(t, s, sendPath+"/"+testID(99)), http.StatusNotFound, CodeNotFound, "Message not found.")
	assertError(t, del(t, s, sendPath+"/nope"), http.StatusBadRequest, CodeInvalidParameter, "Invalid umid.")
}

func TestAScheduledBatchCanBeCancelled(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	later := testNow.Add(time.Hour).Format(time.RFC3339)
	r := sendBatchBody(t, s, `{"messages":[{"destination":"+6598760001"},{"destination":"+6598760002","scheduled":null},
		{"destination":"+6598760003","scheduled":"2020-01-01T00:00:00Z"}],"template":{"text":"x","scheduled":"`+later+`"}}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	batchID := r.decode(t)["batchId"].(string)

	r = del(t, s, batchPath+"/"+batchID)
	assert.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, `{"cancelledCount":2}`, r.body,
		"a null scheduled takes the template's; a message whose own time has passed was sent at once")

	assert.Equal(t, `{"cancelledCount":0}`, del(t, s, batchPath+"/"+batchID).body)
	assertError(t, del(t, s, batchPath+"/"+testID(99)), http.StatusNotFound, CodeNotFound, "Batch not found.")
	assertError(t, del(t, s, batchPath+"/b-1"), http.StatusBadRequest, CodeInvalidParameter, "Invalid batchId.")
	assertError(t, del(t, s, "/api/v1/subaccounts/other/messages/batch/"+batchID), http.StatusNotFound, CodeNotFound, "Batch not found.")
}

func TestTheBalanceGoesDownWithEverySegment(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	balance := func() string { return get(t, s, "/api/v1/accounts/acme/balance").body }
	assert.Equal(t, `{"balance":100,"currency":"USD"}`, balance())

	require.Equal(t, http.StatusOK, send(t, s, `{"destination":"+6591234567","text":"`+string(make161())+`"}`).status)
	assert.Equal(t, `{"balance":99.985,"currency":"USD"}`, balance(), "two segments at 0.0075")

	later := testNow.Add(time.Hour).Format(time.RFC3339)
	require.Equal(t, http.StatusOK, send(t, s, withFields(t, fields{"scheduled": later})).status)
	assert.Equal(t, `{"balance":99.9775,"currency":"USD"}`, balance())
	require.Equal(t, `{"cancelledCount":1}`, del(t, s, sendPath+"/"+testID(2)).body)
	assert.Equal(t, `{"balance":99.985,"currency":"USD"}`, balance(), "a cancelled message is refunded")

	s.Reset()
	assert.Equal(t, `{"balance":100,"currency":"USD"}`, balance())
}
