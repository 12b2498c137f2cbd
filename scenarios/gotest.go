package scenarios

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// Run runs the scenarios under paths as subtests of t, in parallel: one
// subtest per file, under it one per scenario, and under that one per
// case. Scenario files load and hooks compile before any subtest starts;
// a problem there fails t at once, with every error and its position.
//
//	func TestScenarios(t *testing.T) {
//		scenarios.Run(t, "testdata/scenarios")
//	}
func Run(t *testing.T, paths ...string) {
	t.Helper()
	(&Runner{}).Test(t, paths...)
}

// Test is Run with this runner's settings (Match, Shard, Update,
// Emulator; Parallel and FailFast are go test's -parallel and -failfast).
// With Update set, the files are rewritten once every subtest is done.
func (r *Runner) Test(t *testing.T, paths ...string) {
	t.Helper()
	suite, err := Load(paths...)
	var list LoadErrors
	if errors.As(err, &list) {
		list = append(slices.Clone(list), r.Check(suite)...)
		list.Sort()
		t.Fatalf("scenarios cannot be loaded:\n%v", list)
	}
	if err != nil {
		t.Fatalf("scenarios cannot be loaded:\n%v", err)
	}
	selected, err := r.selectScenarios(suite)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := r.prepare(selected)
	if err != nil {
		t.Fatalf("scenarios cannot run:\n%v", err)
	}
	if r.Update {
		t.Cleanup(func() {
			if _, err := ex.writeUpdates(); err != nil {
				t.Error(err)
			}
		})
	}
	for _, file := range groupByFile(selected) {
		t.Run(file[0].File, func(t *testing.T) {
			t.Parallel()
			for _, named := range groupByName(file) {
				t.Run(named[0].Name, func(t *testing.T) {
					if named[0].Case == "" && named[0].Variant == "" {
						ex.subtest(t, named[0])
						return
					}
					t.Parallel()
					for _, s := range named {
						t.Run(subtestName(s), func(t *testing.T) { ex.subtest(t, s) })
					}
				})
			}
		})
	}
}

func (ex *execution) subtest(t *testing.T, s *Scenario) {
	t.Parallel()
	res := ex.run(t.Context(), s)
	switch res.Status {
	case Skipped:
		t.Skip(res.SkipReason)
	case Failed:
		t.Errorf("scenario %s failed:\n%s", s.ID(), FailureText(res))
	}
}

// subtestName is a case's name, with the hook's for one of several:
// "case [old.js]".
func subtestName(s *Scenario) string {
	if s.Variant == "" {
		return s.Case
	}
	return strings.TrimSpace(s.Case + " [" + s.Variant + "]")
}

// groupByFile splits scenarios, in suite order, into runs of one file.
func groupByFile(list []*Scenario) [][]*Scenario {
	return groupBy(list, func(s *Scenario) string { return s.File })
}

// groupByName splits one file's scenarios into its cases' shared name.
func groupByName(list []*Scenario) [][]*Scenario {
	return groupBy(list, func(s *Scenario) string { return s.Name })
}

func groupBy(list []*Scenario, key func(*Scenario) string) [][]*Scenario {
	var out [][]*Scenario
	for _, s := range list {
		if n := len(out); n > 0 && key(out[n-1][0]) == key(s) {
			out[n-1] = append(out[n-1], s)
			continue
		}
		out = append(out, []*Scenario{s})
	}
	return out
}
