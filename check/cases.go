package check

import (
	"slices"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
)

// label names a call in a report as the trigger names it: sms/enrollment
// for a hook or a send-phone-message Action, text/otp_enroll for a
// custom-phone-provider Action.
func label(c emulator.Call, trigger string) string {
	if trigger == emulator.TriggerCustomPhoneProvider {
		return c.DeliveryMethod() + "/" + c.NotificationType()
	}
	return c.MessageType + "/" + c.Action
}

// casesFor are the calls Auth0 makes of code of trigger: all four, but
// for a custom-phone-provider Action only those of the delivery methods
// its phone provider uses (methods, as Options.DeliveryMethods).
func casesFor(trigger string, methods []string) []emulator.Call {
	if trigger != emulator.TriggerCustomPhoneProvider {
		return emulator.Calls()
	}
	var out []emulator.Call
	for _, c := range emulator.Calls() {
		if slices.Contains(methods, c.DeliveryMethod()) {
			out = append(out, c)
		}
	}
	return out
}

// faultCaseOf is the call where a failure matters most: the second
// factor of a login, by the first delivery method run.
func faultCaseOf(cases []emulator.Call) emulator.Call {
	for _, c := range cases {
		if c.Action != "enrollment" {
			return c
		}
	}
	return cases[0]
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
