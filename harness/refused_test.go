package harness_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

func TestSuccessAfterEveryMessageWasRefusedIsAWarning(t *testing.T) {
	t.Parallel()
	vonage := func(status string) harness.Exchange {
		return harness.Exchange{Provider: "vonage", Method: "POST",
			URL:    "https://rest.nexmo.com/sms/json?api_key=k&api_secret=s&from=Acme&to=447700900000&text=hi",
			Status: 200, ResponseBody: `{"message-count":"1","messages":[{"status":"` + status + `"}]}`}
	}
	sent8x8 := harness.Exchange{Provider: "8x8", Method: "POST", URL: "https://sms.8x8.com/api/v1/subaccounts/s/messages",
		Headers: map[string]string{"Content-Type": "application/json"}, Body: `{"destination":"+6512345678","text":"hi"}`,
		Status: 200, ResponseBody: `{"umid":"0b2a8c8e-2f4b-4d3e-9f6a-1c2d3e4f5a6b","status":{"state":"queued"}}`}
	token := harness.Exchange{Provider: "auth0", Method: "POST", URL: "https://acme.auth0.com/oauth/token", Status: 401, ResponseBody: `{}`}
	tests := []struct {
		name      string
		outcome   emulator.Outcome
		exchanges []harness.Exchange
		warns     bool
	}{
		{"a refusal inside a 200 the code reported as a success", emulator.OutcomeSuccess, []harness.Exchange{vonage("4")}, true},
		{"two refusals", emulator.OutcomeSuccess, []harness.Exchange{vonage("4"), vonage("3")}, true},
		{"a message the provider took", emulator.OutcomeSuccess, []harness.Exchange{vonage("0")}, false},
		{"a fallback to a provider that took it", emulator.OutcomeSuccess, []harness.Exchange{vonage("4"), sent8x8}, false},
		{"a refusal the code reported as a failure", emulator.OutcomeError, []harness.Exchange{vonage("4")}, false},
		{"a refused request that sends no message", emulator.OutcomeSuccess, []harness.Exchange{token}, false},
		{"a request that got no answer", emulator.OutcomeSuccess, []harness.Exchange{{Provider: "vonage", Method: "POST", URL: "https://rest.nexmo.com/sms/json?to=1"}}, false},
		{"a stubbed host's answer", emulator.OutcomeSuccess, []harness.Exchange{{Provider: "stub", Method: "POST", URL: "https://hooks.slack.com/x", Status: 500}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := harness.RefusedProblems(tt.outcome, tt.exchanges)
			if !tt.warns {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, emulator.SeverityWarning, got[0].Severity)
			assert.Contains(t, got[0].Message, "the code reported success, but vonage refused")
		})
	}
}
