package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
	"github.com/hookemu/hookemu/scenarios"
)

// reportSuite runs testdata/suite (the embedded 8x8 hook in scenarios
// that pass, fail and are skipped) as `hookemu test --html` does, and
// returns the path of the HTML report.
func reportSuite(t *testing.T) string {
	t.Helper()
	// The hook is the repository's hooks/8x8.js, outside the suite's folder.
	loaded, err := scenarios.Loader{AllowOutsideRoot: true}.Load(filepath.Join("testdata", "suite"))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "report.html")
	out, err := os.Create(path)
	require.NoError(t, err)
	defer out.Close()
	runner := &scenarios.Runner{Parallel: 1, Reporters: []scenarios.Reporter{scenarios.NewHTMLReporter(out)}}
	sum, err := runner.Run(context.Background(), loaded)
	require.NoError(t, err)
	require.Equal(t, []int{2, 1, 1}, []int{sum.Passed, sum.Failed, sum.Skipped}, "the suite passes, fails and skips as meant")
	require.NoError(t, out.Close())
	return path
}

// shown is the status of every scenario the report shows, in order.
const shown = `Array.from(document.querySelectorAll('[data-testid="scenario"]')).filter(function (e) {
	return e.getClientRects().length > 0; }).map(function (e) { return e.getAttribute("data-status"); })`

func TestTheHTMLReportOpensFromAFileAndFiltersByStatus(t *testing.T) {
	t.Parallel()
	report := "file://" + reportSuite(t)
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(report))
	tab.WaitFor("the filter buttons, which the report's script shows", `!document.getElementById("filters").hidden`)
	assert.Equal(t, "2", browsertest.Run(tab, chromedp.Text(chromedp.ID("count-pass"))))
	assert.Equal(t, "1", browsertest.Run(tab, chromedp.Text(chromedp.ID("count-fail"))))

	for _, tc := range []struct {
		button string
		want   []string
	}{
		{"filter-fail", []string{"fail"}},
		{"filter-pass", []string{"pass", "pass"}},
		{"filter-skip", []string{"skip"}},
		{"filter-all", []string{"pass", "pass", "fail", "skip"}},
	} {
		t.Run(tc.button+" shows "+tc.button[len("filter-"):], func(t *testing.T) {
			tab := tab.With(t)
			tab.Do(chromedp.Click(chromedp.ID(tc.button)))
			assert.Equal(t, tc.want, browsertest.Eval[[]string](tab, shown))
			assert.Equal(t, "true", browsertest.Eval[string](tab, `document.getElementById(`+js(tc.button)+`).getAttribute("aria-pressed")`))
		})
	}
	t.Run("the failed scenario is open on its diff", func(t *testing.T) {
		tab := tab.With(t)
		assert.True(t, browsertest.Eval[bool](tab, `document.querySelector('[data-status="fail"]').open`))
		assert.Contains(t, browsertest.Run(tab, chromedp.Text(chromedp.CSS(`[data-status="fail"] [data-testid="diff"]`))), "Acme: your code is 123456")
	})
	readmeScreenshot(t, tab, "report.png")

	t.Run("a link to #fail opens filtered", func(t *testing.T) {
		other := chromium.Tab(t)
		other.Do(chromedp.Navigate(report + "#fail"))
		other.WaitFor("the filters", `!document.getElementById("filters").hidden`)
		assert.Equal(t, []string{"fail"}, browsertest.Eval[[]string](other, shown))
	})
	assert.Empty(t, tab.Exceptions())
}
