package e2e_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/browsertest"
)

func TestTheRunnerRunsTheEmbedded8x8Hook(t *testing.T) {
	t.Parallel()
	srv, base := served(t)
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base + "/run"))
	tab.WaitFor("the 8x8 hook and the example payload to be loaded", `document.getElementById("hook-select").value === "8x8.js" &&
		document.getElementById("code").value.indexOf("sms.8x8.com") >= 0 &&
		document.getElementById("payload-json").value.indexOf("+18085555555") >= 0`)
	tab.Do(chromedp.Click(chromedp.ID("run")), chromedp.WaitVisible(chromedp.ID("result")))

	text := func(tab *browsertest.Tab, sel string) string {
		return browsertest.Run(tab, chromedp.TextContent(chromedp.CSS(sel)))
	}
	for _, tc := range []struct{ name, selector, want string }{
		{"the outcome is success", "#result-outcome", "success"},
		{"the request went to 8x8", `[data-testid="result-request"] [data-testid="request-url"]`, "https://sms.8x8.com/api/v1/subaccounts/"},
		{"8x8 took it", `[data-testid="result-request"] [data-testid="request-status"]`, "200"},
		{"the JSON result is there to copy", "#result-json", `"outcome": "success"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			assert.Contains(t, text(tab, tc.selector), tc.want)
		})
	}
	t.Run("the message sent is in the inbox", func(t *testing.T) {
		msgs, _ := srv.Messages(fakeserver.Filter{Provider: "8x8"}, 10)
		require.Len(t, msgs, 1)
		assert.Equal(t, "+18085555555", msgs[0].Destination)
	})
	// The README shows the Run button and the result under it.
	browsertest.Eval[float64](tab, `window.scrollTo(0, document.getElementById("run").getBoundingClientRect().top + window.scrollY - 120), window.scrollY`)
	readmeScreenshot(t, tab, "runner.png")
	assert.Empty(t, tab.Exceptions())
}
