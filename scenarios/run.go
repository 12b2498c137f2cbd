package scenarios

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/stubs"
)

// Runner runs the scenarios of a suite. The zero Runner runs every
// scenario, one per CPU at a time, with Auth0's limits.
type Runner struct {
	// Parallel is how many scenarios run at once; 0 means one per CPU.
	Parallel int
	// Match, when set, selects the scenarios whose ID it matches.
	Match *regexp.Regexp
	// Shard, when set, runs only its share of the selected scenarios.
	Shard Shard
	// FailFast starts no scenario after one has failed.
	FailFast bool
	// SkipMissingEnv skips the scenarios whose secrets name an unset
	// environment variable (${NAME}) instead of failing them.
	SkipMissingEnv bool
	// Update rewrites each scenario's expectations from what happened (see
	// the package doc); the results are checked against the new ones.
	Update bool
	// Secrets are laid under each scenario's own (hookemu test --secret,
	// --secrets-file). A scenario that ends up with none, running a
	// documented hook left unchanged, gets that hook's demo secrets.
	Secrets map[string]string
	// Stubs are laid under each scenario's own (hookemu test --stubs):
	// a scenario's stub wins a tie of priorities.
	Stubs []stubs.Source
	// Timeout is the time limit of each scenario whose file sets none
	// (Auth0's when zero).
	Timeout time.Duration
	// Strict fails a scenario that has a problem of severity error (an
	// unhandled rejection, a secret read but not set), unless its expect
	// says which problems it has.
	Strict bool
	// Emulator runs the hooks; nil means emulator.New(emulator.Config{}).
	Emulator *emulator.Emulator
	// Invoker runs each scenario's hook; nil runs them in this process on
	// Emulator. hookemu test gives a pool of worker processes, so that a
	// run that crashes its process fails only its own scenario.
	Invoker Invoker
	// Runtime is the Node runtime of the scenarios whose file names none
	// (hookemu test --runtime); "" leaves it to the artifact or the
	// kind's default.
	Runtime string
	// Reporters see each result in suite order (by file, then as the file
	// lists them), as soon as it and every result before it are in, one
	// call at a time; then the summary.
	Reporters []Reporter
}

// Status is how a scenario ended.
type Status string

// The statuses, as --json names them.
const (
	Passed  Status = "pass"
	Failed  Status = "fail"
	Skipped Status = "skip"
)

// Result is one scenario's run.
type Result struct {
	Scenario *Scenario
	Status   Status
	Failures []Failure
	// Report is what the run did; nil when the scenario was skipped.
	Report   *harness.Report
	Duration time.Duration
	// SkipReason says why a skipped scenario did not run.
	SkipReason string
}

// Summary is the outcome of a whole run.
type Summary struct {
	Passed, Failed, Skipped int
	// Results are in suite order, whatever order the scenarios finished in.
	Results []Result
	// Updated lists the files --update rewrote.
	Updated  []string
	Duration time.Duration
}

// Reporter receives results as they come.
type Reporter interface {
	Result(Result)
	Summary(Summary) error
}

// Why a scenario that was selected did not run.
const (
	skipFailFast    = "not run: an earlier scenario failed and --fail-fast is on"
	skipInterrupted = "not run: the run was interrupted"
)

// canUpdate refuses before anything runs to update a file loaded without
// its text and tree, which only a Loader with ForUpdate keeps.
func canUpdate(selected []*Scenario) error {
	for _, s := range selected {
		if s.file != nil && !s.file.hasSource() {
			return fmt.Errorf("cannot update %s: the suite was loaded without its files' text (load it with scenarios.Loader{ForUpdate: true})", s.File)
		}
	}
	return nil
}

// skipForUpdate is why --update runs only the first of a scenario's hooks.
func skipForUpdate(s *Scenario) string {
	return fmt.Sprintf("not run with --update, which records the expectations from %s, the first hook listed; run again without --update to hold %s to them", s.variantOf, s.Variant)
}

// Run runs the selected scenarios of suite and reports them. The error is
// for what stops a run before it starts (a hook that cannot be loaded, as
// a LoadErrors) or a reporter that cannot write; failing scenarios are
// not errors but results.
func (r *Runner) Run(ctx context.Context, suite *Suite) (Summary, error) {
	start := time.Now()
	selected, err := r.selectScenarios(suite)
	if err != nil {
		return Summary{}, err
	}
	if r.Update {
		if err := canUpdate(selected); err != nil {
			return Summary{}, err
		}
	}
	exec, err := r.prepare(selected)
	if err != nil {
		return Summary{}, err
	}
	results := make([]Result, len(selected))
	parallelFor(len(selected), r.parallel(), func(i int) {
		results[i] = exec.run(ctx, selected[i])
		exec.report(i, results[i])
	})
	sum := summarize(results)
	if r.Update {
		if sum.Updated, err = exec.writeUpdates(); err != nil {
			return sum, err
		}
	}
	sum.Duration = time.Since(start)
	for _, rep := range r.Reporters {
		if err := rep.Summary(sum); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

func summarize(results []Result) Summary {
	sum := Summary{Results: results}
	for _, res := range results {
		switch res.Status {
		case Passed:
			sum.Passed++
		case Failed:
			sum.Failed++
		default:
			sum.Skipped++
		}
	}
	return sum
}

// parallelFor calls fn(0..n-1) on a fixed number of goroutines that take
// the next index as they free up: no goroutine per item, and a slow item
// holds up only its own goroutine.
func parallelFor(n, workers int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, workers) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}

func (r *Runner) parallel() int {
	if r.Parallel > 0 {
		return r.Parallel
	}
	return runtime.NumCPU()
}

// NoMatchError is a Match (--run) that selects no scenario: most likely a
// typo, which must not pass as a green run of nothing.
type NoMatchError struct {
	Pattern string
}

func (e *NoMatchError) Error() string {
	return fmt.Sprintf("--run %q matches no scenario; names are \"FILE NAME\" or \"FILE NAME/CASE\" (hookemu test --json lists them)", e.Pattern)
}

// selectScenarios applies --run, then --shard.
func (r *Runner) selectScenarios(suite *Suite) ([]*Scenario, error) {
	var matched []*Scenario
	all := suite.Scenarios()
	for _, s := range all {
		if r.Match == nil || r.Match.MatchString(s.ID()) {
			matched = append(matched, s)
		}
	}
	if r.Match != nil && len(matched) == 0 && len(all) > 0 {
		return nil, &NoMatchError{Pattern: r.Match.String()}
	}
	return r.Shard.Select(matched), nil
}

// execution is the state of one Run shared by its workers.
type execution struct {
	runner  *Runner
	em      *emulator.Emulator
	hooks   map[string]*emulator.Hook
	demo    map[string]map[string]string // demo secrets by hook key; nil for edited code
	held    map[string]map[string]string // the values an artifact holds for its declared secrets, by hook key
	invoker Invoker
	stopped atomic.Bool

	mu      sync.Mutex // serializes reporters and the update list
	updates map[*File][]update
	// Results reach the reporters in suite order (by file, then as the
	// file lists them), whatever order they finish in, so that output
	// is the same with any -p: next is the first index not yet
	// reported, pending those finished out of turn.
	next    int
	pending map[int]Result
}

// report hands res, the i-th selected scenario's, to the reporters once
// every result before it has been.
func (ex *execution) report(i int, res Result) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	ex.pending[i] = res
	for {
		res, ok := ex.pending[ex.next]
		if !ok {
			return
		}
		delete(ex.pending, ex.next)
		ex.next++
		for _, rep := range ex.runner.Reporters {
			rep.Result(res)
		}
	}
}

// run runs one scenario and checks it.
func (ex *execution) run(ctx context.Context, s *Scenario) Result {
	switch {
	case s.Skip != "":
		return Result{Scenario: s, Status: Skipped, SkipReason: s.Skip}
	case ex.stopped.Load():
		return Result{Scenario: s, Status: Skipped, SkipReason: skipFailFast}
	case ctx.Err() != nil:
		return Result{Scenario: s, Status: Skipped, SkipReason: skipInterrupted}
	case ex.runner.Update && s.variantIndex > 0:
		return Result{Scenario: s, Status: Skipped, SkipReason: skipForUpdate(s)}
	case len(s.missingEnv) > 0:
		return missingEnvResult(s, ex.runner.SkipMissingEnv)
	}
	rep, start, err := invoke(ctx, ex.invoker, ex.job(s))
	if err != nil {
		return ex.crashed(s, err, time.Since(start))
	}
	expect := s.expect
	var updateErr error
	if ex.runner.Update {
		expect, updateErr = ex.record(s, rep)
	}
	res := Result{Scenario: s, Status: Passed, Report: &rep, Failures: expect.check(rep), Duration: time.Since(start)}
	if ex.runner.Strict && expect.Problems == nil {
		res.Failures = append(res.Failures, strictFailures(rep)...)
	}
	if updateErr != nil {
		res.Failures = append(res.Failures, Failure{What: "update", Message: updateErr.Error()})
	}
	if len(res.Failures) > 0 {
		res.Failures = maskFailures(harness.NewRedactor(ex.secrets(s)), res.Failures)
		res.Status = Failed
		if ex.runner.FailFast {
			ex.stopped.Store(true)
		}
	}
	return res
}

// crashed is the result of a scenario whose run ended without a report:
// a failure of its own, so that every other scenario still runs and is
// reported.
func (ex *execution) crashed(s *Scenario, err error, took time.Duration) Result {
	failure := Failure{What: "crashed", Message: err.Error()}
	res := Result{Scenario: s, Status: Failed, Duration: took,
		Failures: maskFailures(harness.NewRedactor(ex.secrets(s)), []Failure{failure})}
	if ex.runner.FailFast {
		ex.stopped.Store(true)
	}
	return res
}

// timeout is s's time limit: its file's, else the runner's, else the
// default.
func (r *Runner) timeout(s *Scenario) time.Duration {
	if !s.timeoutSet && r.Timeout > 0 {
		return r.Timeout
	}
	return s.Timeout
}

// secrets are the values a deploy artifact holds for the secrets it
// declares, the runner's over them and the scenario's over those, or the
// demo secrets of an unchanged documented hook when none gives any.
func (ex *execution) secrets(s *Scenario) map[string]string {
	held := ex.held[ex.runner.ref(s).key]
	if len(s.Secrets) == 0 && len(ex.runner.Secrets) == 0 && len(held) == 0 {
		return ex.demo[ex.runner.ref(s).key]
	}
	if len(ex.runner.Secrets) == 0 && len(held) == 0 {
		return s.Secrets // nothing under them; read only, as every job's secrets are
	}
	out := maps.Clone(held)
	if out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, ex.runner.Secrets)
	maps.Copy(out, s.Secrets)
	return out
}

// missingEnvResult is the result of a scenario that cannot run for want
// of an environment variable: a failure that names it (the scenario did
// not run, so there is no report), or a skip when asked.
func missingEnvResult(s *Scenario, skip bool) Result {
	if skip {
		reasons := make([]string, len(s.missingEnv))
		for i, gap := range s.missingEnv {
			reasons[i] = gap.unset()
		}
		return Result{Scenario: s, Status: Skipped, SkipReason: "not run: " + strings.Join(reasons, ", ")}
	}
	res := Result{Scenario: s, Status: Failed}
	for _, gap := range s.missingEnv {
		res.Failures = append(res.Failures, gap.failure())
	}
	return res
}

// strictFailures are the problems of severity error, as Strict fails them.
func strictFailures(rep harness.Report) []Failure {
	var out []Failure
	for _, p := range rep.Errors() {
		out = append(out, Failure{What: "problems", Message: "--strict fails on a problem of severity error: " + p.Message})
	}
	return out
}
