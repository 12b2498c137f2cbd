package harness

import (
	"encoding/json"

	"github.com/hookemu/hookemu/emulator"
)

// Report is the result of one run, in the shape `hookemu run --json`
// prints and scenarios assert on.
type Report struct {
	Hook string        `json:"hook"`
	Kind emulator.Kind `json:"kind"`
	// Runtime is the Node runtime the code ran on: node12..node22.
	Runtime string `json:"runtime"`
	// Trigger is the Auth0 trigger the code implements
	// (emulator.TriggerSendPhoneMessage or TriggerCustomPhoneProvider).
	Trigger    string              `json:"trigger,omitempty"`
	OK         bool                `json:"ok"`
	Outcome    emulator.Outcome    `json:"outcome"`
	Error      *emulator.ErrorInfo `json:"error"`
	Response   json.RawMessage     `json:"response"`
	Requests   []Exchange          `json:"requests"`
	Logs       []emulator.Log      `json:"logs"`
	Problems   []emulator.Problem  `json:"problems"`
	DurationMS float64             `json:"duration_ms"`
}

func newReport(hook *emulator.Hook, r emulator.Result, exchanges []Exchange) Report {
	rep := Report{
		Hook: hook.Name, Kind: r.Kind, Runtime: r.Runtime, Trigger: hook.Trigger, OK: r.OK(), Outcome: r.Outcome, Error: r.Error,
		Requests: exchanges, Logs: r.Logs, Problems: r.Problems,
		DurationMS: float64(r.Duration.Microseconds()) / 1000,
	}
	if raw, ok := r.Response.(json.RawMessage); ok && len(raw) > 0 {
		rep.Response = raw
	} else {
		rep.Response = json.RawMessage("null")
	}
	if rep.Requests == nil {
		rep.Requests = []Exchange{}
	}
	if rep.Logs == nil {
		rep.Logs = []emulator.Log{}
	}
	if rep.Problems == nil {
		rep.Problems = []emulator.Problem{}
	}
	return rep
}

// Redact masks every secret in every string of the report.
func (rep Report) Redact(r *Redactor) Report {
	if !r.Enabled() {
		return rep
	}
	if rep.Error != nil {
		e := *rep.Error
		e.Name, e.Message, e.Stack = r.String(e.Name), r.String(e.Message), r.String(e.Stack)
		if code, ok := e.Code.(string); ok {
			e.Code = r.String(code)
		}
		rep.Error = &e
	}
	rep.Response = json.RawMessage(r.String(string(rep.Response)))
	rep.Requests = redactExchanges(r, rep.Requests)
	logs := make([]emulator.Log, len(rep.Logs))
	for i, l := range rep.Logs {
		logs[i] = emulator.Log{Level: l.Level, Message: r.String(l.Message)}
	}
	rep.Logs = logs
	problems := make([]emulator.Problem, len(rep.Problems))
	for i, p := range rep.Problems {
		problems[i] = emulator.Problem{Severity: p.Severity, Message: r.String(p.Message)}
	}
	rep.Problems = problems
	return rep
}

func redactExchanges(r *Redactor, in []Exchange) []Exchange {
	out := make([]Exchange, len(in))
	for i, ex := range in {
		ex.URL, ex.Body, ex.ResponseBody, ex.Error = r.String(ex.URL), r.String(ex.Body), r.String(ex.ResponseBody), r.String(ex.Error)
		ex.Upstream = r.String(ex.Upstream)
		ex.Headers = redactHeaders(r, ex.Headers)
		out[i] = ex
	}
	return out
}

// Errors are the problems of severity error: what --strict fails a run
// for (an unhandled rejection, a secret read but not set).
func (r Report) Errors() []emulator.Problem {
	var out []emulator.Problem
	for _, p := range r.Problems {
		if p.Severity == emulator.SeverityError {
			out = append(out, p)
		}
	}
	return out
}

// redactHeaders masks every secret in a header set's names and values:
// the set itself when none holds one (the common case, which then costs
// no copy), a masked copy otherwise; h is never written.
func redactHeaders(r *Redactor, h map[string]string) map[string]string {
	clean := true
	for k, v := range h {
		if r.String(k) != k || r.String(v) != v {
			clean = false
			break
		}
	}
	if clean {
		return h
	}
	out := make(map[string]string, len(h))
	for k, v := range h {
		out[r.String(k)] = r.String(v)
	}
	return out
}
