package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// develVersion is what Go records for a binary built from a checkout
// rather than installed at a released version.
const develVersion = "(devel)"

// versionText is what `hookemu version` and `hookemu --version` print:
// the version, then the Go module build info, so a bug report says
// exactly what was run.
func versionText(info *debug.BuildInfo, ok bool) string {
	var b strings.Builder
	if !ok {
		fmt.Fprintf(&b, "hookemu %s: built without module information\n%s %s/%s\n", develVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return b.String()
	}
	version := info.Main.Version
	if version == "" || version == develVersion {
		fmt.Fprintf(&b, "hookemu %s: a development build, not a released version\n", develVersion)
	} else {
		fmt.Fprintf(&b, "hookemu %s\n", version)
	}
	fmt.Fprintf(&b, "%s %s/%s\n", info.GoVersion, runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "module %s %s\n", info.Main.Path, orDevel(info.Main.Version))
	for _, s := range info.Settings {
		if strings.HasPrefix(s.Key, "vcs.") {
			fmt.Fprintf(&b, "  %s=%s\n", s.Key, s.Value)
		}
	}
	for _, dep := range info.Deps {
		if dep.Replace != nil {
			fmt.Fprintf(&b, "dep %s %s => %s %s\n", dep.Path, dep.Version, dep.Replace.Path, dep.Replace.Version)
			continue
		}
		fmt.Fprintf(&b, "dep %s %s\n", dep.Path, dep.Version)
	}
	return b.String()
}

func orDevel(v string) string {
	if v == "" {
		return develVersion
	}
	return v
}

func newVersionCommand(text string, stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print hookemu's version and the Go module build info",
		Args:  takesArgs(0, 0, "no arguments", "hookemu version"),
		RunE: func(*cobra.Command, []string) error {
			_, err := io.WriteString(stdout, text)
			return err
		},
	}
}
