package e2e_test

import (
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
)

func TestAMessagesPageShowsTheCodeAndMasksTheCredentials(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	const key = "k3y-8x8-n0t-f0r-y0ur-3y3s-5521"
	status, _ := send8x8(t, base, key, "+6512345678", "Your verification code is 482913. It expires in 5 minutes.")
	require.Equal(t, http.StatusOK, status)
	id := latestID(t, base)

	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base + "/messages/" + id))
	tab.WaitFor("the message to show", `!document.getElementById("message-view").hidden`)
	text := func(tab *browsertest.Tab, sel string) string {
		return browsertest.Run(tab, chromedp.TextContent(chromedp.CSS(sel)))
	}
	for _, tc := range []struct{ name, selector, want string }{
		{"the phone highlights the code", `#phone-bubble mark[data-testid="otp-code"]`, "482913"},
		{"the facts name the code", `[data-testid="fact-code"]`, "482913"},
		{"the verdict is the provider's", `#message-verdict`, "Accepted by 8x8 (HTTP 200)"},
		{"the request line is the fake's", `#request-method`, "POST"},
		{"the Authorization header keeps its scheme only", `tr[data-name="Authorization"] td`, "Bearer <redacted>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			assert.Equal(t, tc.want, text(tab, tc.selector))
		})
	}
	t.Run("the key is nowhere in the page", func(t *testing.T) {
		tab := tab.With(t)
		html := browsertest.Eval[string](tab, `document.documentElement.outerHTML`)
		assert.Contains(t, html, "482913", "the page was read whole")
		assert.NotContains(t, html, key)
		assert.NotContains(t, text(tab, "#curl"), key, "nor in the curl command")
	})
	readmeScreenshot(t, tab, "message.png")
	assert.Empty(t, tab.Exceptions())
}
