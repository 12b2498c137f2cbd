package emulator

import (
	"fmt"
	"strconv"

	"github.com/dop251/goja"
)

// api.notification of the custom-phone-provider trigger, as Auth0's
// reference describes it ("Actions Triggers: custom-phone-provider - API
// Object",
// https://auth0.com/docs/customize/phone-messages/configure-phone-messaging-providers/configure-a-custom-phone-provider/action-triggers-custom-phone-provider-api-object):
//
//   - api.notification.drop(reason?) marks the message failed for good:
//     Auth0 logs an error and never hands it to the Action again.
//   - api.notification.retry(reason?) marks it failed but recoverable:
//     Auth0 logs an error and hands it to the Action again, up to 5
//     times over the next minutes.
//   - Only the last call counts; the reason goes into the log entry,
//     cut to 1024 characters.
//
// hookemu cannot wait minutes for retries, nor write Auth0's log, so a
// call is recorded in the result instead: each call is a problem line,
// and a handler that then resolves ends with the outcome error whose
// message says which call Auth0 would act on, as the message did fail.

// notificationReasonLimit is the length Auth0 cuts a reason to.
const notificationReasonLimit = 1024

// notificationRetries is how many times Auth0 retries after retry().
const notificationRetries = 5

// notificationCall is one call of api.notification.drop or retry.
type notificationCall struct {
	method string // "drop" or "retry"
	reason string
}

func (c notificationCall) String() string {
	if c.reason == "" {
		return "api.notification." + c.method + "()"
	}
	return "api.notification." + c.method + "(" + strconv.Quote(c.reason) + ")"
}

// consequence is what Auth0 does after the call.
func (c notificationCall) consequence() string {
	if c.method == "drop" {
		return "Auth0 logs the message as failed and never sends it to the Action again"
	}
	return fmt.Sprintf("Auth0 logs the message as failed and sends it to the Action again, up to %d times over the next minutes", notificationRetries)
}

func (inv *invocation) notificationObject() *goja.Object {
	obj := inv.rt.NewObject()
	for _, method := range []string{"drop", "retry"} {
		_ = obj.Set(method, func(call goja.FunctionCall) goja.Value {
			inv.notify(method, call.Argument(0))
			return goja.Undefined()
		})
	}
	return obj
}

// notify records one call; the last one is the one Auth0 acts on.
func (inv *invocation) notify(method string, reasonArg goja.Value) {
	c := notificationCall{method: method}
	if !goja.IsUndefined(reasonArg) && !goja.IsNull(reasonArg) {
		c.reason = reasonArg.String()
	}
	if runes := []rune(c.reason); len(runes) > notificationReasonLimit {
		c.reason = string(runes[:notificationReasonLimit])
		inv.problem(SeverityWarning, fmt.Sprintf("the reason given to api.notification.%s is %d characters; Auth0 keeps the first %d in its log", method, len(runes), notificationReasonLimit))
	}
	if prev := inv.notified; prev != nil {
		inv.problem(SeverityWarning, fmt.Sprintf("%s follows %s: Auth0 acts on the last call only", c, prev))
	}
	inv.notified = &c
	inv.problem(SeverityInfo, c.String()+" was called: "+c.consequence())
}

// notificationFailure turns a resolved handler that called drop or retry
// into the failure Auth0 makes of it.
func (inv *invocation) notificationFailure() {
	c := inv.notified
	if c == nil {
		return
	}
	inv.fail(OutcomeError, &ErrorInfo{Name: "Error", Message: c.String() + ": " + c.consequence()})
}
