package browsertest_test

import (
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
)

var chromium browsertest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	chromium.Close()
	os.Exit(code)
}

// page serves one HTML page (and its script) on loopback.
func page(t *testing.T, body, script string) string {
	t.Helper()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/page.js" {
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, script)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html><head><title>test</title><script src="/page.js" defer></script></head><body>%s</body></html>`, body)
	}))
	t.Cleanup(ts.Close)
	return ts.URL
}

func TestATabDrivesAPageAndHearsItsConsole(t *testing.T) {
	t.Parallel()
	base := page(t, `<button id="go">go</button><p id="out"></p>`,
		`document.getElementById("go").addEventListener("click", function () {
			console.log("clicked");
			setTimeout(function () { document.getElementById("out").textContent = "done"; }, 10);
		});`)
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base), chromedp.Click(chromedp.ID("go")))
	tab.WaitFor("the page to answer the click", `document.getElementById("out").textContent === "done"`)
	assert.Equal(t, "done", browsertest.Eval[string](tab, `Promise.resolve(document.getElementById("out").textContent)`))
	assert.Equal(t, []int{browsertest.ViewportWidth, browsertest.ViewportHeight},
		browsertest.Eval[[]int](tab, `[window.innerWidth, window.innerHeight]`), "every tab has the same viewport")
	assert.Eventually(t, func() bool { return containsLine(tab.Console(), "log: clicked") }, browsertest.Limit, 10*time.Millisecond,
		"the console holds %v", tab.Console())
	assert.Empty(t, tab.Exceptions())
}

func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, want) {
			return true
		}
	}
	return false
}

// failedTB is a test that has failed, whose cleanups and logs the test
// runs and reads itself.
type failedTB struct {
	testing.TB
	mu       sync.Mutex
	logs     []string
	cleanups []func()
}

func (f *failedTB) Failed() bool      { return true }
func (f *failedTB) Name() string      { return "TestSomething/a page that broke" }
func (f *failedTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }
func (f *failedTB) Logf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

func (f *failedTB) end() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

// Not parallel: it sets where screenshots go.
func TestAFailedTestLeavesAScreenshotAndTheConsole(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(browsertest.EnvScreenshots, dir)
	base := page(t, `<h1 id="title">broken</h1>`, `console.error("something broke"); throw new Error("uncaught");`)
	b, err := chromium.Browser()
	require.NoError(t, err)

	failed := &failedTB{TB: t}
	tab := b.Tab(failed)
	tab.Do(chromedp.Navigate(base), chromedp.WaitVisible(chromedp.ID("title")))
	require.Eventually(t, func() bool { return len(tab.Exceptions()) > 0 }, browsertest.Limit, 10*time.Millisecond, "the page's exception is heard")
	failed.end()

	path := filepath.Join(dir, "TestSomething_a_page_that_broke.png")
	logs := strings.Join(failed.logs, "\n")
	assert.Contains(t, logs, "screenshot of the page when the test failed: "+path, "the failure says where the screenshot is")
	assert.Contains(t, logs, "error: something broke", "the console is logged")
	assert.Contains(t, logs, "uncaught", "the exception is logged")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	require.NoError(t, err, "the screenshot is a PNG")
	assert.Equal(t, browsertest.ViewportWidth, cfg.Width)
}

func TestAPassingTestLeavesNoScreenshot(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(browsertest.EnvScreenshots, dir)
	t.Run("a passing test", func(t *testing.T) {
		tab := chromium.Tab(t)
		tab.Do(chromedp.Navigate(page(t, `<p id="ok">ok</p>`, "")), chromedp.WaitVisible(chromedp.ID("ok")))
	})
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries)
}

func TestAViewportScreenshotIsSmallAndTheViewportsSize(t *testing.T) {
	t.Parallel()
	// Text on colours: the anti-aliased edges are many shades.
	base := page(t, `<h1 style="color:#2f5bd3">hookemu</h1><p style="background:#ffe58a">Your code is <b>123456</b></p>`+
		strings.Repeat(`<p style="color:#b42318">rejected 503: carrier down for maintenance</p>`, 20), "")
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("b")))
	path := filepath.Join(t.TempDir(), "shots", "page.png")
	tab.SaveViewport(path)

	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, browsertest.ViewportWidth, img.Bounds().Dx())
	assert.Equal(t, browsertest.ViewportHeight, img.Bounds().Dy())
	paletted, ok := img.(*image.Paletted)
	require.True(t, ok, "the PNG is paletted, got %T", img)
	assert.LessOrEqual(t, len(paletted.Palette), 256)
	r, g, b, _ := paletted.At(1, 1).RGBA()
	assert.Equal(t, [3]uint32{0xffff, 0xffff, 0xffff}, [3]uint32{r, g, b}, "the page's white stays white")
}
