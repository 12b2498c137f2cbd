package e2e_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/browsertest"
)

// fill sends n SMS to the fake 8x8 straight through the server's handler
// (the messages' way in is not what these tests look at): the i-th is to
// +65 1234 i and says code 100000+i. One in ten goes to +6599990000,
// which a test may make a fault reject.
func fill(t testing.TB, srv *fakeserver.Server, from, n int) {
	t.Helper()
	for i := from; i < from+n; i++ {
		to := fmt.Sprintf("+651234%04d", i%10000)
		if i%10 == 0 {
			to = "+6599990000"
		}
		body := fmt.Sprintf(`{"destination": %q, "text": "Your verification code is: %06d"}`, to, 100000+i)
		req := httptest.NewRequest(http.MethodPost, "/8x8/api/v1/subaccounts/acme/messages", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer key")
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 300 && rec.Code != http.StatusInternalServerError {
			t.Fatalf("message %d: %d %s", i, rec.Code, rec.Body)
		}
	}
}

// servedWith is served with cfg's bounds.
func servedWith(t testing.TB, cfg fakeserver.Config) (*fakeserver.Server, string) {
	t.Helper()
	pages := withPages()
	cfg.UI, cfg.Runner = pages.UI, pages.Runner
	srv, err := fakeserver.New(cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts.URL
}

func pageInfo(tab *browsertest.Tab) string {
	return browsertest.Eval[string](tab, `document.getElementById("page-info").textContent`)
}

// waitInfo waits until the pager says want.
func waitInfo(tab *browsertest.Tab, want string) {
	tab.WaitFor("the pager to say "+want, `document.getElementById("page-info").textContent === `+js(want))
}

func rows(tab *browsertest.Tab) int {
	return browsertest.Eval[int](tab, `document.querySelectorAll('tr[data-testid="message-row"]').length`)
}

func TestTheInboxCountStaysTheServersWhenTheJournalDropsItsOldest(t *testing.T) {
	t.Parallel()
	srv, base := servedWith(t, fakeserver.Config{MaxMessages: 5})
	fill(t, srv, 1, 8)
	tab := chromium.Tab(t)
	openInbox(t, tab, base)
	waitInfo(tab, "1\u20135 of 5")

	fill(t, srv, 9, 3)
	tab.WaitFor("the newest message's row", `document.querySelector('tr[data-id="8x8-11"]') !== null`)
	// The newest row comes with the page read again: the count is the
	// server's, which keeps 5, not 5 plus what the stream told of.
	assert.Equal(t, "1\u20135 of 5", pageInfo(tab))
	assert.Equal(t, 5, rows(tab))
	assert.Empty(t, tab.Exceptions())
}

func TestTheInboxPagesFiltersAndPausesAsTheAPIAnswers(t *testing.T) {
	t.Parallel()
	srv, base := served(t)
	fill(t, srv, 1, 120)
	tab := chromium.Tab(t)
	openInbox(t, tab, base)
	waitInfo(tab, "1\u201350 of 120")

	t.Run("Older, Newer and Newest walk the pages", func(t *testing.T) {
		tab := tab.With(t)
		tab.Do(chromedp.Click(chromedp.ID("page-older")))
		waitInfo(tab, "51\u2013100 of 120")
		tab.Do(chromedp.Click(chromedp.ID("page-older")))
		waitInfo(tab, "101\u2013120 of 120")
		assert.Equal(t, 20, rows(tab))
		assert.True(t, browsertest.Eval[bool](tab, `document.getElementById("page-older").disabled`), "the oldest page has no older")
		assert.Equal(t, "8x8-1", browsertest.Eval[string](tab, `document.querySelector('#messages tr:last-child').getAttribute("data-id")`))
		tab.Do(chromedp.Click(chromedp.ID("page-newer")))
		waitInfo(tab, "51\u2013100 of 120")
		tab.Do(chromedp.Click(chromedp.ID("page-newest")))
		waitInfo(tab, "1\u201350 of 120")
		assert.Equal(t, "8x8-120", browsertest.Eval[string](tab, `document.querySelector('#messages tr').getAttribute("data-id")`))
	})

	t.Run("a message arriving on an older page is counted, not shown", func(t *testing.T) {
		tab := tab.With(t)
		tab.Do(chromedp.Click(chromedp.ID("page-older")))
		waitInfo(tab, "51\u2013100 of 120")
		fill(t, srv, 121, 2)
		tab.WaitFor("the count of new messages", `document.getElementById("new-count").textContent === "2 new since this page was loaded"`)
		assert.Equal(t, "51\u2013100 of 120", pageInfo(tab))
		tab.Do(chromedp.Click(chromedp.ID("show-new")))
		waitInfo(tab, "1\u201350 of 122")
		assert.True(t, browsertest.Eval[bool](tab, `document.getElementById("new-notice").hidden`))
	})

	t.Run("while paused the rows stay and what arrives is counted", func(t *testing.T) {
		tab := tab.With(t)
		tab.Do(chromedp.Click(chromedp.ID("pause")))
		fill(t, srv, 123, 1)
		tab.WaitFor("the count of new messages", `document.getElementById("new-count").textContent === "1 new since this page was loaded"`)
		assert.Equal(t, "8x8-122", browsertest.Eval[string](tab, `document.querySelector('#messages tr').getAttribute("data-id")`))
		tab.Do(chromedp.Click(chromedp.ID("pause")))
		waitInfo(tab, "1\u201350 of 123")
		assert.Equal(t, "8x8-123", browsertest.Eval[string](tab, `document.querySelector('#messages tr').getAttribute("data-id")`))
	})

	t.Run("the filters are the server's, and so is their count", func(t *testing.T) {
		tab := tab.With(t)
		tab.Do(chromedp.SetValue(chromedp.ID("filter-destination"), "+65 9999-0000"),
			chromedp.Click(chromedp.ID("apply-filters")))
		waitInfo(tab, "1\u201312 of 12")
		fill(t, srv, 124, 7) // 130 goes to the filtered number, 124 to 129 do not
		tab.WaitFor("the filtered message's row", `document.querySelector('tr[data-id="8x8-130"]') !== null`)
		assert.Equal(t, "1\u201313 of 13", pageInfo(tab))
		browsertest.Eval[bool](tab, `document.getElementById("filter-destination").value = "", true`)
		tab.Do(chromedp.SetValue(chromedp.ID("filter-text"), "CODE IS: 10012"),
			chromedp.Click(chromedp.ID("apply-filters")))
		waitInfo(tab, "1\u201310 of 10")
	})
	assert.Empty(t, tab.Exceptions())
}

// firstPage is a promise, for Eval, that resolves when the inbox's pager
// says want, to the milliseconds since the navigation began (the page's
// own clock): watched for, not polled, so the time is the page's.
func firstPage(want string) string {
	return `new Promise(function (resolve) {
		var info = document.getElementById("page-info");
		var done = function () { return info.textContent === ` + js(want) + `; };
		if (done()) { resolve(performance.now()); return; }
		new MutationObserver(function (_, watching) {
			if (done()) { watching.disconnect(); resolve(performance.now()); }
		}).observe(info, { childList: true, characterData: true, subtree: true });
	})`
}

// rendererMetric reads one of Chromium's performance metrics of the page
// (Performance.getMetrics), which start again at each navigation.
func rendererMetric(name string) chromedp.Action[float64] {
	return func(ctx context.Context, t *chromedp.Target) (float64, error) {
		res, err := cdp.Call(ctx, t, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			return 0, err
		}
		for _, m := range res.Metrics {
			if m.Name == name {
				return m.Value, nil
			}
		}
		return 0, fmt.Errorf("Chromium reports no %s metric", name)
	}
}

// BenchmarkInboxInChromium measures the inbox's load in a real browser
// with 10,000 messages in the journal, over loopback: one op is a
// navigation to / until its first page of rows is rendered and counted.
// page-ms/op is the same span on the page's clock, from the navigation's
// start, without the driver's round trips; renderer-cpu-ms/op is the CPU
// time the page's main thread spent (Chromium's ThreadTime), which a
// loaded machine stretches far less than the others.
func BenchmarkInboxInChromium(b *testing.B) {
	srv, base := servedWith(b, fakeserver.Config{})
	fill(b, srv, 1, 10000)
	tab := chromium.Tab(b)
	browsertest.Run(tab, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, performance.Enable, performance.EnableParams{})
		return chromedp.Void{}, err
	})
	var pageMS, cpuS float64
	for b.Loop() {
		tab.Do(chromedp.Navigate(base + "/"))
		pageMS += browsertest.Eval[float64](tab, firstPage("1\u201350 of 10000"))
		cpuS += browsertest.Run(tab, rendererMetric("ThreadTime"))
	}
	b.ReportMetric(pageMS/float64(b.N), "page-ms/op")
	b.ReportMetric(cpuS*1000/float64(b.N), "renderer-cpu-ms/op")
}
