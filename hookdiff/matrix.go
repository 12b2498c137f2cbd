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

// Matrix is every case diff runs: sms and voice, enrollment and second
// factor, with the provider answering and answering 500.
func Matrix() []Case {
	var out []Case
	codes := []string{"482913", "573028", "604151", "719364"}
	i := 0
	for _, mt := range []string{"sms", "voice"} {
		for _, action := range []string{"enrollment", "second-factor-authentication"} {
			for _, fails := range []bool{false, true} {
				out = append(out, Case{MessageType: mt, Action: action, ProviderFails: fails, Code: codes[i/2]})
				i++
			}
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
// fields, and a text worded as Auth0's default templates word it.
func (c Case) Payload(base emulator.Payload) emulator.Payload {
	if base.Context == nil {
		base = emulator.DefaultPayload()
	}
	text := c.Code + " is your verification code for Test Application. Please enter this code to verify your enrollment."
	switch {
	case c.MessageType == "voice":
		text = "Hello. Your verification code for Test Application is " + c.Code + ". I repeat, your verification code is " + c.Code + "."
	case c.Action != "enrollment":
		text = c.Code + " is your verification code for Test Application."
	}
	p, err := base.Merge(map[string]any{
		"text":    text,
		"context": map[string]any{"message_type": c.MessageType, "action": c.Action, "code": c.Code},
	})
	if err != nil {
		panic("hookdiff: the built-in payload does not merge: " + err.Error()) // a bug in this file
	}
	return p
}
