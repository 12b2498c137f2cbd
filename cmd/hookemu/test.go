package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/gctune"
	"github.com/hookemu/hookemu/scenarios"
)

type testFlags struct {
	hookFlags
	parallel int
	run      string
	shard    string
	failFast bool
	junit    string
	html     string
	update   bool
	// skipMissingEnv skips scenarios whose ${ENV} secrets are unset.
	skipMissingEnv bool
	verbose        bool
	// allowOutsideRoot lets scenarios run hooks outside the suite's tree.
	allowOutsideRoot bool
	strict           bool
}

func newTestCommand(stdout, stderr io.Writer) *cobra.Command {
	var f testFlags
	cmd := &cobra.Command{
		Use:   "test [PATH...]",
		Short: "Run regression scenarios: this payload and these secrets must send this request",
		Long: `Run the scenario files under the given files and folders (default: the
current folder) and check that each hook did what its scenario expects:
the outcome, the response, every request it sent, its console output.

In a folder, files named *.scenario.yaml (.yml, .json) are scenarios, and so
is every .yaml, .yml or .json file in a folder called scenarios. The file
format is described in the README and in 'go doc
github.com/hookemu/hookemu/scenarios'. A scenario's hook: may name what
you deploy instead of a .js file (an a0deploy folder, tenant.yaml or
actions/NAME.json, a Terraform file or folder, Management API JSON), and
entry: NAME the Action or Hook in it where it holds several.

Prints one line per scenario as it finishes, the differences for each
failure, and last "N passed, N failed".

Exit status: 0 all passed, 1 some failed, 2 a scenario file or hook could
not be read or parsed (every such error is listed first).`,
		Example: `  hookemu test
  hookemu test scenarios/ --junit report.xml
  hookemu test --html report.html  # one page to open, or keep as a CI artifact
  hookemu test --run 'voice' -p 4
  hookemu test --shard 2/4          # the second of four CI jobs
  hookemu test my.scenario.yaml --update`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTests(cmd.Context(), args, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.IntVarP(&f.parallel, "parallel", "p", runtime.NumCPU(), "how many scenarios run at once")
	fl.StringVar(&f.run, "run", "", "run only scenarios whose name (\"file scenario/case\") matches this regular expression")
	fl.StringVar(&f.shard, "shard", "", "run only share K of N (K/N, e.g. 2/4), to split a suite across CI jobs")
	fl.BoolVar(&f.failFast, "fail-fast", false, "start no scenario after one has failed")
	fl.StringVar(&f.junit, "junit", "", "also write a JUnit XML report to this file")
	fl.StringVar(&f.html, "html", "", "also write a self-contained HTML report to this file: counts, each scenario with its diff, requests and console, filterable by status")
	f.hookFlags.add(fl, "print one JSON object per scenario instead of text")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "show each scenario's requests and the provider's answers, console and problems, also when it passes")
	fl.BoolVar(&f.skipMissingEnv, "skip-missing-env", false, "skip the scenarios whose secrets name an unset ${ENV} variable, instead of failing them")
	fl.BoolVar(&f.allowOutsideRoot, "allow-outside-root", false, "let scenarios run hooks outside the suite's folder tree (its git repository, or the current folder)")
	fl.BoolVar(&f.strict, "strict", false, strictUsage+"; a scenario whose expect lists its problems is held to that list")
	fl.BoolVar(&f.update, "update", false, "rewrite each scenario's expected outcome, response and requests from what happened")
	return cmd
}

func runTests(ctx context.Context, paths []string, f testFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	defer gctune.ForManyRuns(os.Getenv)()
	defer startProfile(os.Getenv, "test", stderr)()
	runner, err := newRunner(f)
	if err != nil {
		return err
	}
	reports, err := createReports(f)
	if err != nil {
		return err
	}
	defer reports.close()
	pool, err := newWorkerPool(f.hookFlags, f.parallel)
	if err != nil {
		return err
	}
	defer pool.Close()
	pool.prestart(1)
	loader := scenarios.Loader{AllowOutsideRoot: f.allowOutsideRoot, ForUpdate: f.update, Found: prestartFor(pool, f)}
	suite, err := loader.Load(paths...)
	for _, note := range suite.Notes {
		fmt.Fprintln(stderr, note)
	}
	if err != nil {
		return loadFailure(withHookErrors(err, runner, suite), reports, stderr)
	}
	runner.Invoker = pool
	runner.Parallel = pool.parallel(f.failFast)
	runner.Reporters = append(runner.Reporters, reports.reporters()...)
	if f.json {
		runner.Reporters = append(runner.Reporters, scenarios.NewJSONReporter(stdout))
	} else {
		text := scenarios.NewTextReporter(stdout)
		text.Verbose = f.verbose
		runner.Reporters = append(runner.Reporters, text)
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	sum, err := runner.Run(ctx, suite)
	if err != nil {
		return loadFailure(err, reports, stderr)
	}
	if f.json {
		scenarios.WriteSummaryLine(stderr, sum)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// prestartFor starts, once the files are found, a worker for each that
// can run at once: every file holds a scenario at least, so none is
// started for nothing unless --run or --shard leaves files out, when
// workers start as jobs need them instead.
func prestartFor(pool *workerPool, f testFlags) func(files int) {
	return func(files int) {
		if f.run == "" && f.shard == "" {
			pool.prestart(files)
		}
	}
}

func newRunner(f testFlags) (*scenarios.Runner, error) {
	if err := f.validate(); err != nil {
		return nil, err
	}
	secrets, err := f.loadSecrets(nil)
	if err != nil {
		return nil, err
	}
	stubSources, err := f.stubFlags.sources()
	if err != nil {
		return nil, err
	}
	r := &scenarios.Runner{Parallel: f.parallel, FailFast: f.failFast, Update: f.update, SkipMissingEnv: f.skipMissingEnv, Strict: f.strict,
		Secrets: secrets.values, Stubs: stubSources, Timeout: f.timeout, Runtime: f.runtime,
		Emulator: emulator.New(f.emulatorConfig())}
	if f.parallel < 1 {
		return nil, usageError("-p %d: run at least one scenario at a time, e.g. -p 4", f.parallel)
	}
	if f.run != "" {
		re, err := regexp.Compile(f.run)
		if err != nil {
			return nil, usageError("--run %q is not a regular expression: %v", f.run, err)
		}
		r.Match = re
	}
	if f.shard != "" {
		shard, err := scenarios.ParseShard(f.shard)
		if err != nil {
			return nil, usageError("%v", err)
		}
		r.Shard = shard
	}
	return r, nil
}

// createReport creates a report file (what names it: "JUnit report"), and
// the folders it goes in, before anything runs: a report that cannot be
// written should not cost a run.
func createReport(path, what string) (*os.File, error) {
	if path == "" {
		return nil, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, usageError("cannot create the folder of the %s: %v; give a path that can be written", what, err)
	}
	file, err := os.Create(path)
	if err != nil {
		return nil, usageError("cannot create the %s: %v; give a path that can be written", what, err)
	}
	return file, nil
}

// reportFiles are the files test writes its reports to (--junit,
// --html); nil when not asked for.
type reportFiles struct {
	junit, html *os.File
}

// createReports creates every report file asked for before anything
// runs.
func createReports(f testFlags) (reportFiles, error) {
	var files reportFiles
	var err error
	if files.junit, err = createReport(f.junit, "JUnit report"); err != nil {
		return files, err
	}
	if files.html, err = createReport(f.html, "HTML report"); err != nil {
		files.close()
		return files, err
	}
	return files, nil
}

func (files reportFiles) reporters() []scenarios.Reporter {
	var list []scenarios.Reporter
	if files.junit != nil {
		list = append(list, scenarios.NewJUnitReporter(files.junit))
	}
	if files.html != nil {
		list = append(list, scenarios.NewHTMLReporter(files.html))
	}
	return list
}

// loadErrors writes errs to every report, so that CI shows what to fix
// where it shows test results.
func (files reportFiles) loadErrors(errs scenarios.LoadErrors, stderr io.Writer) {
	if files.junit != nil {
		if err := scenarios.NewJUnitReporter(files.junit).LoadErrors(errs); err != nil {
			fmt.Fprintln(stderr, "hookemu:", err)
		}
	}
	if files.html != nil {
		if err := scenarios.NewHTMLReporter(files.html).LoadErrors(errs); err != nil {
			fmt.Fprintln(stderr, "hookemu:", err)
		}
	}
}

func (files reportFiles) close() {
	for _, file := range []*os.File{files.junit, files.html} {
		if file != nil {
			_ = file.Close() // written and flushed by the reporters, which say when that fails
		}
	}
}

// withHookErrors adds to the errors of Load those of the hooks of the
// scenarios that did load, so that one round lists everything to fix.
func withHookErrors(err error, runner *scenarios.Runner, suite *scenarios.Suite) error {
	var list scenarios.LoadErrors
	if !errors.As(err, &list) {
		return err
	}
	all := append(slices.Clone(list), runner.Check(suite)...)
	all.Sort()
	return all
}

// loadFailure lists every load error, one per line, writes them to the
// reports (the JUnit report as testcases in error: CI shows those), and
// ends with exit code 2.
func loadFailure(err error, reports reportFiles, stderr io.Writer) error {
	var list scenarios.LoadErrors
	isList := errors.As(err, &list)
	reported := list
	if !isList {
		reported = scenarios.LoadErrors{{File: "hookemu test", Message: err.Error()}}
	}
	reports.loadErrors(reported, stderr)
	if !isList {
		return &exitError{code: exitUsage, err: err}
	}
	for _, e := range list {
		fmt.Fprintln(stderr, e)
	}
	return &exitError{code: exitUsage, err: fmt.Errorf("%d %s in the scenario files; fix and run again", len(list), plural(len(list), "error", "errors"))}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
