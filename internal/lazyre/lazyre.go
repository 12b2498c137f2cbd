// Package lazyre compiles a regular expression the first time it is used
// rather than when the program starts.
//
// A package-level regexp.MustCompile runs in every hookemu process, for
// every subcommand, whether or not the process ever matches it: dozens of
// them cost a run of one hook a noticeable part of its start-up. A
// lazyre.Regexp is declared the same way and costs nothing until its first
// match; after that it is the compiled *regexp.Regexp, safe for concurrent
// use.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp returns the compiled expression, compiling it on the first call.
type Regexp func() *regexp.Regexp

// New declares expr for compiling on first use. An invalid expr panics on
// that first use, as regexp.MustCompile would at start-up; the tests of
// the code that uses it find it.
func New(expr string) Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
