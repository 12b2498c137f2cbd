package e2e_test

import (
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
)

func TestAFaultAddedInThePageRejectsTheNextSend(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := chromium.Tab(t)
	openInbox(t, tab, base)

	const down, up = "+6598765432", "+6512345678"
	fault := `li[data-testid="fault"][data-provider="8x8"]`
	tab.Do(
		chromedp.SetValue(chromedp.ID("fault-provider"), "8x8"),
		chromedp.Clear(chromedp.ID("fault-destination")),
		chromedp.SendKeys(chromedp.ID("fault-destination"), down),
		chromedp.SendKeys(chromedp.ID("fault-status"), "503"),
		chromedp.SendKeys(chromedp.ID("fault-message"), "carrier down for maintenance"),
		chromedp.Click(chromedp.ID("fault-add")),
	)
	listed := textOf(tab, "the fault listed", fault)
	assert.Contains(t, listed, down)
	assert.Contains(t, listed, "HTTP 503")

	for _, tc := range []struct {
		name        string
		destination string
		status      int
		badge       string
	}{
		{"a send to the faulty destination is refused", down, http.StatusServiceUnavailable, "rejected 503"},
		{"a send to another destination goes through", up, http.StatusOK, "accepted 200"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			status, answer := send8x8(t, base, "key", tc.destination, "Your code is 246810")
			assert.Equal(t, tc.status, status, "the API answers %s", answer)
			row := cells(t, tab, tc.destination)
			assert.Equal(t, tc.badge, row["message-accepted"]+row["message-rejected"])
		})
	}
	t.Run("the inbox row says why", func(t *testing.T) {
		tab := tab.With(t)
		assert.Contains(t, cells(t, tab, down)["message-error"], "503")
	})

	t.Run("removing the fault in the page lets the next send through", func(t *testing.T) {
		tab := tab.With(t)
		tab.Do(chromedp.Click(chromedp.CSS(fault+` [data-testid="fault-remove"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="faults-empty"]`)))
		status, answer := send8x8(t, base, "key", down, "Your code is 135790")
		assert.Equal(t, http.StatusOK, status, answer)
		tab.WaitFor("the accepted row", `document.querySelectorAll('tr[data-testid="message-row"]:not(.rejected)').length === 2`)
	})
	assert.Empty(t, tab.Exceptions())
}
