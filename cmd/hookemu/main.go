// Command hookemu runs Auth0 send-phone-message Hooks and Actions on a
// laptop or in CI, against fake SMS provider APIs, offline.
//
// This package holds flag parsing and output only; what each subcommand
// does lives in packages a Go program can call directly.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
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
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// failed ends the process with exit code 1 without printing anything more:
// the output has already said why.
var errFailed = &exitError{code: exitFailed, err: errors.New("")}

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs the CLI with args and returns the exit code; tests call it
// in-process.
func execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCommand(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var exit *exitError
	if errors.As(err, &exit) {
		if msg := exit.err.Error(); msg != "" {
			fmt.Fprintln(stderr, "hookemu:", msg)
		}
		return exit.code
	}
	// Anything cobra reports itself (unknown command or flag) is usage.
	fmt.Fprintln(stderr, "hookemu:", err)
	fmt.Fprintln(stderr, "Run 'hookemu --help' for usage.")
	return exitUsage
}

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "hookemu",
		Short: "Run Auth0 send-phone-message hooks offline against fake SMS providers",
		Long: `hookemu runs Auth0 send-phone-message Hooks (and Actions) on your machine,
as Auth0 would call them, against fake 8x8 and Twilio APIs that check every
request the way the real provider does. Nothing leaves your machine.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError("%v (see 'hookemu %s --help')", err, cmd.Name())
	})
	root.AddCommand(newRunCommand(stdout, stderr))
	root.AddCommand(newServeCommand(stdout, stderr))
	root.AddCommand(newCheckCommand(stdout, stderr))
	root.AddCommand(newTestCommand(stdout, stderr))
	root.AddCommand(newMigrateCommand(stdout, stderr))
	root.AddCommand(newDiffCommand(stdout, stderr))
	return root
}
