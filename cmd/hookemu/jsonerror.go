package main

import (
	"slices"

	"github.com/spf13/cobra"
)

// jsonFailure is what --json prints when nothing ran (bad flags, a file
// that cannot be loaded), so a script always has one object to parse.
type jsonFailure struct {
	OK      bool          `json:"ok"`
	Outcome string        `json:"outcome"`
	Error   jsonErrorInfo `json:"error"`
}

type jsonErrorInfo struct {
	Name     string `json:"name"`
	Message  string `json:"message"`
	ExitCode int    `json:"exit_code"`
}

func newJSONFailure(e *exitError) jsonFailure {
	f := jsonFailure{Outcome: "load-error", Error: jsonErrorInfo{Name: "LoadError", Message: e.err.Error(), ExitCode: e.code}}
	if e.usage {
		f.Outcome, f.Error.Name = "usage-error", "UsageError"
	}
	return f
}

// jsonCommands print one JSON object with --json: a failure to start is
// one too. (test --json prints one per scenario.)
var jsonCommands = []string{"run", "check", "diff"}

// wantsJSON tells whether the command line asked for JSON, also when its
// flags could not be parsed.
func wantsJSON(cmd *cobra.Command, args []string) bool {
	if cmd == nil || !slices.Contains(jsonCommands, cmd.Name()) {
		return false
	}
	if f := cmd.Flags().Lookup("json"); f != nil && f.Changed {
		return f.Value.String() == "true"
	}
	return slices.Contains(args, "--json") || slices.Contains(args, "--json=true")
}
