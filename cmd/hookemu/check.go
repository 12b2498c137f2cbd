package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/scenarios"
)

type checkFlags struct {
	hookFlags
	payload  payloadFlags
	artifact artifactFlags
	strict   bool
	junit    string
}

func newCheckCommand(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check HOOK.js | ARTIFACT",
		Short: "Check a hook before deploying it: its code, its secrets, and every call against the fake providers",
		Long: `Check a hook before it goes to a tenant, and say what to change.

Static checks read the code: it parses; module.exports is a function
(recipient, text, context, cb); every require names a module hookemu
emulates (and which version it gets); every secret it reads is provided,
and every one provided is read (at most 20); no name is used that is
never defined.

Then the hook is called against the fake providers as Auth0 calls it, for
sms and voice, enrollment and second factor: it must call back exactly
once, in time, without throwing or leaving a rejection unhandled, after
its request has finished, with the recipient and the code in what the
provider got. With the provider answering 500, then 401, then not at all,
it must call back with an error, not succeed and not hang. A request to a
host no fake or stub serves is a warning that names it (--stubs says what
it answers). A documented hook, left unchanged, is checked with its demo
secrets and demo stubs when none are given.

Each check prints PASS, WARN or FAIL with its reason, the line it concerns
and, for a FAIL, what to change. A syntax error is a FAIL like any other.

` + artifactHelp + `

An artifact that holds several is checked whole: every send-phone-message
and custom-phone-provider hook and action in it, one report per entry,
and the checks of what Auth0 would refuse or break on deploy (undeclared
or unused dependencies and secrets, the trigger and its version, the
exported function, bindings, the phone provider, keywords left
unreplaced). --json then prints one object with an "entries" array (see
the README), and --junit writes a testsuite per entry.

Exit status: 0 no check failed, 1 a check failed in some hook or entry
(with --strict, also a warning), 2 usage error (bad flags, unreadable
file or artifact).`,
		Example: `  hookemu check my-hook.js --secrets-file .env
  hookemu check my-hook.js --secret apikey=test --secret subaccount=acme --strict
  hookemu check my-hook.js --json
  hookemu check tenant/ --a0-config config.json --junit check.xml
  hookemu check infra/main.tf --var-file prod.tfvars --name sms-8x8`,
		Args:              takesArgs(1, 1, "one hook file", "hookemu check my-hook.js"),
		ValidArgsFunction: completeCode(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkHook(cmd.Context(), args[0], f, stdout)
		},
	}
	fl := cmd.Flags()
	f.hookFlags.add(fl, "print one JSON report object on stdout and nothing else")
	f.payload.add(fl)
	fl.BoolVar(&f.strict, "strict", false, "fail (exit 1) on warnings too")
	fl.StringVar(&f.junit, "junit", "", "also write a JUnit XML report to this file: a testsuite per hook or entry, a testcase per check")
	f.artifact.register(fl)
	return cmd
}

func checkHook(ctx context.Context, path string, f checkFlags, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := f.validate(); err != nil {
		return err
	}
	payload, err := f.payload.base("check")
	if err != nil {
		return err
	}
	opts, err := f.artifact.options()
	if err != nil {
		return err
	}
	srcs, err := harness.ReadSources(path, opts)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if err := f.artifact.onlyForArtifacts(srcs...); err != nil {
		return err
	}
	junitFile, err := createReport(f.junit, "JUnit report")
	if err != nil {
		return err
	}
	if junitFile != nil {
		defer junitFile.Close()
	}
	var checked []checkedEntry
	for _, src := range srcs {
		entry, err := checkOne(ctx, path, src, f, payload)
		if err != nil {
			return err
		}
		checked = append(checked, entry)
	}
	if err := writeCheckOutput(stdout, checked, f, srcs[0].Deploy != nil && f.artifact.name == ""); err != nil {
		return err
	}
	if junitFile != nil {
		if err := scenarios.WriteJUnit(junitFile, checkJUnit(checked, f.strict)); err != nil {
			return err
		}
	}
	for _, c := range checked {
		if !c.report.OK {
			return errFailed
		}
	}
	return nil
}

// checkedEntry is one hook checked: its report, and what it was checked
// with, for the output to say.
type checkedEntry struct {
	src     harness.Source
	report  check.Report
	secrets secretSet
	stubs   stubSet
}

// checkOne checks one hook, or one entry of an artifact, with the secrets
// and stubs it gets.
func checkOne(ctx context.Context, path string, src harness.Source, f checkFlags, payload emulator.Payload) (checkedEntry, error) {
	secrets, err := f.loadSecrets(f.artifact.env(), src)
	if err != nil {
		return checkedEntry{}, err
	}
	stubSet, err := f.stubFlags.load(src)
	if err != nil {
		return checkedEntry{}, err
	}
	opts := check.Options{Name: src.Name, RunTarget: runTarget(path, src), Source: src.Code, Secrets: secrets.values, Payload: payload, Timeout: f.timeout, Memory: int64(f.memory), SharedModulesDir: f.actionsDir, Stubs: stubSet.set,
		Dir: src.Dir, NodeModules: f.nodeModules, PreferNodeModules: f.preferNodeModules, Runtime: f.loadOptions(src).Runtime}
	if d := src.Deploy; d != nil {
		opts.Deploy = &check.Deployment{Entry: d.Entry, Artifact: d.Artifact}
	}
	rep := check.Run(ctx, opts)
	rep.OK = rep.Passed(f.strict)
	return checkedEntry{src: src, report: rep, secrets: secrets, stubs: stubSet}, nil
}

// writeCheckOutput prints the reports: one, as for a .js file, or with
// entries, one per entry of an artifact checked whole.
func writeCheckOutput(w io.Writer, checked []checkedEntry, f checkFlags, entries bool) error {
	if f.json {
		if entries {
			return writeJSON(w, newCheckEntriesJSON(checked))
		}
		return writeJSON(w, newCheckJSON(checked[0]))
	}
	st := styleFor(w, os.Getenv)
	for i, c := range checked {
		if i > 0 {
			fmt.Fprintln(w)
		}
		printArtifactHeading(w, c.src, nil)
		printCheckReport(w, st, c.report, f.strict)
		if demo := newDemoNote(c.secrets, c.stubs); demo.uses() != "" {
			fmt.Fprintf(w, "(documented hook %s, checked with its %s; check your own with: hookemu check my-hook.js %s)\n", demo.hooks(), demo.uses(), demo.ownFlags())
		}
	}
	if entries {
		fmt.Fprintf(w, "\n%s\n", entriesVerdict(checked))
	}
	return nil
}

// entriesVerdict is the last line of an artifact checked whole.
func entriesVerdict(checked []checkedEntry) string {
	var failed []string
	for _, c := range checked {
		if !c.report.OK {
			failed = append(failed, c.src.Name)
		}
	}
	n := len(checked)
	if len(failed) == 0 {
		return fmt.Sprintf("%d %s checked: all ready to deploy", n, plural(n, "entry", "entries"))
	}
	return fmt.Sprintf("%d %s checked: %d failed (%s)", n, plural(n, "entry", "entries"), len(failed), strings.Join(failed, ", "))
}

// printCheckReport prints one line per check, statuses and names in
// columns, the fix under each FAIL (and WARN), then the verdict.
func printCheckReport(w io.Writer, st style, rep check.Report, strict bool) {
	fmt.Fprintf(w, "checking %s (%s, %s)\n\n", rep.Hook, rep.Kind, rep.Runtime)
	for _, note := range rep.Notes {
		fmt.Fprintf(w, "note: %s\n\n", note)
	}
	width := 0
	for _, c := range rep.Checks {
		width = max(width, len(c.Name))
	}
	for _, c := range rep.Checks {
		where := ""
		if c.Line > 0 {
			where = fmt.Sprintf("%s:%d: ", rep.Hook, c.Line)
		}
		fmt.Fprintf(w, "%s  %-*s  %s%s\n", st.checkStatus(c.Status), width, c.Name, where, c.Message)
		if c.Fix != "" && c.Status != check.Pass {
			fmt.Fprintf(w, "%s  fix: %s\n", strings.Repeat(" ", 4+2+width), c.Fix)
		}
	}
	fmt.Fprintf(w, "\n%s\n", verdict(rep.Summary, strict))
}

func verdict(s check.Summary, strict bool) string {
	counts := fmt.Sprintf("%d PASS, %d WARN, %d FAIL", s.Pass, s.Warn, s.Fail)
	switch {
	case s.Fail > 0:
		return counts + ": fix the failures before deploying"
	case s.Warn > 0 && strict:
		return counts + ": --strict fails on warnings"
	case s.Warn > 0:
		return counts + ": no failures; review the warnings"
	}
	return counts + ": ready to deploy"
}

// runTarget is what `hookemu run` takes to run the code checked, for the
// report's fixes to quote: the path given, and an artifact's entry by
// --name.
func runTarget(path string, src harness.Source) string {
	target := shellWord(cmp.Or(path, src.Name))
	if src.Deploy != nil {
		target += " --name " + shellWord(src.Deploy.Entry.Name)
	}
	return target
}

// shellWord quotes s for a POSIX shell where it needs quoting, so a fix
// can be pasted as it is.
func shellWord(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '+' || r == ':' || r == '@' || r == '=' || r == ',' ||
			(r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
