package scenarios

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jstemmer/go-junit-report/v2/junit"
)

// JUnitReporter writes a JUnit XML report when the run ends: one
// testsuite per file, one testcase per scenario or case, failures with
// the same explanation the text output gives. GitLab, GitHub and Jenkins
// all read this form.
type JUnitReporter struct {
	w io.Writer
}

var _ Reporter = (*JUnitReporter)(nil)

// NewJUnitReporter writes the report to w at the end of the run.
func NewJUnitReporter(w io.Writer) *JUnitReporter {
	return &JUnitReporter{w: w}
}

// Result does nothing: the report is written whole, in suite order.
func (*JUnitReporter) Result(Result) {}

// Summary writes the report.
func (j *JUnitReporter) Summary(sum Summary) error {
	return j.write(JUnit(sum))
}

// LoadErrors writes the report of a run that could not start: each
// error a testcase in error, so CI shows what to fix where it shows
// test results.
func (j *JUnitReporter) LoadErrors(errs LoadErrors) error {
	return j.write(JUnitLoadErrors(errs))
}

func (j *JUnitReporter) write(suites junit.Testsuites) error {
	return WriteJUnit(j.w, suites)
}

// WriteJUnit writes suites as a JUnit XML document, as test's report is
// written, for the other commands that report to CI (check).
func WriteJUnit(w io.Writer, suites junit.Testsuites) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("cannot write the JUnit report: %w", err)
	}
	if err := suites.WriteXML(w); err != nil {
		return fmt.Errorf("cannot write the JUnit report: %w", err)
	}
	return nil
}

// JUnit converts a run's results to JUnit testsuites.
func JUnit(sum Summary) junit.Testsuites {
	suites := junit.Testsuites{Name: "hookemu test", Time: seconds(sum.Duration)}
	var current *junit.Testsuite
	var elapsed time.Duration
	flush := func() {
		if current != nil {
			current.Time = seconds(elapsed)
			suites.AddSuite(*current)
		}
	}
	for _, res := range sum.Results {
		if current == nil || current.Name != res.Scenario.File {
			flush()
			current = &junit.Testsuite{Name: res.Scenario.File, File: res.Scenario.File, ID: len(suites.Suites)}
			elapsed = 0
		}
		elapsed += res.Duration
		current.AddTestcase(testcase(res))
	}
	flush()
	return suites
}

// JUnitLoadErrors converts load errors to JUnit testsuites: one per file,
// one testcase in error per error, named by its position.
func JUnitLoadErrors(errs LoadErrors) junit.Testsuites {
	suites := junit.Testsuites{Name: "hookemu test"}
	var current *junit.Testsuite
	for _, e := range errs {
		if current == nil || current.Name != e.File {
			if current != nil {
				suites.AddSuite(*current)
			}
			current = &junit.Testsuite{Name: xmlText(e.File), File: xmlText(e.File), ID: len(suites.Suites)}
		}
		name := "load"
		if e.Line > 0 {
			name = fmt.Sprintf("load %d:%d", e.Line, e.Column)
		}
		current.AddTestcase(junit.Testcase{Name: name, Classname: xmlText(e.File), Time: seconds(0),
			Error: &junit.Result{Message: xmlText(e.Message), Type: "load error", Data: xmlText(e.Error())}})
	}
	if current != nil {
		suites.AddSuite(*current)
	}
	return suites
}

func testcase(res Result) junit.Testcase {
	tc := junit.Testcase{Name: xmlText(res.Scenario.Title()), Classname: xmlText(res.Scenario.File), Time: seconds(res.Duration)}
	switch res.Status {
	case Failed:
		msg := ""
		if len(res.Failures) > 0 {
			msg = res.Failures[0].What + ": " + res.Failures[0].Message
		}
		result := &junit.Result{Message: xmlText(msg), Type: "failure", Data: xmlText(FailureText(res))}
		if res.Report == nil {
			// It could not run (an unset ${ENV}): an error, not a failure.
			result.Type = "error"
			tc.Error = result
		} else {
			tc.Failure = result
		}
	case Skipped:
		tc.Skipped = &junit.Result{Message: xmlText(res.SkipReason)}
	}
	if res.Report != nil && len(res.Report.Logs) > 0 {
		var b strings.Builder
		for _, l := range res.Report.Logs {
			fmt.Fprintf(&b, "[%s] %s\n", l.Level, l.Message)
		}
		tc.SystemOut = &junit.Output{Data: xmlText(b.String())}
	}
	return tc
}

func seconds(d time.Duration) string {
	return fmt.Sprintf("%.3f", d.Seconds())
}

// XMLText is s with the characters XML 1.0 cannot hold replaced, for
// what other commands put in a JUnit report.
func XMLText(s string) string { return xmlText(s) }

// xmlText replaces the characters XML 1.0 cannot hold (control
// characters a hook may print), which would make the whole report
// unreadable to CI.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF) {
			return r
		}
		return '\uFFFD'
	}, s)
}
