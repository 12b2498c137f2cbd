// Package gotest runs scenario suites as Go subtests, for a team that
// keeps its hooks in a Go repository:
//
//	func TestScenarios(t *testing.T) {
//		gotest.Run(t, "testdata/scenarios")
//	}
//
// It is a package of its own so that what imports scenarios (the hookemu
// binary among them) does not carry Go's testing package.
package gotest

import (
	"strings"
	"testing"

	"github.com/hookemu/hookemu/scenarios"
)

// Run runs the scenarios under paths as subtests of t, in parallel: one
// subtest per file, under it one per scenario, and under that one per
// case. Scenario files load and hooks compile before any subtest starts;
// a problem there fails t at once, with every error and its position.
func Run(t *testing.T, paths ...string) {
	t.Helper()
	RunWith(t, &scenarios.Runner{}, paths...)
}

// RunWith is Run with r's settings (Match, Shard, Update, Emulator;
// Parallel and FailFast are go test's -parallel and -failfast). With
// Update set, the files are rewritten once every subtest is done.
func RunWith(t *testing.T, r *scenarios.Runner, paths ...string) {
	t.Helper()
	session, err := r.Start(paths...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := session.Finish(); err != nil {
			t.Error(err)
		}
	})
	for _, file := range groupBy(session.Scenarios(), func(s *scenarios.Scenario) string { return s.File }) {
		t.Run(file[0].File, func(t *testing.T) {
			t.Parallel()
			for _, named := range groupBy(file, func(s *scenarios.Scenario) string { return s.Name }) {
				t.Run(named[0].Name, func(t *testing.T) {
					if named[0].Case == "" && named[0].Variant == "" {
						subtest(t, session, named[0])
						return
					}
					t.Parallel()
					for _, s := range named {
						t.Run(subtestName(s), func(t *testing.T) { subtest(t, session, s) })
					}
				})
			}
		})
	}
}

func subtest(t *testing.T, session *scenarios.Session, s *scenarios.Scenario) {
	t.Parallel()
	res := session.Run(t.Context(), s)
	switch res.Status {
	case scenarios.Skipped:
		t.Skip(res.SkipReason)
	case scenarios.Failed:
		t.Errorf("scenario %s failed:\n%s", s.ID(), scenarios.FailureText(res))
	}
}

// subtestName is a case's name, with the hook's for one of several:
// "case [old.js]".
func subtestName(s *scenarios.Scenario) string {
	if s.Variant == "" {
		return s.Case
	}
	return strings.TrimSpace(s.Case + " [" + s.Variant + "]")
}

// groupBy splits list, in suite order, into runs that share a key.
func groupBy(list []*scenarios.Scenario, key func(*scenarios.Scenario) string) [][]*scenarios.Scenario {
	var out [][]*scenarios.Scenario
	for _, s := range list {
		if n := len(out); n > 0 && key(out[n-1][0]) == key(s) {
			out[n-1] = append(out[n-1], s)
			continue
		}
		out = append(out, []*scenarios.Scenario{s})
	}
	return out
}
