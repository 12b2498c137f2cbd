package check

import (
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

func (c matrixCase) label() string { return c.messageType + "/" + c.action }

// payload is base with this case's fields and a text as Auth0's default
// templates word it, the code inside.
func (c matrixCase) payload(base emulator.Payload) emulator.Payload {
	text := c.code + " is your verification code for Test Application. Please enter this code to verify your enrollment."
	switch {
	case c.messageType == "voice":
		text = "Hello. Your verification code for Test Application is " + c.code + ". I repeat, your verification code is " + c.code + "."
	case c.action != "enrollment":
		text = c.code + " is your verification code for Test Application."
	}
	p, err := base.Merge(map[string]any{
		"text":    text,
		"context": map[string]any{"message_type": c.messageType, "action": c.action, "code": c.code},
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

// faultPayload is the call where a failure matters most: the second
// factor of a login.
var faultPayload = matrix[1]
