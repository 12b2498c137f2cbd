package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/migrate"
)

type migrateFlags struct {
	output   string
	unpinned bool
}

func newMigrateCommand(stdout, stderr io.Writer) *cobra.Command {
	var f migrateFlags
	cmd := &cobra.Command{
		Use:   "migrate HOOK.js",
		Short: "Rewrite a legacy hook as an Action that does what the hook did",
		Long: `Rewrite a send-phone-message Hook as an Action (Hooks reach end of life
in November 2026), and print it (or write it with -o).

The Action reads secrets from event.secrets and the message from
event.message_options and event.request; cb(null, x) becomes return x and
cb(err) a throw; p.then(...cb...).catch(...cb...) becomes await p, with
try/catch where the catch did more than pass the error on. The hook's own
provider code stays as it is, and a module required without a version is
pinned to the version the hook ran with (axios 0.19.2, where an Action
would get 1.x), so the requests stay the same: --unpinned leaves them to
the Action's defaults.

What cannot be converted safely (cb in an event listener or passed to
another function, process.env writes, context.webtask.storage) is left
as it was under a '// hookemu:' comment that says what to do, and listed
on stderr. The Action is checked to parse and load as an Action before it
is written. Check it sends what the hook did with 'hookemu diff'.

The hook and the Action then run once each against the fakes (the
documented payload, no secrets): an Action that ends otherwise than the
hook (a ReferenceError where the hook sent its request) is still written,
with the notes, and migrate exits 1.

Exit status: 0 the Action was written and ends as the hook does, 1 it
was written but does not run as the hook did (change by hand what the
notes say), or it came out unable to load (a bug in migrate: please
report it), 2 usage or load error (bad flags, unreadable file, a hook
with a syntax error, a file that is not a hook).`,
		Example: `  hookemu migrate my-hook.js -o my-action.js
  hookemu diff my-hook.js my-action.js
  hookemu migrate 8x8.js                  # the documented 8x8 hook, on stdout`,
		Args:              takesArgs(1, 1, "one hook file", "hookemu migrate my-hook.js -o my-action.js"),
		ValidArgsFunction: completeJSFiles(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return migrateHook(args[0], f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.output, "output", "o", "", "write the Action to this file instead of stdout")
	fl.BoolVar(&f.unpinned, "unpinned", false, "leave requires without a version as they are (the Action gets axios 1.x, twilio 5.x)")
	return cmd
}

func migrateHook(path string, f migrateFlags, stdout, stderr io.Writer) error {
	src, err := harness.ReadSource(path)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if f.output != "" && samePath(f.output, path) {
		return usageError("-o %s would overwrite the hook; write the Action to a file of its own, e.g. -o %s", f.output, actionFileName(path))
	}
	res, err := migrate.Migrate(src.Code, migrate.Options{Name: src.Name, Dir: src.Dir, Unpinned: f.unpinned})
	var input *migrate.InputError
	switch {
	case errors.As(err, &input):
		return &exitError{code: exitUsage, err: err}
	case err != nil:
		return &exitError{code: exitFailed, err: err}
	}
	if err := writeAction(f.output, res.Code, stdout); err != nil {
		return err
	}
	printMigrateNotes(stderr, src.Name, path, f.output, res)
	if res.Failure != "" {
		fmt.Fprintf(stderr, "hookemu: the Action does not run as an Action yet: %s; change by hand what the notes above say (and what the error points at), then run it: hookemu run %s\n", res.Failure, actionTarget(path, f.output))
		return errFailed
	}
	return nil
}

// actionTarget is where the Action is, or where the notes say to save it.
func actionTarget(hookPath, output string) string {
	if output != "" {
		return output
	}
	return actionFileName(hookPath)
}

func writeAction(output string, code []byte, stdout io.Writer) error {
	if output == "" {
		_, err := stdout.Write(code)
		return err
	}
	if err := os.WriteFile(output, code, 0o644); err != nil {
		return usageError("cannot write the Action: %v; give -o a path in a folder you can write to", err)
	}
	return nil
}

// printMigrateNotes lists every // hookemu: comment the Action carries,
// then what to run next.
func printMigrateNotes(w io.Writer, name, hookPath, output string, res *migrate.Result) {
	for _, n := range res.Notes {
		kind := "note"
		if n.Todo {
			kind = "TODO"
		}
		fmt.Fprintf(w, "%s:%d: %s: %s\n", name, n.Line, kind, n.Message)
	}
	target := output
	if target == "" {
		target = actionFileName(hookPath)
		fmt.Fprintf(w, "hookemu: save the Action (-o %s) and check it sends what the hook did: hookemu diff %s %s\n", target, hookPath, target)
	} else {
		fmt.Fprintf(w, "hookemu: wrote %s; check it sends what the hook did: hookemu diff %s %s\n", output, hookPath, output)
	}
	if todo := res.Todos(); todo > 0 {
		fmt.Fprintf(w, "hookemu: %d place(s) left as they were need a change by hand before the Action works (see the TODO lines above, and the // hookemu: comments)\n", todo)
	}
}

// actionFileName suggests where the Action of hook.js goes: hook.action.js.
func actionFileName(hookPath string) string {
	base := filepath.Base(hookPath)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ".action.js"
}

func samePath(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}
