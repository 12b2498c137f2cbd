package fakeinfobip

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSendingEndpoints(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, path, body string
		wantBulk         bool
		wantSMSCount     bool
		wantTo           string
	}{
		{"the docs' advanced send to one destination has no bulk id", advancedPath, advancedBody("+41793026727", "Your code is 123456"), false, false, "+41793026727"},
		{"an advanced send to two destinations has a bulk id", advancedPath,
			`{"messages":[{"destinations":[{"to":"41793026727"},{"to":"41793026728"}],"text":"hi"}]}`, true, false, "41793026727"},
		{"an advanced send asking for the count gets smsCount", advancedPath,
			`{"messages":[{"destinations":[{"to":"41793026727"}],"text":"hi"}],"includeSmsCountInResponse":true}`, false, true, "41793026727"},
		{"a single send with one address answers its smsCount", singlePath, `{"from":"InfoSMS","to":"41793026727","text":"hi"}`, false, true, "41793026727"},
		{"a single send with an array of addresses has a bulk id", singlePath, `{"to":["41793026727","41793026728"],"text":"hi"}`, true, true, "41793026727"},
		{"a voice message always has a bulk id", voicePath, `{"text":"Your code is 1 2 3","to":"41793026727","language":"en"}`, true, false, "41793026727"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			a := do(t, s, request{path: c.path, body: c.body})
			require.Equal(t, http.StatusOK, a.status, a.body)
			assert.Equal(t, "application/json;charset=UTF-8", a.header.Get("Content-Type"))
			m := a.decode(t)
			_, hasBulk := m["bulkId"]
			assert.Equal(t, c.wantBulk, hasBulk, a.body)
			first := m["messages"].([]any)[0].(map[string]any)
			assert.Equal(t, c.wantTo, first["to"])
			_, hasCount := first["smsCount"]
			assert.Equal(t, c.wantSMSCount, hasCount, a.body)
			assert.NotEmpty(t, first["messageId"])
			assert.Equal(t, map[string]any{"groupId": 1.0, "groupName": "PENDING", "id": 26.0, "name": "PENDING_ACCEPTED", "description": "Message sent to next instance"}, first["status"])

			entries := s.Journal().Entries()
			require.Len(t, entries, 1)
			assert.Equal(t, Name, entries[0].Provider)
			assert.Equal(t, c.wantTo, entries[0].Destination)
			assert.Equal(t, first["messageId"], entries[0].MessageID)
			assert.True(t, entries[0].Accepted)
		})
	}
}

func TestV3SendAnswersDestinationAndBulk(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	a := do(t, s, request{path: v3Path, body: `{"messages":[{"sender":"InfoSMS","destinations":[{"to":"41793026727"}],"content":{"text":"hi"}}]}`})
	require.Equal(t, http.StatusOK, a.status, a.body)
	m := a.decode(t)
	assert.NotEmpty(t, m["bulkId"])
	first := m["messages"].([]any)[0].(map[string]any)
	assert.Equal(t, "41793026727", first["destination"])
	assert.Equal(t, "PENDING", first["status"].(map[string]any)["groupName"])
}

func TestSeededIDsRepeat(t *testing.T) {
	t.Parallel()
	first := do(t, newTestServer(Config{}), request{path: advancedPath, body: advancedBody("41793026727", "hi")})
	second := do(t, newTestServer(Config{}), request{path: advancedPath, body: advancedBody("41793026727", "hi")})
	assert.Equal(t, first.body, second.body)
}

func TestAClientMessageIDIsKept(t *testing.T) {
	t.Parallel()
	a := do(t, newTestServer(Config{}), request{path: advancedPath, body: `{"messages":[{"destinations":[{"to":"41793026727","messageId":"MY-ID-1"}],"text":"hi"}]}`})
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "MY-ID-1", a.decode(t)["messages"].([]any)[0].(map[string]any)["messageId"])
}

func TestDestinationsInfobipRejects(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, to string
		id       float64
		status   string
	}{
		{"letters are an invalid destination", "not-a-number", 52, "REJECTED_DESTINATION"},
		{"dashes are an invalid destination", "1-808-555-5555", 52, "REJECTED_DESTINATION"},
		{"a national number misses its prefix", "0712345678", 8, "REJECTED_PREFIX_MISSING"},
		{"too few digits are an invalid destination", "+123", 52, "REJECTED_DESTINATION"},
		{"an empty address is a missing to", "", 51, "MISSING_TO"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			a := do(t, s, request{path: advancedPath, body: advancedBody(c.to, "hi")})
			require.Equal(t, http.StatusOK, a.status, "Infobip reports a rejected destination inside a 200")
			st := a.firstStatus(t)
			assert.Equal(t, "REJECTED", st["groupName"])
			assert.Equal(t, 5.0, st["groupId"])
			assert.Equal(t, c.id, st["id"])
			assert.Equal(t, c.status, st["name"])
			assert.False(t, s.Journal().Entries()[0].Accepted)
		})
	}
}

func TestAVoiceMessageWithoutTextIsRejected(t *testing.T) {
	t.Parallel()
	a := do(t, newTestServer(Config{}), request{path: voicePath, body: `{"to":"41793026727"}`})
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "REJECTED_MESSAGE_IS_EMPTY", a.firstStatus(t)["name"])
}

func TestOneBadDestinationDoesNotRejectTheOthers(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	a := do(t, s, request{path: advancedPath, body: `{"messages":[{"destinations":[{"to":"abc"},{"to":"41793026727"}],"text":"hi"}]}`})
	require.Equal(t, http.StatusOK, a.status)
	msgs := a.decode(t)["messages"].([]any)
	assert.Equal(t, "REJECTED", msgs[0].(map[string]any)["status"].(map[string]any)["groupName"])
	assert.Equal(t, "PENDING", msgs[1].(map[string]any)["status"].(map[string]any)["groupName"])
	assert.True(t, s.Journal().Entries()[0].Accepted)
}
