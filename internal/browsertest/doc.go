// Package browsertest drives a real headless Chromium for hookemu's
// browser tests (the web inbox, the runner, the HTML test report), with
// chromedp. Only _test files import it, so the hookemu binary never
// links a browser driver.
//
// A test package shares one browser between its tests and gives each
// test its own tab:
//
//	var chromium browsertest.Shared
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		chromium.Close()
//		os.Exit(code)
//	}
//
//	func TestTheInbox(t *testing.T) {
//		t.Parallel()
//		tab := chromium.Tab(t)
//		tab.Do(chromedp.Navigate(base + "/"))
//		tab.WaitFor("the live stream", `document.getElementById("live-status").textContent === "live"`)
//	}
//
// A subtest drives its parent's tab through tab.With(t), so that a
// failure ends the subtest and not (which Go forbids) its parent.
//
// # Finding Chromium
//
// Find looks at $HOOKEMU_CHROMIUM first, then for chromium,
// chromium-browser and google-chrome on $PATH. When none is there the
// tests fail (they never skip: a suite that silently skips its browser
// tests proves nothing) with the one step to take: `apt-get install
// chromium` on Debian (what .ci/install-chromium does), or
// HOOKEMU_CHROMIUM=/path/to/chrome.
//
// One case installs it instead: on Debian, as root, with no
// HOOKEMU_CHROMIUM, the first test that asks runs the module's
// .ci/install-chromium (one test process at a time, under a file lock),
// so that `go test ./...` on a fresh CI machine needs nothing done by
// hand. HOOKEMU_INSTALL_CHROMIUM=0 turns that off.
//
// The browser runs headless, without sandbox or GPU, with a user-data
// folder of its own that is removed on Close, and with Chromium's
// background networking off (component updates, sync, QUIC, field
// trials): without those flags it keeps calling Google's servers, which
// on an offline CI machine floods the log with refused connections.
//
// # When a test fails
//
// Each tab records the page's console. When its test has failed, the tab
// saves a screenshot of the whole page as PNG into ScreenshotDir
// ($HOOKEMU_SCREENSHOTS, else hookemu-screenshots in the system's
// temporary folder), named after the test, and logs its path and the
// console, before it closes.
//
// # Waiting
//
// Nothing here sleeps. A test waits for what the page shows with
// WaitFor (a JavaScript condition checked every 50 ms) or chromedp's
// Wait* queries, within the tab's limit (Limit, one minute by default:
// generous, as the suite runs on loaded CI machines).
package browsertest
