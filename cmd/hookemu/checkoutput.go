package main

import (
	"fmt"

	"github.com/jstemmer/go-junit-report/v2/junit"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/results"
	"github.com/hookemu/hookemu/scenarios"
)

func newCheckJSON(c checkedEntry) results.Check {
	return results.Check{Report: c.report, Artifact: describeArtifact(c.src, nil)}
}

// checkEntriesJSON is an artifact checked whole: one report per phone
// entry, and whether every one passed.
type checkEntriesJSON struct {
	Format  string          `json:"format"`
	Path    string          `json:"path"`
	OK      bool            `json:"ok"`
	Entries []results.Check `json:"entries"`
	Summary struct {
		Entries int `json:"entries"`
		Passed  int `json:"passed"`
		Failed  int `json:"failed"`
	} `json:"summary"`
}

func newCheckEntriesJSON(checked []checkedEntry) checkEntriesJSON {
	a := checked[0].src.Deploy.Artifact
	out := checkEntriesJSON{Format: string(a.Format), Path: a.Path, OK: true, Entries: []results.Check{}}
	for _, c := range checked {
		out.Entries = append(out.Entries, newCheckJSON(c))
		out.Summary.Entries++
		if c.report.OK {
			out.Summary.Passed++
		} else {
			out.Summary.Failed++
			out.OK = false
		}
	}
	return out
}

// checkJUnit is the reports as JUnit: a testsuite per hook or entry, a
// testcase per check; a FAIL is a failure, and so is a WARN with --strict.
func checkJUnit(checked []checkedEntry, strict bool) junit.Testsuites {
	suites := junit.Testsuites{Name: "hookemu check"}
	for i, c := range checked {
		name, file := c.src.Name, c.src.Name
		if d := c.src.Deploy; d != nil {
			file = d.Artifact.Path
			if d.Entry.Source != "" {
				file = d.Entry.Source
			}
		}
		suite := junit.Testsuite{Name: scenarios.XMLText(name), File: scenarios.XMLText(file), ID: i}
		for _, ch := range c.report.Checks {
			tc := junit.Testcase{Name: scenarios.XMLText(ch.Name), Classname: scenarios.XMLText(name), Time: "0.000"}
			if ch.Status == check.Fail || (strict && ch.Status == check.Warn) {
				tc.Failure = &junit.Result{Message: scenarios.XMLText(ch.Message), Type: string(ch.Status), Data: scenarios.XMLText(checkDetail(name, ch))}
			}
			suite.AddTestcase(tc)
		}
		suites.AddSuite(suite)
	}
	return suites
}

// checkDetail is a failed check as the human report words it.
func checkDetail(name string, ch check.Check) string {
	where := ""
	if ch.Line > 0 {
		where = fmt.Sprintf("%s:%d: ", name, ch.Line)
	}
	detail := fmt.Sprintf("%s %s: %s%s", ch.Status, ch.Name, where, ch.Message)
	if ch.Fix != "" {
		detail += "\nfix: " + ch.Fix
	}
	return detail
}
