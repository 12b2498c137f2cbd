package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/scenarios"
)

// newScenariosTopic is `hookemu help scenarios`: the manual of the
// scenario file format, offline, from the scenarios package's doc.
func newScenariosTopic(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "scenarios",
		Short: "The scenario file format of hookemu test",
	}
	cmd.SetHelpFunc(func(*cobra.Command, []string) {
		_, _ = io.WriteString(stdout, scenarios.Manual())
	})
	return cmd
}

// newProvidersTopic is `hookemu help providers`: the registry's list of
// providers, hosts, serve paths and configuration keys.
func newProvidersTopic(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "providers",
		Short: "The provider APIs hookemu fakes: hosts, serve paths, scenario keys",
	}
	cmd.SetHelpFunc(func(*cobra.Command, []string) {
		_, _ = io.WriteString(stdout, providers.Manual())
	})
	return cmd
}

// newExampleCommand prints a documented hook, so a user can start from
// the code the docs give without cloning anything.
func newExampleCommand(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "example NAME",
		Short: "Print one of the documented hooks and Actions, to start from",
		Long: `Print one of the documented hooks and Actions that hookemu embeds, as the
provider's guide gives it. Save it and make it yours:

  hookemu example 8x8 > my-hook.js
  hookemu run my-hook.js --secrets-file .env

With no NAME, or a NAME hookemu does not have, lists the names.`,
		Args:              takesArgs(0, 1, "at most one name", "hookemu example 8x8"),
		ValidArgsFunction: completeExampleNames,
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				_, err := io.WriteString(stdout, exampleList())
				return err
			}
			h, ok := hooks.Lookup(args[0])
			if !ok {
				return usageError("no example %q; the examples are:\n%s", args[0], strings.TrimRight(exampleList(), "\n"))
			}
			code, err := hooks.Source(h.Name)
			if err != nil {
				return err
			}
			_, err = stdout.Write(code)
			return err
		},
	}
}

// exampleList is one line per documented hook: its name and title.
func exampleList() string {
	var b strings.Builder
	list := hooks.List()
	width := 0
	for _, h := range list {
		width = max(width, len(h.Name))
	}
	for _, h := range list {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, h.Name, h.Title)
	}
	return b.String()
}

func completeExampleNames(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []cobra.Completion
	for _, h := range hooks.List() {
		names = append(names, cobra.CompletionWithDesc(h.Name, h.Title))
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}
