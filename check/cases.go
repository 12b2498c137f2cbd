package check

import (
	"slices"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
)

// matrixCase is one of the four ways Auth0 calls a send-phone-message
// hook. Each has its own code, so a hook that mixes up payloads shows.
type matrixCase struct {
	messageType, action, code string
}

var matrix = []matrixCase{
	{"sms", "enrollment", "482913"},
	{"sms", "second-factor-authentication", "573028"},
	{"voice", "enrollment", "604151"},
	{"voice", "second-factor-authentication", "719364"},
}

// label names the case in a report as the trigger names it: sms/enrollment
// for a hook or a send-phone-message Action, text/otp_enroll for a
// custom-phone-provider Action.
func (c matrixCase) label(trigger string) string {
	if trigger == emulator.TriggerCustomPhoneProvider {
		return c.deliveryMethod() + "/" + c.notificationType()
	}
	return c.messageType + "/" + c.action
}

// deliveryMethod and notificationType are the case as a
// custom-phone-provider Action gets it.
func (c matrixCase) deliveryMethod() string {
	if c.messageType == "voice" {
		return "voice"
	}
	return "text"
}

func (c matrixCase) notificationType() string {
	if c.action == "enrollment" {
		return "otp_enroll"
	}
	return "otp_verify"
}

// casesFor are the calls Auth0 makes of code of trigger: all four, but
// for a custom-phone-provider Action only those of the delivery methods
// its phone provider uses (methods, as Options.DeliveryMethods).
func casesFor(trigger string, methods []string) []matrixCase {
	if trigger != emulator.TriggerCustomPhoneProvider {
		return matrix
	}
	var out []matrixCase
	for _, c := range matrix {
		if slices.Contains(methods, c.deliveryMethod()) {
			out = append(out, c)
		}
	}
	return out
}

// faultCaseOf is the call where a failure matters most: the second
// factor of a login, by the first delivery method run.
func faultCaseOf(cases []matrixCase) matrixCase {
	for _, c := range cases {
		if c.action != "enrollment" {
			return c
		}
	}
	return cases[0]
}

// payload is base with this case's fields and a text as Auth0's default
// templates word it, the code inside. A custom-phone-provider Action gets
// both wordings, as_text and as_voice, whatever the delivery method.
func (c matrixCase) payload(base emulator.Payload) emulator.Payload {
	asText := c.code + " is your verification code for Test Application. Please enter this code to verify your enrollment."
	if c.action != "enrollment" {
		asText = c.code + " is your verification code for Test Application."
	}
	asVoice := "Hello. Your verification code for Test Application is " + c.code + ". I repeat, your verification code is " + c.code + "."
	text := asText
	if c.messageType == "voice" {
		text = asVoice
	}
	p, err := base.Merge(map[string]any{
		"text":    text,
		"context": map[string]any{"message_type": c.messageType, "action": c.action, "code": c.code},
		"event": map[string]any{"notification": map[string]any{
			"message_type": c.notificationType(), "delivery_method": c.deliveryMethod(),
			"code": c.code, "as_text": asText, "as_voice": asVoice,
		}},
	})
	if err != nil {
		panic("check: the built-in payload does not merge: " + err.Error()) // a bug in this file
	}
	return p
}

// faultCase makes the provider fail the way it does in production, to
// see that the hook passes the failure on to Auth0.
type faultCase struct {
	name  string
	what  string // how the report says it: "answers 500"
	fault fakekit.Fault
	// short runs the hook with the short time limit: the provider never
	// answers within it.
	short bool
}

// defaultTimeoutCaseLimit bounds the time-out case, so checking stays
// quick: the provider's delay (an hour) always outlasts it.
const defaultTimeoutCaseLimit = 2 * time.Second

var faultCases = []faultCase{
	{name: "fails on provider 500", what: "answers 500", fault: fakekit.Fault{Destination: "*", Status: 500}},
	{name: "fails on provider 401", what: "answers 401", fault: fakekit.Fault{Destination: "*", Status: 401}},
	{name: "fails on provider timeout", what: "does not answer", fault: fakekit.Fault{Destination: "*", Delay: time.Hour}, short: true},
}
