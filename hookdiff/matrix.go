package hookdiff

import (
	"github.com/hookemu/hookemu/emulator"
)

// Case is one call Auth0 makes: which message, which step of the login,
// and whether the provider accepts it.
type Case struct {
	MessageType   string `json:"message_type"`
	Action        string `json:"action"`
	ProviderFails bool   `json:"provider_fails"`
	// Code is the one-time password; each case has its own, so code that
	// mixes up payloads shows.
	Code string `json:"code"`
}

// Matrix is every case diff runs: each of Auth0's calls
// (emulator.Calls), with the provider answering and answering 500.
func Matrix() []Case {
	var out []Case
	for _, c := range emulator.Calls() {
		for _, fails := range []bool{false, true} {
			out = append(out, Case{MessageType: c.MessageType, Action: c.Action, ProviderFails: fails, Code: c.Code})
		}
	}
	return out
}

// Name reads as the case's line in a report: "sms, enrollment, provider
// answers".
func (c Case) Name() string {
	step := c.Action
	if step == "second-factor-authentication" {
		step = "second factor"
	}
	provider := "provider answers"
	if c.ProviderFails {
		provider = "provider fails (500)"
	}
	return c.MessageType + ", " + step + ", " + provider
}

// Payload is base (the Auth0 runner's example when zero) with this case's
// fields, as emulator.Call gives them.
func (c Case) Payload(base emulator.Payload) emulator.Payload {
	return emulator.Call{MessageType: c.MessageType, Action: c.Action, Code: c.Code}.Payload(base)
}
