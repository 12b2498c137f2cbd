package main

import (
	"github.com/spf13/cobra"
)

// takesArgs words every subcommand's argument error the same way:
// "check takes one hook file, got 2; e.g. hookemu check my-hook.js".
func takesArgs(minArgs, maxArgs int, what, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < minArgs || len(args) > maxArgs {
			return usageError("%s takes %s, got %d; e.g. %s", cmd.Name(), what, len(args), example)
		}
		return nil
	}
}
