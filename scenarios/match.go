package scenarios

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

// Failure is one expectation a run did not meet.
type Failure struct {
	// What names the expectation: "outcome", "requests[0].json".
	What string `json:"what"`
	// Line is where the expectation is written (0 for a default one).
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	// Diff, when set, shows expected (lines starting "- ") against
	// actual ("+ "), with what agrees as context.
	Diff string `json:"diff,omitempty"`
}

type failures []Failure

// maskFailures hides secrets in what failures quote: the run's report is
// masked already, but an expectation may spell a secret out. Such an
// expectation can never match (it is compared with the masked report),
// and once masked both sides of its diff read alike, so the failure says
// why and what to write instead.
func maskFailures(r *harness.Redactor, fs []Failure) []Failure {
	for i := range fs {
		msg, diff := r.String(fs[i].Message), r.String(fs[i].Diff)
		if msg != fs[i].Message || diff != fs[i].Diff {
			msg += spelledSecret
		}
		fs[i].Message, fs[i].Diff = msg, diff
	}
	return fs
}

// spelledSecret explains a failure whose expectation holds a secret's value.
const spelledSecret = " (the expectation spells out a secret's value, which never appears in a run's report: " +
	"write <secret:NAME> in its place, as the report shows it)"

func (fs *failures) add(what string, line int, diff string, format string, args ...any) {
	*fs = append(*fs, Failure{What: what, Line: line, Message: fmt.Sprintf(format, args...), Diff: diff})
}

// check compares a run with the expectation.
func (e *expectation) check(rep harness.Report) []Failure {
	var fs failures
	e.checkOutcome(rep, &fs)
	e.checkError(rep, &fs)
	e.checkResponse(rep, &fs)
	e.checkRequests(rep.Requests, &fs)
	e.checkLogs(rep.Logs, &fs)
	e.checkProblems(rep.Problems, &fs)
	return fs
}

// checkOutcome: with no outcome written, success is expected, unless an
// error is, in which case any failing outcome will do.
func (e *expectation) checkOutcome(rep harness.Report, fs *failures) {
	got := string(rep.Outcome) + errorSuffix(rep.Error)
	switch {
	case e.Outcome.want != "":
		if rep.Outcome != e.Outcome.want {
			fs.add("outcome", e.Outcome.line, "", "want %s, got %s", e.Outcome.want, got)
		}
	case e.Error != nil:
		if rep.Outcome == emulator.OutcomeSuccess {
			fs.add("outcome", e.lines["error"], "", "want the hook to fail (expect gives an error), but it succeeded")
		}
	case rep.Outcome != emulator.OutcomeSuccess:
		fs.add("outcome", 0, "", "want success (expect gives no outcome), got %s", got)
	}
}

func (e *expectation) checkError(rep harness.Report, fs *failures) {
	if e.Error == nil {
		return
	}
	if rep.Error == nil {
		fs.add("error", e.Error.line, "", "want an error matching %s, got none", e.Error)
		return
	}
	if got := headline(rep.Error); !e.Error.within(got) {
		fs.add("error", e.Error.line, "", "want an error matching %s, got %q", e.Error, got)
	}
}

func (e *expectation) checkResponse(rep harness.Report, fs *failures) {
	if !e.Response.set {
		return
	}
	var got any
	if err := json.Unmarshal(rep.Response, &got); err != nil {
		fs.add("response", e.Response.line, "", "the hook's response is not JSON: %v", err)
		return
	}
	if !matches(e.Response.v, got, true) {
		fs.add("response", e.Response.line, diffJSON(e.Response.v, got, true), "what the hook passed to cb differs")
	}
}

func (e *expectation) checkRequests(got []harness.Exchange, fs *failures) {
	if e.RequestCount != nil && *e.RequestCount != len(got) {
		fs.add("request_count", e.lines["request_count"], listRequests(got), "want %d requests, got %d", *e.RequestCount, len(got))
	}
	if e.Requests == nil {
		return
	}
	want := *e.Requests
	for i := range max(len(want), len(got)) {
		what := fmt.Sprintf("requests[%d]", i)
		switch {
		case i >= len(got):
			fs.add(what, want[i].line, listRequests(got), "want request %d, but the hook made only %d", i+1, len(got))
		case i >= len(want):
			fs.add(what, e.lines["requests"], "", "the hook made request %d (%s), which expect.requests does not list", i+1, summary(got[i]))
		default:
			want[i].check(what, got[i], fs)
		}
	}
}

func (e *expectation) checkLogs(logs []emulator.Log, fs *failures) {
	for _, p := range e.Logs {
		found := false
		for _, l := range logs {
			if p.within(l.Message) {
				found = true
				break
			}
		}
		if !found {
			fs.add("logs", p.line, "", "no console line matches %s", p)
		}
	}
}

func (e *expectation) checkProblems(problems []emulator.Problem, fs *failures) {
	if e.Problems == nil {
		return
	}
	want := *e.Problems
	if len(want) == 0 && len(problems) > 0 {
		fs.add("problems", e.lines["problems"], listProblems(problems), "want no problems, got %d", len(problems))
		return
	}
	for _, p := range want {
		found := false
		for _, got := range problems {
			if p.within(got.Message) {
				found = true
				break
			}
		}
		if !found {
			fs.add("problems", p.line, listProblems(problems), "no problem matches %s", p)
		}
	}
}

// headline is an error as one line: "Error: Request failed with status
// code 500".
func headline(e *emulator.ErrorInfo) string {
	if e.Name != "" && !strings.HasPrefix(e.Message, e.Name) {
		return e.Name + ": " + e.Message
	}
	return e.Message
}

func errorSuffix(e *emulator.ErrorInfo) string {
	if e == nil {
		return ""
	}
	return " (" + headline(e) + ")"
}

func summary(ex harness.Exchange) string {
	s := ex.Method + " " + ex.URL
	switch {
	case ex.Error != "":
		s += " -> " + ex.Error
	case ex.Status != 0:
		s += fmt.Sprintf(" -> %d", ex.Status)
	}
	return s
}

func listRequests(got []harness.Exchange) string {
	if len(got) == 0 {
		return "+ (no requests)"
	}
	lines := make([]string, len(got))
	for i, ex := range got {
		lines[i] = fmt.Sprintf("+ %d. %s", i+1, summary(ex))
	}
	return strings.Join(lines, "\n")
}

func listProblems(problems []emulator.Problem) string {
	if len(problems) == 0 {
		return "+ (no problems)"
	}
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = fmt.Sprintf("+ %s: %s", p.Severity, p.Message)
	}
	return strings.Join(lines, "\n")
}
