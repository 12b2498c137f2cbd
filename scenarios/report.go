package scenarios

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// TextReporter prints one line per scenario as it finishes, and under a
// failure what was expected against what happened, with the hook's
// console output and problems; then the summary line.
//
// Output is buffered (a thousand scenarios must not cost a thousand
// writes) and flushed at least every flushEvery, and at each failure, so
// a CI log still shows progress.
type TextReporter struct {
	// Verbose shows, under a passing scenario too, the requests it made
	// and what came back, its console output and problems.
	Verbose bool

	w         *bufio.Writer
	lastFlush time.Time
}

const flushEvery = 200 * time.Millisecond

var _ Reporter = (*TextReporter)(nil)

// NewTextReporter writes to w.
func NewTextReporter(w io.Writer) *TextReporter {
	return &TextReporter{w: bufio.NewWriterSize(w, 64<<10), lastFlush: time.Now()}
}

// Result prints one scenario's line, and the details of a failure.
func (t *TextReporter) Result(res Result) {
	switch res.Status {
	case Passed:
		fmt.Fprintf(t.w, "ok    %s (%s)\n", res.Scenario.ID(), formatDuration(res.Duration))
		if t.Verbose { // the details cost more than the line: built only to be shown
			if details := detailsText(res); details != "" {
				t.w.WriteString(indent(details, "    "))
				t.w.WriteByte('\n')
			}
		}
	case Failed:
		fmt.Fprintf(t.w, "FAIL  %s (%s)\n", res.Scenario.ID(), formatDuration(res.Duration))
		t.w.WriteString(indent(FailureText(res), "    "))
		t.w.WriteByte('\n')
	case Skipped:
		if res.SkipReason == skipFailFast || res.SkipReason == skipInterrupted {
			return // counted only
		}
		fmt.Fprintf(t.w, "skip  %s: %s\n", res.Scenario.ID(), res.SkipReason)
	}
	if res.Status == Failed || time.Since(t.lastFlush) > flushEvery {
		t.flush()
	}
}

// Summary prints the files --update wrote, then the closing line.
func (t *TextReporter) Summary(sum Summary) error {
	for _, path := range sum.Updated {
		fmt.Fprintf(t.w, "updated %s\n", path)
	}
	WriteSummaryLine(t.w, sum)
	return t.w.Flush()
}

func (t *TextReporter) flush() {
	_ = t.w.Flush() // a failed write shows in Summary's Flush
	t.lastFlush = time.Now()
}

// WriteSummaryLine writes "N passed, N failed" (", N skipped" when any),
// the line CI systems read.
func WriteSummaryLine(w io.Writer, sum Summary) {
	fmt.Fprintf(w, "%d passed, %d failed", sum.Passed, sum.Failed)
	if sum.Skipped > 0 {
		fmt.Fprintf(w, ", %d skipped", sum.Skipped)
	}
	fmt.Fprintln(w)
}

// FailureText explains a failed scenario: each unmet expectation with
// where it is written and a diff, then the requests the hook made with
// the provider's answers, its console output and problems, which usually
// say why.
func FailureText(res Result) string {
	var b strings.Builder
	for _, f := range res.Failures {
		where := res.Scenario.File
		if f.Line > 0 {
			where = fmt.Sprintf("%s:%d", where, f.Line)
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", where, f.What, f.Message)
		if f.Diff != "" {
			b.WriteString(indent(f.Diff, "    "))
			b.WriteByte('\n')
		}
	}
	b.WriteString(detailsText(res))
	return strings.TrimRight(b.String(), "\n")
}

// detailsText is what the run did: each request and its answer, the
// console output, the problems.
func detailsText(res Result) string {
	var b strings.Builder
	if rep := res.Report; rep != nil {
		writeExchanges(&b, rep.Requests)
		if len(rep.Logs) > 0 {
			b.WriteString("console:\n")
			for _, l := range rep.Logs {
				fmt.Fprintf(&b, "  [%s] %s\n", l.Level, strings.ReplaceAll(l.Message, "\n", "\n    "))
			}
		}
		if len(rep.Problems) > 0 {
			b.WriteString("problems:\n")
			for _, p := range rep.Problems {
				fmt.Fprintf(&b, "  %s: %s\n", p.Severity, strings.ReplaceAll(p.Message, "\n", "\n    "))
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func formatDuration(d time.Duration) string {
	if d >= time.Millisecond {
		return d.Round(100 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
