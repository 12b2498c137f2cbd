// Command hookemu runs Auth0 send-phone-message Hooks and Actions on a
// laptop or in CI, against fake SMS provider APIs, offline.
//
// This package holds flag parsing and output only; what each subcommand
// does lives in packages a Go program can call directly.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/internal/stackstart"
)

// Exit codes shared by every subcommand.
const (
	exitOK     = 0
	exitFailed = 1 // the hook failed, or a check or scenario did
	exitUsage  = 2 // bad flags, unreadable or unloadable input
)

// exitError carries the exit code an error should end the process with.
type exitError struct {
	code int
	err  error
	// usage marks a mistake in the command line itself (flags,
	// arguments), as opposed to input that cannot be loaded.
	usage bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) *exitError {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...), usage: true}
}

// failed ends the process with exit code 1 without printing anything more:
// the output has already said why.
var errFailed = &exitError{code: exitFailed, err: errors.New("")}

func main() {
	// The main goroutine's stack reaches 32 KiB while it loads a hook
	// (goja's parser recurses deeply); sized now, it is copied once while
	// nearly empty instead of twice with those frames on it.
	stackstart.To32K()
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs the CLI with args and returns the exit code; tests call it
// in-process.
func execute(args []string, stdout, stderr io.Writer) int {
	return executeContext(context.Background(), args, stdout, stderr)
}

// executeContext is execute until ctx ends, for the tests of what runs
// until it is stopped (serve): main's path otherwise.
func executeContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootFor(args, stdout, stderr)
	root.SetArgs(args)
	root.SetContext(ctx)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var exit *exitError
	if !errors.As(err, &exit) {
		// What cobra reports itself is an unknown command.
		exit = unknownCommand(root, args, err)
	}
	if exit.code == exitUsage && wantsJSON(cmd, args) {
		if werr := writeJSON(stdout, newJSONFailure(exit)); werr != nil {
			fmt.Fprintln(stderr, "hookemu:", werr)
		}
	}
	if msg := exit.err.Error(); msg != "" {
		fmt.Fprintln(stderr, "hookemu:", msg)
	}
	return exit.code
}

// alone are the subcommands a process started for one of them builds
// alone: the commands that run hooks, which users and scripts start many
// times. Building every subcommand with its flags, help and completions
// cost each `hookemu run` a measurable part of its start; help, version,
// completion and unknown commands still get the whole tree.
var alone = map[string]func(stdout, stderr io.Writer) *cobra.Command{
	"run":   newRunCommand,
	"check": newCheckCommand,
	"test":  newTestCommand,
	"diff":  newDiffCommand,
	"serve": newServeCommand,
	workerCommand: func(stdout, _ io.Writer) *cobra.Command {
		return newWorkerCommand(stdout)
	},
}

// newRootFor is the command tree args need: the root with only the
// subcommand args name when it is one of alone, else every subcommand.
func newRootFor(args []string, stdout, stderr io.Writer) *cobra.Command {
	if len(args) > 0 {
		if build, ok := alone[args[0]]; ok {
			root := newBareRoot(stdout, stderr)
			// Shell completion asks through __complete, which gets the
			// whole tree: the completion command cobra would add for
			// every run only costs its start.
			root.CompletionOptions.DisableDefaultCmd = true
			root.AddCommand(build(stdout, stderr))
			return root
		}
	}
	return newRootCommand(stdout, stderr)
}

// newRootCommand is the whole tree: every subcommand, help topics,
// completions and the version.
func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := newBareRoot(stdout, stderr)
	version := versionText(debug.ReadBuildInfo())
	root.Version = strings.SplitN(version, "\n", 2)[0]
	root.SetVersionTemplate(version)
	root.AddCommand(newVersionCommand(version, stdout))
	root.AddCommand(newRunCommand(stdout, stderr))
	root.AddCommand(newServeCommand(stdout, stderr))
	root.AddCommand(newCheckCommand(stdout, stderr))
	root.AddCommand(newTestCommand(stdout, stderr))
	root.AddCommand(newMigrateCommand(stdout, stderr))
	root.AddCommand(newDiffCommand(stdout, stderr))
	root.AddCommand(newExampleCommand(stdout))
	root.AddCommand(newScenariosTopic(stdout))
	root.AddCommand(newProvidersTopic(stdout))
	addCompletions(root)
	root.AddCommand(newWorkerCommand(stdout))
	return root
}

// newBareRoot is the root command without subcommands.
func newBareRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "hookemu",
		Short: "Run Auth0 send-phone-message hooks offline against fake SMS providers",
		Long: `hookemu runs Auth0 send-phone-message Hooks (and Actions) on your machine,
as Auth0 would call them, against fakes of the SMS providers' APIs that
check every request the way the real provider does (hookemu help
providers lists them). Nothing leaves your machine.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError("%v (see '%s --help')", err, cmd.CommandPath())
	})
	return root
}

// unknownCommand words cobra's own error (an unknown command, over
// several lines) on one line, with the nearest command hookemu has.
func unknownCommand(root *cobra.Command, args []string, err error) *exitError {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return &exitError{code: exitUsage, err: fmt.Errorf("%w (see 'hookemu --help')", err), usage: true}
	}
	if near := root.SuggestionsFor(args[0]); len(near) > 0 {
		return usageError("unknown command %q; did you mean %q? (see 'hookemu --help')", args[0], near[0])
	}
	return usageError("unknown command %q (see 'hookemu --help')", args[0])
}
