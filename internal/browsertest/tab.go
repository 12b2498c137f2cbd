package browsertest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Limit is how long one test's tab may take for everything it does. It
// is generous on purpose: the suite runs under -race, side by side with
// other suites, on a couple of loaded cores.
const Limit = 60 * time.Second

// Viewport is the size of every tab's page, so that screenshots are
// alike from one run to the next.
const (
	ViewportWidth  = 1000
	ViewportHeight = 700
)

// Tab is one browser tab, owned by one test. Its methods fail the test
// on error, naming what was being done.
type Tab struct {
	t        testing.TB
	ctx      context.Context
	deadline time.Time
	console  *consoleLog
}

// Tab opens a tab for t. It closes when t ends, after saving a
// screenshot and logging the console if t failed.
func (b *Browser) Tab(t testing.TB) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	// The first action opens the tab and binds it to ctx, which must
	// outlive the deadline (a failure screenshot comes after it).
	timer := time.AfterFunc(StartLimit, cancel)
	err := chromedp.Do(ctx, chromedp.EmulateViewport(ViewportWidth, ViewportHeight))
	timer.Stop()
	if err != nil {
		t.Fatalf("cannot open a tab of Chromium %s within %s: %v", b.Path, StartLimit, err)
	}
	tab := &Tab{t: t, ctx: ctx, deadline: time.Now().Add(Limit), console: &consoleLog{}}
	tab.console.follow(ctx)
	t.Cleanup(tab.onFailure)
	return tab
}

// With is the same tab for a subtest of its test: its methods then fail
// the subtest, which a subtest must do (a subtest may not end its parent).
// The tab still closes, and saves its screenshot, with the parent test.
func (tab *Tab) With(t testing.TB) *Tab {
	return &Tab{t: t, ctx: tab.ctx, deadline: tab.deadline, console: tab.console}
}

// Context is the tab's chromedp context, ending at the tab's deadline,
// for actions the methods below do not cover. Call its cancel function.
func (tab *Tab) Context() (context.Context, context.CancelFunc) {
	return context.WithDeadline(tab.ctx, tab.deadline)
}

// Do runs the actions in order, failing the test at the first error.
func (tab *Tab) Do(actions ...chromedp.Action[chromedp.Void]) {
	tab.t.Helper()
	ctx, cancel := tab.Context()
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tab.t.Fatalf("browser: %v", tab.explain(ctx, err))
	}
}

// Run runs one action and returns its value, failing the test on error.
func Run[T any](tab *Tab, action chromedp.Action[T]) T {
	tab.t.Helper()
	ctx, cancel := tab.Context()
	defer cancel()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		tab.t.Fatalf("browser: %v", tab.explain(ctx, err))
	}
	return v
}

// Eval evaluates a JavaScript expression in the page (awaiting it when
// it is a promise) and decodes its value.
func Eval[T any](tab *Tab, expression string) T {
	tab.t.Helper()
	return Run(tab, chromedp.Evaluate[T](expression, chromedp.EvalAwaitPromise))
}

// WaitFor waits until the JavaScript condition is true in the page,
// checking every 50 ms until the tab's deadline. what says, for the
// failure message, what the test was waiting for.
func (tab *Tab) WaitFor(what, condition string) {
	tab.t.Helper()
	ctx, cancel := tab.Context()
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](condition,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(0)))
	if err != nil {
		tab.t.Fatalf("browser: waiting for %s (%s): %v", what, condition, tab.explain(ctx, err))
	}
}

// explain adds to an error what a timeout means here.
func (tab *Tab) explain(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w (the test's browser time limit of %s ran out)", err, Limit)
	}
	return err
}

// Console is what the page wrote to its console so far, one line each.
func (tab *Tab) Console() []string {
	return tab.console.lines()
}

// Exceptions are the page's uncaught exceptions and unhandled promise
// rejections so far.
func (tab *Tab) Exceptions() []string {
	return tab.console.exceptions()
}

// consoleLog collects a tab's console messages as they come.
type consoleLog struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

// maxConsole bounds what is kept: a page that logs in a loop must not
// grow the test's memory without end.
const maxConsole = 1000

func (c *consoleLog) follow(ctx context.Context) {
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			c.mu.Lock()
			if len(c.msgs) < maxConsole {
				c.msgs = append(c.msgs, m)
			}
			c.mu.Unlock()
		}
	}()
}

func (c *consoleLog) lines() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]string, 0, len(c.msgs))
	for _, m := range c.msgs {
		line := m.String()
		if m.URL != "" {
			line += fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
		}
		out = append(out, line)
	}
	return out
}

func (c *consoleLog) exceptions() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if m.IsException() {
			out = append(out, m.Text)
		}
	}
	return out
}

// onFailure saves what the page looked like when the test failed, and
// what it logged.
func (tab *Tab) onFailure() {
	if !tab.t.Failed() {
		return
	}
	ctx, cancel := context.WithTimeout(tab.ctx, 30*time.Second)
	defer cancel()
	if path, err := SaveFailureScreenshot(ctx, ScreenshotDir(), tab.t.Name()); err != nil {
		tab.t.Logf("browser: no screenshot of the failed page: %v", err)
	} else {
		tab.t.Logf("browser: screenshot of the page when the test failed: %s", path)
	}
	if lines := tab.console.lines(); len(lines) > 0 {
		tab.t.Logf("browser console:\n\t%s", strings.Join(lines, "\n\t"))
	} else {
		tab.t.Logf("browser console: (nothing)")
	}
}
