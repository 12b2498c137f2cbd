package check

import (
	"fmt"
	"strings"
)

// finding is what one property says of one run.
type finding struct {
	status  Status
	message string
	fix     string
	line    int
}

// judgement is a property's verdict on one run: no finding holds, and a run
// that ended before the property could be seen (cb never came, so there
// is no "request after cb") does not apply.
type judgement struct {
	finding *finding
	applies bool
}

var (
	holds      = judgement{applies: true}
	notApplied = judgement{}
)

func found(f *finding) judgement { return judgement{finding: f, applies: true} }

// property is one thing every call in the matrix must do.
type property struct {
	name  string
	judge func(r run) judgement
	// pass words the PASS line.
	pass func(runs []run) string
}

// judgeAll turns one property over the runs into one line: the worst
// finding and the cases it happened in. ok is false when no run got far
// enough for the property to apply.
func (p property) judgeAll(runs []run) (c Check, ok bool) {
	var worst *finding
	var labels []string
	applied := 0
	for _, r := range runs {
		j := p.judge(r)
		if !j.applies {
			continue
		}
		applied++
		if j.finding == nil {
			continue
		}
		labels = append(labels, r.label)
		if worst == nil || rank(j.finding.status) > rank(worst.status) {
			worst = j.finding
		}
	}
	switch {
	case applied == 0:
		return Check{}, false
	case worst == nil:
		msg := p.pass(runs)
		if applied < len(runs) {
			msg += fmt.Sprintf(" (seen in %d of %d cases; the others ended earlier)", applied, len(runs))
		}
		return Check{Name: p.name, Status: Pass, Message: msg}, true
	}
	return Check{
		Name: p.name, Status: worst.status, Line: worst.line, Fix: worst.fix,
		Message: worst.message + " (" + inCases(labels, len(runs)) + ")",
	}, true
}

func rank(s Status) int {
	switch s {
	case Fail:
		return 2
	case Warn:
		return 1
	}
	return 0
}

func inCases(labels []string, total int) string {
	if len(labels) == total && total > 1 {
		return fmt.Sprintf("in all %d cases", total)
	}
	return "in " + strings.Join(labels, ", ")
}

// notChecked is one line for the checks no run got far enough to judge,
// instead of a PASS that would claim what was never seen. What stopped
// the runs is among the checks before: a failure to fix, or a warning
// (such as a part of Node hookemu does not emulate) to read.
func notChecked(names []string, before []Check) Check {
	next := "see the warnings above"
	for _, c := range before {
		if c.Status == Fail {
			next = "fix the failures above first"
			break
		}
	}
	return Check{Name: "not checked", Status: Warn,
		Message: strings.Join(names, ", ") + ": no call got far enough to see (" + next + ")"}
}
