package main

import (
	"bytes"
	"sort"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runTree runs args on root and returns what it printed and its error.
func runTree(root *cobra.Command, stdout, stderr *bytes.Buffer, args ...string) (string, string, error) {
	root.SetArgs(args)
	_, err := root.ExecuteC()
	return stdout.String(), stderr.String(), err
}

func TestASubcommandBuiltAloneBehavesAsInTheWholeTree(t *testing.T) {
	t.Parallel()
	names := make([]string, 0, len(alone))
	for name := range alone {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, extra := range [][]string{{"--help"}, {"--no-such-flag"}} {
			args := append([]string{name}, extra...)
			t.Run(name+" "+extra[0]+" prints and fails the same either way", func(t *testing.T) {
				t.Parallel()
				var wholeOut, wholeErr, aloneOut, aloneErr bytes.Buffer
				wo, we, werr := runTree(newRootCommand(&wholeOut, &wholeErr), &wholeOut, &wholeErr, args...)
				root := newRootFor(args, &aloneOut, &aloneErr)
				require.Len(t, root.Commands(), 1, "only the subcommand asked for is built")
				ao, ae, aerr := runTree(root, &aloneOut, &aloneErr, args...)
				for _, c := range root.Commands() {
					assert.NotEqual(t, "completion", c.Name(), "the completion command is built only for the whole tree")
				}
				assert.Equal(t, wo, ao)
				assert.Equal(t, we, ae)
				assert.Equal(t, werr, aerr)
			})
		}
	}
}

func TestOtherArgumentsGetTheWholeTree(t *testing.T) {
	t.Parallel()
	whole := len(newRootCommand(&bytes.Buffer{}, &bytes.Buffer{}).Commands())
	for _, args := range [][]string{nil, {"help", "run"}, {"--version"}, {"version"}, {"__complete", "run", ""}, {"rnu"}, {"migrate"}} {
		root := newRootFor(args, &bytes.Buffer{}, &bytes.Buffer{})
		assert.Len(t, root.Commands(), whole, "%q", args)
	}
}
