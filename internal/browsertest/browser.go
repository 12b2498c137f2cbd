package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// StartLimit bounds how long Chromium may take to start and open a tab:
// seconds on a quiet machine, much more on a loaded CI runner.
const StartLimit = 90 * time.Second

// Browser is one running headless Chromium. Its tabs (Tab) are safe to
// use from parallel tests, one tab per test.
type Browser struct {
	// Path is the executable that runs.
	Path   string
	ctx    context.Context
	cancel context.CancelFunc
	dir    string
	output *syncBuffer
}

// flags are Chromium's command line beyond chromedp's defaults (which
// already turn off background networking, sync, extensions and the
// first-run screens): no sandbox (CI containers run as root), no GPU, and
// nothing that calls out to Google's servers on its own.
func flags() []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-field-trial-config", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("no-pings", true),
		chromedp.WindowSize(1000, 700),
	}
}

// Launch starts Chromium at path with a user-data folder of its own.
func Launch(path string) (*Browser, error) {
	dir, err := os.MkdirTemp("", "hookemu-chromium-")
	if err != nil {
		return nil, fmt.Errorf("cannot make Chromium's profile folder: %w", err)
	}
	out := &syncBuffer{}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], flags()...)
	opts = append(opts, chromedp.ExecPath(path), chromedp.UserDataDir(dir), chromedp.CombinedOutput(out))
	allocCtx, allocCancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	b := &Browser{Path: path, dir: dir, output: out, ctx: ctx, cancel: func() { cancel(); allocCancel() }}
	// The first action starts the browser and binds it to ctx, which
	// must not carry a deadline: a timer cancels it instead.
	var timedOut atomic.Bool
	timer := time.AfterFunc(StartLimit, func() { timedOut.Store(true); b.cancel() })
	err = chromedp.Do(ctx)
	timer.Stop()
	if err != nil {
		b.Close()
		return nil, startError(path, err, timedOut.Load(), out.String())
	}
	return b, nil
}

// startError says why Chromium did not start, with what it printed.
func startError(path string, err error, timedOut bool, output string) error {
	why := strings.TrimSpace(err.Error())
	if timedOut {
		why = fmt.Sprintf("it did not answer within %s", StartLimit)
	}
	if output = strings.TrimSpace(output); output != "" {
		why += "; it printed:\n" + output
	}
	return fmt.Errorf("cannot start Chromium %s: %s\n%s", path, why, InstallHint)
}

// Close stops the browser and removes its profile folder.
func (b *Browser) Close() {
	b.cancel()
	_ = os.RemoveAll(b.dir)
}

// Shared is the one browser of a test package, started by the first
// test that asks for a tab and stopped by Close (from TestMain). A
// Chromium that cannot be found or started fails every test that asks.
type Shared struct {
	once    sync.Once
	browser *Browser
	err     error
}

// Browser starts the browser on first use.
func (s *Shared) Browser() (*Browser, error) {
	s.once.Do(func() {
		path, err := findOrInstall()
		if err != nil {
			s.err = err
			return
		}
		s.browser, s.err = Launch(path)
	})
	return s.browser, s.err
}

// Tab opens a new tab of the shared browser for t, failing t when there
// is no browser.
func (s *Shared) Tab(t testing.TB) *Tab {
	t.Helper()
	b, err := s.Browser()
	if err != nil {
		t.Fatalf("the browser tests need Chromium: %v", err)
	}
	return b.Tab(t)
}

// Close stops the browser if one was started.
func (s *Shared) Close() {
	if s.browser != nil {
		s.browser.Close()
	}
}

// syncBuffer collects Chromium's output for an error message.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() > 64<<10 {
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
