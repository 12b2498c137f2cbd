package harness

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

// TestRefusedProblemsShortcutAnswersAsTheLongWay holds the shortcut
// (every answer accepted: the requests are not read) to what reading
// every request gives, on runs that take it and runs that do not.
func TestRefusedProblemsShortcutAnswersAsTheLongWay(t *testing.T) {
	t.Parallel()
	sent := Exchange{Provider: "8x8", Method: "POST", URL: "https://sms.8x8.com/api/v1/subaccounts/s/messages",
		Headers: map[string]string{"Content-Type": "application/json"}, Body: `{"destination":"+6512345678","text":"hi"}`,
		Status: 200, ResponseBody: `{"umid":"0b2a8c8e-2f4b-4d3e-9f6a-1c2d3e4f5a6b","status":{"state":"queued"}}`}
	refused := sent
	refused.Status, refused.ResponseBody = 400, `{"code":1002,"message":"Invalid MSISDN"}`
	notASend := refused
	notASend.Body = `{"hello":"there"}`
	accepted := sent
	accepted.Body = `{"hello":"there"}`
	tests := []struct {
		name      string
		exchanges []Exchange
		shortcut  bool
	}{
		{"one accepted send takes the shortcut", []Exchange{sent}, true},
		{"an accepted request that sends nothing takes the shortcut", []Exchange{accepted}, true},
		{"no exchange at all takes the shortcut", nil, true},
		{"one refused send is read the long way", []Exchange{refused}, false},
		{"a refused request that sends nothing is read the long way", []Exchange{notASend}, false},
		{"an accepted send after a refused one is read the long way", []Exchange{refused, sent}, false},
		{"a refused send after an accepted request that sends nothing is read the long way", []Exchange{accepted, refused}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.shortcut, everyAnswerAccepted(tt.exchanges))
			assert.Equal(t, refusals(tt.exchanges), RefusedProblems(emulator.OutcomeSuccess, tt.exchanges))
		})
	}
}
