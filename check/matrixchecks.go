package check

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/nodemodules"
)

// matrixProperties are what every call (sms and voice, enrollment and
// second factor) must do, in the order the report shows them.
var matrixProperties = []property{
	{name: "succeeds", judge: judgeSucceeds, pass: passAll("calls cb(null, ...)")},
	{name: "no exception", judge: judgeException, pass: passAll("throws nothing")},
	{name: "in time", judge: judgeInTime, pass: passInTime},
	{name: "calls back once", judge: judgeOnce, pass: passAll("calls cb exactly once")},
	{name: "no unhandled rejection", judge: judgeRejection, pass: passAll("leaves no promise rejection unhandled")},
	{name: "no request after cb", judge: judgeLateRequest, pass: passAll("finishes every request before calling cb")},
	{name: "reaches a provider", judge: judgeReach, pass: passReach},
	{name: "sends recipient and code", judge: judgeContent, pass: passAll("the recipient and the code reach the provider")},
}

func passAll(what string) func([]run) string {
	return func(runs []run) string {
		return fmt.Sprintf("%s in all %d cases", what, len(runs))
	}
}

// judgeSucceeds: with a provider that accepts everything, cb(err) is a
// bug. A throw, a hang or no cb at all are judged by their own checks.
func judgeSucceeds(r run) judgement {
	rep := r.report
	switch rep.Outcome {
	case emulator.OutcomeSuccess:
		return holds
	case emulator.OutcomeError:
		return found(&finding{status: Fail, line: r.errorLine(),
			message: "calls back with an error: " + firstLine(headline(rep.Error)) + providerAnswer(r),
			fix:     errorFix(r)})
	}
	return notApplied
}

// errorFix points at the credentials when the provider refused them, and
// otherwise at the run that shows the whole exchange.
func errorFix(r run) string {
	for _, ex := range r.providerExchanges() {
		if ex.Status == 401 || ex.Status == 403 {
			return fmt.Sprintf("the fake %s refused the credentials the hook sent: check the secrets it reads (see the secret checks)", ex.Provider)
		}
	}
	return fmt.Sprintf("see the request and what the provider answered: hookemu run %s --message-type %s --action %s",
		r.target, r.payload.Context["message_type"], r.payload.Context["action"])
}

// providerAnswer quotes the provider's last error answer, if any.
func providerAnswer(r run) string {
	exs := r.providerExchanges()
	for i := len(exs) - 1; i >= 0; i-- {
		if exs[i].Status >= 400 {
			return fmt.Sprintf("; the fake %s answered %d %s", exs[i].Provider, exs[i].Status, errorBody(exs[i].ResponseBody))
		}
	}
	return ""
}

// errorBody is the gist of a provider's error body: its code and message
// (8x8 and Twilio both send them as JSON), or the start of the body.
func errorBody(body string) string {
	var e struct {
		Code    any    `json:"code"`
		Message string `json:"message"`
	}
	if json.Unmarshal([]byte(body), &e) == nil && e.Message != "" {
		if e.Code != nil {
			return fmt.Sprintf("(code %v: %s)", e.Code, e.Message)
		}
		return "(" + e.Message + ")"
	}
	return clip(body, 80)
}

func judgeException(r run) judgement {
	rep := r.report
	if rep.Outcome == emulator.OutcomeException {
		f := &finding{status: Fail, line: r.errorLine(), message: "throws " + firstLine(headline(rep.Error)),
			fix: "fix the code that throws, and catch what a library may throw to call cb(err) instead"}
		switch {
		case strings.Contains(f.message, "Cannot find module"):
			f.fix = "see the require check: hookemu cannot run the hook without the module"
		case rep.Error != nil && rep.Error.Code == nodemodules.CodeUnsupported:
			// hookemu's limit, not the hook's bug: the tenant may run it.
			f.status = Warn
			f.message = "stops where hookemu cannot follow: " + firstLine(rep.Error.Message)
			f.fix = "verify this path in the tenant: hookemu cannot say how it behaves there"
		}
		return found(f)
	}
	if late := r.problems(problemLateException); len(late) > 0 {
		return found(&finding{status: Fail, line: lineIn(late[0], rep.Hook), message: firstLine(late[0]),
			fix: "fix the code that throws after cb: in Auth0 it crashes the sandbox the next call may share"})
	}
	return holds
}

func judgeInTime(r run) judgement {
	if r.report.Outcome != emulator.OutcomeTimeout {
		return holds
	}
	return found(&finding{status: Fail,
		message: fmt.Sprintf("does not call back within the time limit (%s)", r.limit),
		fix:     "call cb when the request ends, on success and on failure; give the HTTP client a timeout below Auth0's 20 s"})
}

func passInTime(runs []run) string {
	var slowest float64
	for _, r := range runs {
		slowest = max(slowest, r.report.DurationMS)
	}
	took := time.Duration(slowest * float64(time.Millisecond)).Round(time.Millisecond)
	return fmt.Sprintf("every case ends within %s (limit %s)", max(took, time.Millisecond), runs[0].limit)
}

func judgeOnce(r run) judgement {
	switch {
	case r.report.Outcome == emulator.OutcomeNoCallback:
		return found(&finding{status: Fail, message: "finishes its work without ever calling cb, so Auth0 waits until its time limit",
			fix: "call cb(null, {}) once the message is sent, and cb(err) when sending fails"})
	case !r.calledBack():
		return notApplied // it threw or hung: judged elsewhere
	}
	if again := r.problems(problemSecondCallback); len(again) > 0 {
		return found(&finding{status: Fail, line: lineIn(again[0], r.report.Hook),
			message: "calls cb more than once; Auth0 ignores every call after the first",
			fix:     "call cb in one place per outcome (the .then or the .catch, not both) and return right after it"})
	}
	return holds
}

func judgeRejection(r run) judgement {
	rejected := r.problems(problemUnhandled)
	if len(rejected) == 0 {
		return holds
	}
	return found(&finding{status: Fail, line: lineIn(rejected[0], r.report.Hook), message: clip(firstLine(rejected[0]), 160),
		fix: "end every promise chain with .catch(function (err) { cb(err); }) (or try/catch around await)"})
}

func judgeLateRequest(r run) judgement {
	if !r.calledBack() {
		return notApplied // no request can come after a cb that never came
	}
	for _, ex := range r.report.Requests {
		if ex.AfterCallback {
			return found(&finding{status: Fail,
				message: fmt.Sprintf("calls back before its request finishes (%s %s was still running): Auth0 may freeze the hook before the message is sent", ex.Method, ex.URL),
				fix:     "move cb into the .then of the request (or after its await)"})
		}
	}
	return holds
}
