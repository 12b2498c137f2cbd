package main

import (
	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
)

// flagCompletions are what shell completion offers for a flag's value,
// on every subcommand that has the flag.
func flagCompletions() map[string]cobra.CompletionFunc {
	files := func(ext ...string) cobra.CompletionFunc {
		return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return ext, cobra.ShellCompDirectiveFilterFileExt
		}
	}
	return map[string]cobra.CompletionFunc{
		"message-type":      cobra.FixedCompletions(emulator.MessageTypes(), cobra.ShellCompDirectiveNoFileComp),
		"action":            cobra.FixedCompletions(emulator.Actions(), cobra.ShellCompDirectiveNoFileComp),
		"notification-type": cobra.FixedCompletions(emulator.NotificationTypes(), cobra.ShellCompDirectiveNoFileComp),
		"log-format":        cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp),
		"payload":           files("json"),
		"output":            files("js"),
		"junit":             files("xml"),
		"var-file":          files("tfvars", "json"),
		"a0-config":         files("json"),
		"actions-dir": func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveFilterDirs
		},
	}
}

// completeCode offers what run, check and diff take: .js files and the
// files of a deploy artifact (folders are offered to walk into, and are
// artifacts too), up to maxArgs of them.
func completeCode(maxArgs int) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= maxArgs {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return []cobra.Completion{"js", "json", "yaml", "yml", "tf"}, cobra.ShellCompDirectiveFilterFileExt
	}
}

// completeJSFiles offers .js files (and folders, to walk into) for the
// hook files a subcommand takes, up to max of them.
func completeJSFiles(maxArgs int) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= maxArgs {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return []cobra.Completion{"js"}, cobra.ShellCompDirectiveFilterFileExt
	}
}

// addCompletions registers flagCompletions on cmd and its subcommands.
func addCompletions(cmd *cobra.Command) {
	completions := flagCompletions()
	for _, c := range append([]*cobra.Command{cmd}, cmd.Commands()...) {
		for name, fn := range completions {
			if c.Flags().Lookup(name) != nil {
				_ = c.RegisterFlagCompletionFunc(name, fn) // only fails for a flag registered twice
			}
		}
	}
}
