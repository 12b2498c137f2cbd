package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/emulator"
)

// style is how human output looks where it goes: coloured on a terminal
// (never when piped, nor with NO_COLOR set or TERM=dumb), with Unicode
// markers where the locale is UTF-8 and plain ASCII ones where it is not.
type style struct {
	color   bool
	unicode bool
}

// styleFor decides the style of output written to w, from the
// environment getenv reads.
func styleFor(w io.Writer, getenv func(string) string) style {
	return style{
		color:   isTerminal(w) && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb",
		unicode: utf8Locale(getenv),
	}
}

// isTerminal tells whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// utf8Locale reads the locale as the C library does (LC_ALL, then
// LC_CTYPE, then LANG). With none set nothing says the terminal cannot
// show Unicode, so it is assumed to; a locale that is set must name
// UTF-8 (en_US.UTF-8, C.utf8).
func utf8Locale(getenv func(string) string) bool {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(name); v != "" {
			v = strings.ToLower(v)
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8")
		}
	}
	return true
}

// The markers of human output, in Unicode or ASCII.
func (s style) sent() string     { return s.pick("→", "->") }
func (s style) received() string { return s.pick("←", "<-") }
func (s style) success() string  { return s.green(s.pick("✔", "OK")) }
func (s style) failure() string  { return s.red(s.pick("✘", "FAIL")) }

func (s style) pick(unicode, ascii string) string {
	if s.unicode {
		return unicode
	}
	return ascii
}

// ANSI colours, only on a terminal.
func (s style) green(text string) string  { return s.paint("32", text) }
func (s style) red(text string) string    { return s.paint("31", text) }
func (s style) yellow(text string) string { return s.paint("33", text) }
func (s style) bold(text string) string   { return s.paint("1", text) }

func (s style) paint(code, text string) string {
	if !s.color || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// status colours an HTTP answer: green for 2xx, red for the rest.
func (s style) status(code int, text string) string {
	if code >= 200 && code < 300 {
		return s.green(text)
	}
	return s.red(text)
}

// severity colours a problem's severity: red for an error, yellow for a
// warning.
func (s style) severity(sev string) string {
	switch sev {
	case emulator.SeverityError:
		return s.red(sev)
	case emulator.SeverityWarning:
		return s.yellow(sev)
	}
	return sev
}

// checkStatus pads a check's status to its column, then colours it.
func (s style) checkStatus(status check.Status) string {
	text := fmt.Sprintf("%-4s", status)
	switch status {
	case check.Pass:
		return s.green(text)
	case check.Fail:
		return s.red(text)
	}
	return s.yellow(text)
}
