package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
	"github.com/hookemu/hookemu/results"
)

type diffFlags struct {
	hookFlags
	payload  payloadFlags
	artifact artifactFlags
	// names are --name: one for both sides, or one for each.
	names []string
}

// sides are the artifact flags of each side: --name once applies to
// both, twice to OLD then NEW.
func (f diffFlags) sides() (artifactFlags, artifactFlags, error) {
	oldSide, newSide := f.artifact, f.artifact
	switch len(f.names) {
	case 0:
	case 1:
		oldSide.name, newSide.name = f.names[0], f.names[0]
	case 2:
		oldSide.name, newSide.name = f.names[0], f.names[1]
	default:
		return oldSide, newSide, usageError("--name is given %d times: give it once for both sides, or twice (OLD's, then NEW's)", len(f.names))
	}
	return oldSide, newSide, nil
}

func newDiffCommand(stdout, stderr io.Writer) *cobra.Command {
	var f diffFlags
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show whether a hook and its Action send the same requests and end the same way",
		Long: `Run two versions of send-phone-message code (a Hook and the Action
migrated from it, or any two files) over the same calls and show, for each,
whether they sent the same requests and reached the same outcome.

The calls: sms and voice, enrollment and second factor, each with the
provider answering and with the provider failing (500 from every fake).
Requests compare by method, URL, headers and body (as JSON when JSON, as
fields when a form); the headers HTTP libraries set by themselves and
change between versions are not compared, and the output says which.
Outcomes compare as Auth0 sees them (a hook's cb(err) and an Action's
throw are both a failure), and two failures by their error.

The documented hooks (8x8.js, twilio-sms.js, ...), left unchanged, run
with their demo secrets when none are given, and their demo stubs when no
--stubs is given; edited code never does.

` + artifactHelp + ` The flags apply to both
sides; --name given twice names OLD's entry, then NEW's.

Exit status: 0 the same in every call, 1 some call differs, 2 usage or
load error (bad flags, unreadable file, code that does not load).`,
		Example: `  hookemu migrate my-hook.js -o my-action.js
  hookemu diff my-hook.js my-action.js --secrets-file .env
  hookemu diff 8x8.js 8x8-action.js --json
  hookemu diff tenant/hooks/sms.json tenant/actions/sms.json --secrets-file .env
  hookemu diff tenant/ infra/ --name sms-hook --name sms-action --a0-config config.json`,
		Args:              takesArgs(2, 2, "two files", "hookemu diff my-hook.js my-action.js"),
		ValidArgsFunction: completeCode(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return diffHooks(cmd.Context(), args[0], args[1], f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	f.hookFlags.add(fl, "print one JSON object on stdout and nothing else")
	f.payload.add(fl)
	f.artifact.registerReading(fl)
	repeatableVar(fl, &f.names, "name", "the hook or action to use in an artifact holding several phone entries: once for both sides, or twice, OLD's then NEW's")
	return cmd
}

func diffHooks(ctx context.Context, oldPath, newPath string, f diffFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := f.validate(); err != nil {
		return err
	}
	payload, err := f.payload.base("diff")
	if err != nil {
		return err
	}
	em := emulator.New(f.emulatorConfig())
	oldSide, newSide, err := f.sides()
	if err != nil {
		return err
	}
	oldSrc, err := oldSide.read(oldPath)
	if err != nil {
		return err
	}
	newSrc, err := newSide.read(newPath)
	if err != nil {
		return err
	}
	if err := oldSide.onlyForArtifacts(oldSrc, newSrc); err != nil {
		return err
	}
	oldLabel, newLabel := diffLabels(oldPath, newPath, oldSrc, newSrc)
	oldHook, err := loadForDiff(em, oldSrc, oldLabel, f.loadOptions(oldSrc))
	if err != nil {
		return err
	}
	newHook, err := loadForDiff(em, newSrc, newLabel, f.loadOptions(newSrc))
	if err != nil {
		return err
	}
	secrets, err := f.loadSecrets(f.artifact.env(), oldSrc, newSrc)
	if err != nil {
		return err
	}
	stubSet, err := f.stubFlags.load(oldSrc, newSrc)
	if err != nil {
		return err
	}
	res := hookdiff.Run(ctx, oldHook, newHook, hookdiff.Options{Secrets: secrets.values, Payload: payload, Emulator: em, Timeout: f.timeout, Stubs: stubSet.set})
	if f.json {
		out := results.Diff{Result: res, OldArtifact: describeArtifact(oldSrc, &secrets), NewArtifact: describeArtifact(newSrc, &secrets)}
		if err := writeJSON(stdout, out); err != nil {
			return err
		}
	} else {
		printArtifactHeading(stdout, oldSrc, &secrets)
		printArtifactHeading(stdout, newSrc, &secrets)
		printDiff(stdout, res, oldHook.Kind, newHook.Kind)
		if res.FailedAlike() {
			fmt.Fprintln(stdout, failedAlikeNote(res, len(secrets.values) == 0))
		}
	}
	if secrets.demo != "" {
		fmt.Fprintf(stderr, "hookemu: no secrets given: both ran with the demo secrets of %s (pass yours with --secrets-file or --secret)\n", secrets.demo)
	} else if len(secrets.values) == 0 {
		fmt.Fprintln(stderr, "hookemu: no secrets given: both ran without any (pass them with --secrets-file or --secret)")
	}
	if stubSet.demo != "" {
		fmt.Fprintf(stderr, "hookemu: no stubs given: both ran with the demo stubs of %s for %s (pass yours with --stubs)\n", stubSet.demo, stubSet.hosts())
	}
	if !res.Same() {
		return errFailed
	}
	return nil
}

// diffLabels names the two sides in output: an artifact entry by its
// name, a file by its name, or each as typed when both names are the same
// (old/hook.js, new/hook.js).
func diffLabels(oldPath, newPath string, oldSrc, newSrc harness.Source) (string, string) {
	oldLabel, newLabel := sideLabel(oldPath, oldSrc), sideLabel(newPath, newSrc)
	if oldLabel == newLabel && oldPath != newPath {
		return oldPath, newPath
	}
	return oldLabel, newLabel
}

func sideLabel(path string, src harness.Source) string {
	if src.Deploy != nil {
		return src.Name
	}
	return filepath.Base(path)
}

// loadForDiff loads one side under its label, with opts (the side's
// artifact's, and --runtime).
func loadForDiff(em *emulator.Emulator, src harness.Source, label string, opts emulator.LoadOptions) (*emulator.Hook, error) {
	hook, err := em.LoadWith(context.Background(), label, src.Code, opts)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return hook, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // keep <secret:NAME> readable
	return enc.Encode(v)
}

// printDiff shows one line per call, and under a call that differs each
// difference with both values.
func printDiff(w io.Writer, res hookdiff.Result, oldKind, newKind emulator.Kind) {
	fmt.Fprintf(w, "%s (%s) against %s (%s), %d calls\n\n", res.Old, oldKind, res.New, newKind, len(res.Cases))
	width := max(len(res.Old), len(res.New))
	different := 0
	firstWith := map[string]string{} // differences, as printed, -> the first call that had them
	for _, c := range res.Cases {
		if c.Same() {
			fmt.Fprintf(w, "same       %-42s %s\n", c.Name, summarizeRun(c.Old))
			printWarnings(w, c.Warnings)
			continue
		}
		different++
		var b strings.Builder
		printDifferences(&b, c.Differences, res.Old, res.New, width)
		if first, seen := firstWith[b.String()]; seen {
			fmt.Fprintf(w, "DIFFERENT  %-42s the same differences as %s\n", c.Name, first)
		} else {
			firstWith[b.String()] = c.Name
			fmt.Fprintf(w, "DIFFERENT  %s\n%s", c.Name, b.String())
		}
		printWarnings(w, c.Warnings)
	}
	fmt.Fprintf(w, "\nNot compared (HTTP libraries set them and change them between versions): %s headers.\n", strings.Join(res.IgnoredHeaders, ", "))
	if different == 0 {
		fmt.Fprintf(w, "%d calls: the same requests and outcome in every one\n", len(res.Cases))
		return
	}
	fmt.Fprintf(w, "%d calls: %d the same, %d different\n", len(res.Cases), len(res.Cases)-different, different)
}

// printWarnings shows what Auth0 may not finish in one call.
func printWarnings(w io.Writer, warnings []string) {
	for _, warning := range warnings {
		fmt.Fprintf(w, "    warning: %s\n", warning)
	}
}

// printDifferences groups the differences of one request under it.
func printDifferences(w io.Writer, diffs []hookdiff.Difference, oldName, newName string, width int) {
	request := ""
	for _, d := range diffs {
		indent := "    "
		if d.Request > 0 {
			if heading := fmt.Sprintf("request %d, %s", d.Request, d.Where); heading != request {
				request = heading
				fmt.Fprintf(w, "    %s\n", heading)
			}
			indent = "      "
		}
		fmt.Fprintf(w, "%s%s\n", indent, d.What)
		fmt.Fprintf(w, "%s  - %-*s  %s\n", indent, width, oldName, shown(d.Old))
		fmt.Fprintf(w, "%s  + %-*s  %s\n", indent, width, newName, shown(d.New))
	}
}

func summarizeRun(rep harness.Report) string {
	n := len(rep.Requests)
	noun := "requests"
	if n == 1 {
		noun = "request"
	}
	return fmt.Sprintf("%d %s, %s", n, noun, rep.Outcome)
}

// shown writes a value on one line; an absent one as (none).
func shown(v string) string {
	if v == "" {
		return "(none)"
	}
	return strings.ReplaceAll(v, "\n", `\n`)
}

// failedAlikeNote says on stdout, where the verdict is, that "the same"
// here only means both fail, and why that is likely.
func failedAlikeNote(res hookdiff.Result, noSecrets bool) string {
	note := fmt.Sprintf("Every call failed in both, alike (%s), so this compares only how they fail", res.Cases[0].Old.Outcome)
	if e := res.Cases[0].Old.Error; e != nil {
		note = fmt.Sprintf("Every call failed in both, alike (%s), so this compares only how they fail", strings.TrimPrefix(e.Name+": "+e.Message, ": "))
	}
	if noSecrets {
		note += ": no secrets were given, so the provider refused every call; pass them with --secrets-file or --secret"
	}
	return note + "."
}
