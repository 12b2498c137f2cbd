package check

import (
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/emulator"
)

// The emulator reports these as problems in plain text; check reads them
// by their opening words, kept here in one place (a test pins them to
// what the emulator says).
const (
	problemSecondCallback = "cb was called again"
	problemUnhandled      = "unhandled promise rejection"
	problemLateException  = "uncaught exception after " // cb was called, or the Action returned
)

// problems returns the messages of the run's problems that start with
// prefix.
func (r run) problems(prefix string) []string {
	var out []string
	for _, p := range r.report.Problems {
		if strings.HasPrefix(p.Message, prefix) {
			out = append(out, p.Message)
		}
	}
	return out
}

// errorLine is the hook's line in the stack of what the run failed with.
func (r run) errorLine() int {
	if r.report.Error == nil {
		return 0
	}
	return lineIn(r.report.Error.Stack, r.report.Hook)
}

// headline is an error as Node prints its first line.
func headline(e *emulator.ErrorInfo) string {
	if e == nil {
		return "unknown error"
	}
	if e.Name != "" && !strings.HasPrefix(e.Message, e.Name) {
		return e.Name + ": " + e.Message
	}
	return e.Message
}

// lineIn finds the first "file:LINE" of the hook in a stack or message,
// so a failure found by running points at the line that caused it.
func lineIn(text, file string) int {
	needle := file + ":"
	for rest := text; ; {
		i := strings.Index(rest, needle)
		if i < 0 {
			return 0
		}
		rest = rest[i+len(needle):]
		end := 0
		for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
			end++
		}
		if n, err := strconv.Atoi(rest[:end]); err == nil && n > 0 {
			return n
		}
	}
}

// firstLine is a message cut at its first line break, for one-line
// report entries.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// clip shortens s to n characters.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
