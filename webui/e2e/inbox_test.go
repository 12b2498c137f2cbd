package e2e_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
)

// openInbox shows the inbox and waits until it has loaded its first page
// and is subscribed to the event stream.
func openInbox(t *testing.T, tab *browsertest.Tab, base string) {
	t.Helper()
	tab.Do(chromedp.Navigate(base + "/"))
	tab.WaitFor("the inbox to be live and loaded", `document.getElementById("live-status").textContent === "live" &&
		document.getElementById("inbox-status").textContent === "" &&
		document.querySelector('#fault-provider option[value="8x8"]') !== null`)
}

// rowOf is a JavaScript expression for the inbox row of the message to
// destination (undefined while there is none).
func rowOf(destination string) string {
	return fmt.Sprintf(`Array.from(document.querySelectorAll('tr[data-testid="message-row"]')).find(function (r) {
		return r.querySelector('[data-testid="message-destination"]').textContent === %s; })`, js(destination))
}

// cells reads a row's cells by their data-testid (and the row's class).
func cells(t *testing.T, tab *browsertest.Tab, destination string) map[string]string {
	t.Helper()
	tab.WaitFor("the row of the message to "+destination, rowOf(destination)+" !== undefined")
	return browsertest.Eval[map[string]string](tab, `(function () {
		var row = `+rowOf(destination)+`, out = {"class": row.className};
		row.querySelectorAll("[data-testid]").forEach(function (e) { out[e.getAttribute("data-testid")] = e.textContent; });
		return out; })()`)
}

func TestAMessageSentWithCurlAppearsInTheOpenInbox(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := chromium.Tab(t)
	openInbox(t, tab, base)
	browsertest.Eval[bool](tab, `window.stillTheSamePage = true`)

	status, _ := send8x8(t, base, "key", "+6512345678", "Your code is 123456")
	require.Equal(t, http.StatusOK, status)

	row := cells(t, tab, "+6512345678")
	assert.Equal(t, "123456", row["otp-code"], "the code is highlighted")
	assert.Equal(t, "accepted 200", row["message-accepted"])
	assert.True(t, browsertest.Eval[bool](tab, `window.stillTheSamePage === true`), "the page was not reloaded")
	assert.Equal(t, "1\u20131 of 1", browsertest.Run(tab, chromedp.Text(chromedp.ID("page-info"))))
	assert.Regexp(t, `^(\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d\.\d{3}$`, browsertest.Run(tab, chromedp.Text(`[data-testid="message-link"]`)),
		"the time is one short line, the date only for another day")
	assert.Empty(t, tab.Exceptions())
	assert.Empty(t, tab.Console(), "the page loads everything it asks for, its icon included")
}

func TestTheInboxShowsEveryKindOfMessage(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	ucs2 := "Votre code de vérification est 654321 ✓ Ne le partagez avec personne, même pas avec nous."
	cases := []struct {
		name        string
		send        func() int
		destination string
		want        map[string]string // data-testid -> text it contains
	}{
		{"an 8x8 SMS with its code highlighted", func() int {
			s, _ := send8x8(t, base, "key", "+6512345678", "Here is your one time password: 123456")
			return s
		}, "+6512345678", map[string]string{"otp-code": "123456", "message-provider": "8x8", "message-accepted": "accepted 200", "message-sms": "GSM7, 1 segment"}},
		{"a Twilio SMS in UCS-2 with its segments", func() int {
			s, _ := sendTwilio(t, base, "Messages", url.Values{"To": {"+447700900123"}, "From": {"+15005550006"}, "Body": {ucs2}})
			return s
		}, "+447700900123", map[string]string{"otp-code": "654321", "message-provider": "twilio", "message-accepted": "accepted 201", "message-sms": "UCS2, 2 segments"}},
		{"a Twilio voice call with what it would say", func() int {
			s, _ := sendTwilio(t, base, "Calls", url.Values{"To": {"+14155550100"}, "From": {"+15005550006"},
				"Twiml": {"<Response><Say>Your code is 4 8 2 9 1 3</Say></Response>"}})
			return s
		}, "+14155550100", map[string]string{"message-kind": "voice call", "message-spoken": "Your code is 4 8 2 9 1 3", "otp-code": "4 8 2 9 1 3", "message-accepted": "accepted 201"}},
		{"a send the provider refused with its error", func() int {
			s, _ := sendTwilio(t, base, "Messages", url.Values{"To": {"+15005550001"}, "From": {"+15005550006"}, "Body": {"Your code is 777000"}})
			return s
		}, "+15005550001", map[string]string{"message-rejected": "rejected 400", "message-error": "21211", "class": "rejected"}},
	}
	for _, tc := range cases {
		require.NotZero(t, tc.send(), tc.name)
	}
	status, _ := call(t, http.MethodPut, base+apiV1+"faults/8x8", http.Header{"Content-Type": {"application/json"}},
		`[{"destination": "+6599999999", "status": 503, "message": "carrier down"}]`)
	require.Equal(t, http.StatusOK, status)

	tab := chromium.Tab(t)
	openInbox(t, tab, base)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			row := cells(t, tab, tc.destination)
			for testid, want := range tc.want {
				assert.Contains(t, row[testid], want, "%s of the row %v", testid, row)
			}
		})
	}
	t.Run("the faults in force are listed", func(t *testing.T) {
		tab := tab.With(t)
		fault := textOf(tab, "the fault listed", `li[data-testid="fault"][data-provider="8x8"]`)
		assert.Contains(t, fault, "+6599999999")
		assert.Contains(t, fault, "HTTP 503")
	})
	t.Run("the newest comes first", func(t *testing.T) {
		tab := tab.With(t)
		order := browsertest.Eval[[]string](tab, `Array.from(document.querySelectorAll('[data-testid="message-destination"]')).map(function (e) { return e.textContent; })`)
		assert.Equal(t, []string{"+15005550001", "+14155550100", "+447700900123", "+6512345678"}, order)
	})
	readmeScreenshot(t, tab, "inbox.png")
	assert.Empty(t, tab.Exceptions())
}

// textOf waits for the first element selector picks and reads its text
// in the page in one step. Lists the stream redraws (the faults) replace
// their nodes: one found by the driver and read a moment later may be
// gone by then ("No node with given id found").
func textOf(tab *browsertest.Tab, what, selector string) string {
	tab.WaitFor(what, `document.querySelector(`+js(selector)+`) !== null`)
	return browsertest.Eval[string](tab, `(document.querySelector(`+js(selector)+`) || {textContent: ""}).textContent`)
}
