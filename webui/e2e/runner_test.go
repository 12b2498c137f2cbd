package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/hooks"
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

// brokenHook reads a secret nobody declared (line 2) and throws (line 3).
const brokenHook = `module.exports = function (recipient, text, context, cb) {
  const key = context.webtask.secrets.UNDECLARED_KEY;
  throw new Error("no provider for " + key);
};
`

// openRunner opens the runner in a new tab, once it shows the embedded
// 8x8 hook.
func openRunner(t *testing.T, base string) *browsertest.Tab {
	t.Helper()
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base + "/run"))
	tab.WaitFor("the 8x8 hook", `document.getElementById("hook-select").value === "8x8.js"`)
	return tab
}

// openRunnerWith opens the runner and puts code into the editor as a
// person pasting it would.
func openRunnerWith(t *testing.T, base, code string) *browsertest.Tab {
	t.Helper()
	tab := openRunner(t, base)
	paste(tab, code)
	return tab
}

func TestTheRunnerChecksAndLinksEachReportedLine(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := openRunnerWith(t, base, brokenHook)
	tab.Do(chromedp.Click(chromedp.ID("check")))
	tab.WaitFor("the check report", `!document.getElementById("check-result").hidden &&
		document.querySelectorAll('[data-testid="check-row"]').length > 0`)
	statuses := browsertest.Eval[[]string](tab, `Array.from(document.querySelectorAll('[data-testid="check-row"]')).map(r => r.dataset.status)`)
	for _, status := range []string{"PASS", "WARN", "FAIL"} {
		t.Run("the report has a "+status+" row", func(t *testing.T) {
			assert.Contains(t, statuses, status)
		})
	}
	for _, tc := range []struct {
		name string
		line int
		text string
	}{
		{"the undeclared secret's link selects line 2", 2, "  const key = context.webtask.secrets.UNDECLARED_KEY;"},
		{"the exception's link selects line 3", 3, `  throw new Error("no provider for " + key);`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			link := fmt.Sprintf(`[data-testid="check-row"][data-status="FAIL"] [data-testid="check-line"][data-line="%d"]`, tc.line)
			tab.Do(chromedp.Click(chromedp.CSS(link)))
			tab.WaitFor("the editor to select the line", fmt.Sprintf(`(function () {
				var area = document.getElementById("code");
				return document.activeElement === area &&
					area.value.slice(area.selectionStart, area.selectionEnd) === %s;
			})()`, js(tc.text)))
		})
	}
	t.Run("the gutter marks the failing lines", func(t *testing.T) {
		tab := tab.With(t)
		marked := browsertest.Eval[[]string](tab, `Array.from(document.querySelectorAll('[data-testid="gutter-marker"].fail')).map(m => m.dataset.line)`)
		assert.Equal(t, []string{"2", "3"}, marked)
	})
	assert.Empty(t, tab.Exceptions())
}

func TestAFailingRunMarksTheLineThatThrewInTheGutter(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := openRunnerWith(t, base, brokenHook)
	tab.Do(chromedp.Click(chromedp.ID("run")))
	tab.WaitFor("the failed run", `!document.getElementById("result").hidden`)
	assert.Contains(t, browsertest.Run(tab, chromedp.TextContent(chromedp.ID("result-error"))), "no provider for")
	tab.WaitFor("a marker on line 3 only", `(function () {
		var marks = document.querySelectorAll('[data-testid="gutter-marker"]');
		return marks.length === 1 && marks[0].dataset.line === "3" && marks[0].classList.contains("fail");
	})()`)
	assert.Empty(t, tab.Exceptions())
}

// recordPosts makes the page keep the body of every POST it sends to
// the runner API, in window.posted[endpoint].
const recordPosts = `(function () {
	window.posted = {};
	var send = window.fetch;
	window.fetch = function (target, init) {
		if (init && init.method === "POST") {
			window.posted[String(target).split("/").pop()] = JSON.parse(init.body);
		}
		return send.apply(this, arguments);
	};
	return true;
})()`

func TestMigrateShowsTheActionBesideTheHookAndDiffComparesThem(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := openRunner(t, base)
	hook := browsertest.Eval[string](tab, `document.getElementById("code").value`)

	tab.Do(chromedp.Click(chromedp.ID("migrate")))
	tab.WaitFor("the migration", `!document.getElementById("migrate-result").hidden && document.getElementById("migrate-new").textContent !== ""`)
	t.Run("the Hook is on the left as it was", func(t *testing.T) {
		assert.Equal(t, hook, browsertest.Run(tab.With(t), chromedp.TextContent(chromedp.ID("migrate-old"))))
	})
	t.Run("the Action is on the right", func(t *testing.T) {
		assert.Contains(t, browsertest.Run(tab.With(t), chromedp.TextContent(chromedp.ID("migrate-new"))), "exports.onExecute")
	})
	t.Run("they are side by side", func(t *testing.T) {
		assert.True(t, browsertest.Eval[bool](tab.With(t), `(function () {
			var old = document.getElementById("migrate-old").getBoundingClientRect();
			var act = document.getElementById("migrate-new").getBoundingClientRect();
			return old.right <= act.left && old.top === act.top;
		})()`))
	})

	browsertest.Eval[bool](tab, recordPosts)
	browsertest.Eval[bool](tab, `(function () {
		var select = document.getElementById("runtime");
		select.value = "node18";
		select.dispatchEvent(new Event("change"));
		return select.value === "node18";
	})()`)
	tab.Do(chromedp.Click(chromedp.ID("diff")))
	tab.WaitFor("the diff", `!document.getElementById("diff-result").hidden &&
		document.querySelectorAll('[data-testid="diff-case"]').length > 0`)
	t.Run("Diff shows each call compared", func(t *testing.T) {
		tab := tab.With(t)
		assert.NotEmpty(t, browsertest.Run(tab, chromedp.TextContent(chromedp.ID("diff-summary"))))
		assert.Contains(t, browsertest.Run(tab, chromedp.TextContent(chromedp.ID("diff-cases"))), "same")
	})
	t.Run("Diff sends the runtime chosen", func(t *testing.T) {
		assert.Equal(t, "node18", browsertest.Eval[string](tab.With(t), `window.posted.diff.runtime`))
	})
	t.Run("Diff after the code changed migrates the new code", func(t *testing.T) {
		tab := tab.With(t)
		paste(tab, brokenHook)
		tab.Do(chromedp.Click(chromedp.ID("diff")))
		tab.WaitFor("the new code migrated and compared", `document.getElementById("migrate-old").textContent === `+js(brokenHook)+` &&
			window.posted.diff.old.code === `+js(brokenHook)+` && window.posted.diff["new"].code === document.getElementById("migrate-new").textContent &&
			!document.getElementById("diff").disabled`)
	})
	assert.Empty(t, tab.Exceptions())
}

func TestTheRuntimeSelectorOffersTheEmulatorsRuntimes(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base + "/run"))
	tab.WaitFor("the runtimes", `document.getElementById("runtime").options.length > 1`)
	offered := browsertest.Eval[[]string](tab, `Array.from(document.getElementById("runtime").options).map(o => o.value)`)
	assert.Equal(t, append([]string{""}, runtimes.Names()...), offered, "the kind's default, then every runtime")
}

func TestMigrateAndDiffAreOfferedForAHookOnly(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := openRunner(t, base)
	action, err := hooks.Source("8x8-action.js")
	require.NoError(t, err)
	for _, tc := range []struct {
		name, show string
		hidden     bool
	}{
		{"the embedded 8x8 hook has both", `document.getElementById("hook-select").value = "8x8.js"`, false},
		{"the embedded 8x8 Action has neither", `document.getElementById("hook-select").value = "8x8-action.js"`, true},
		{"pasted Action code has neither", `document.getElementById("hook-select").value = ""; document.getElementById("code").value = ` + js(string(action)), true},
		{"pasted hook code has both", `document.getElementById("hook-select").value = ""; document.getElementById("code").value = ` + js(brokenHook), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := tab.With(t)
			browsertest.Eval[bool](tab, `(function () {
				`+tc.show+`;
				document.getElementById("hook-select").dispatchEvent(new Event("change"));
				document.getElementById("code").dispatchEvent(new Event("input"));
				return true;
			})()`)
			for _, id := range []string{"migrate", "diff"} {
				hidden := browsertest.Eval[bool](tab, `(function (b) { return b.hidden && b.offsetParent === null; })(document.getElementById("`+id+`"))`)
				assert.Equal(t, tc.hidden, hidden, id)
			}
		})
	}
}

func TestADotenvPasteFillsTheSecretsMasked(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(base + "/run"))
	tab.WaitFor("the 8x8 hook's secrets", `document.querySelectorAll('[data-testid="secret-row"]').length === 2`)
	tab.Do(chromedp.Click(chromedp.CSS(`[data-testid="secrets"] ~ details > summary`)), chromedp.WaitVisible(chromedp.ID("dotenv")))
	tab.Do(chromedp.SendKeys(chromedp.ID("dotenv"), "# the 8x8 account\napikey=key-from-env\nsubaccount=\"acme corp\"\nexport REGION=eu # where\n"),
		chromedp.Click(chromedp.ID("dotenv-apply")))
	tab.WaitFor("the secrets taken", `document.getElementById("runner-status").textContent.indexOf("3 secrets") === 0`)
	type secret struct{ Name, Value, Type string }
	rows := browsertest.Eval[[]secret](tab, `Array.from(document.querySelectorAll('[data-testid="secret-row"]')).map(r => ({
		Name: r.querySelector('[data-testid="secret-name"]').value,
		Value: r.querySelector('[data-testid="secret-value"]').value,
		Type: r.querySelector('[data-testid="secret-value"]').type}))`)
	assert.ElementsMatch(t, []secret{
		{"apikey", "key-from-env", "password"},
		{"subaccount", "acme corp", "password"},
		{"REGION", "eu", "password"},
	}, rows, "the hook's empty secrets are filled, a new one is added, every value is masked")
	assert.Empty(t, browsertest.Eval[string](tab, `document.getElementById("dotenv").value`), "the pasted text, secrets and all, is not left on the page")
	assert.Empty(t, tab.Exceptions())
}

func TestAnUploadedFileIsLoadedIntoTheEditor(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	path := filepath.Join(t.TempDir(), "my-hook.js")
	require.NoError(t, os.WriteFile(path, []byte(brokenHook), 0o600))
	tab := openRunner(t, base)
	tab.Do(chromedp.SetUploadFiles(chromedp.ID("file-upload"), []string{path}))
	tab.WaitFor("the file in the editor", `document.getElementById("code").value === `+js(brokenHook))
	for _, tc := range []struct{ name, expression, want string }{
		{"the name is the file's", `document.getElementById("code-name").value`, "my-hook.js"},
		{"no embedded hook is picked", `document.getElementById("hook-select").value`, ""},
		{"the gutter numbers its lines", `Array.from(document.querySelectorAll("#gutter .ln")).map(n => n.textContent).join(",")`, "1,2,3,4,5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, browsertest.Eval[string](tab.With(t), tc.expression))
		})
	}
	assert.Empty(t, tab.Exceptions())
}

// paste puts code into the runner's editor as a person pasting it would.
func paste(tab *browsertest.Tab, code string) {
	browsertest.Eval[bool](tab, `(function () {
		var area = document.getElementById("code");
		area.value = `+js(code)+`;
		area.dispatchEvent(new Event("input"));
		return true;
	})()`)
}

func TestTheSameFileChosenAgainIsLoadedAgainAndABigOneIsRefused(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	dir := t.TempDir()
	path, big := filepath.Join(dir, "my-hook.js"), filepath.Join(dir, "big.js")
	require.NoError(t, os.WriteFile(path, []byte(brokenHook), 0o600))
	require.NoError(t, os.WriteFile(big, []byte("//"+strings.Repeat("x", 1<<20)), 0o600))
	tab := openRunner(t, base)
	tab.Do(chromedp.SetUploadFiles(chromedp.ID("file-upload"), []string{path}))
	tab.WaitFor("the file in the editor", `document.getElementById("code").value === `+js(brokenHook))

	edited := "// edited\n" + brokenHook
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o600))
	tab.Do(chromedp.SetUploadFiles(chromedp.ID("file-upload"), []string{path}))
	tab.WaitFor("the edited file in the editor", `document.getElementById("code").value === `+js(edited))

	tab.Do(chromedp.SetUploadFiles(chromedp.ID("file-upload"), []string{big}))
	tab.WaitFor("the refusal", `document.getElementById("runner-status").textContent.indexOf("over 1 MiB") >= 0`)
	assert.Equal(t, edited, browsertest.Eval[string](tab, `document.getElementById("code").value`), "the editor keeps its code")
	assert.Empty(t, tab.Exceptions())
}

func TestEditTheActionPutsTheMigratedActionInTheEditor(t *testing.T) {
	t.Parallel()
	_, base := served(t)
	tab := openRunner(t, base)
	tab.Do(chromedp.Click(chromedp.ID("migrate")))
	tab.WaitFor("the migration", `!document.getElementById("migrate-result").hidden && document.getElementById("migrate-new").textContent !== ""`)
	action := browsertest.Eval[string](tab, `document.getElementById("migrate-new").textContent`)

	tab.Do(chromedp.Click(chromedp.ID("use-action")))
	tab.WaitFor("the Action in the editor", `document.getElementById("code").value === `+js(action))
	for _, tc := range []struct{ name, expression, want string }{
		{"it is named after the hook", `document.getElementById("code-name").value`, "8x8-action.js"},
		{"no embedded hook is picked", `document.getElementById("hook-select").value`, ""},
		{"Migrate is no longer offered", `String(document.getElementById("migrate").hidden)`, "true"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, browsertest.Eval[string](tab.With(t), tc.expression))
		})
	}
	// The Action is no documented code, so it runs with the secrets typed.
	tab.Do(chromedp.SendKeys(`#secrets .secret:nth-child(1) .secret-value`, "key"),
		chromedp.SendKeys(`#secrets .secret:nth-child(2) .secret-value`, "acme"),
		chromedp.Click(chromedp.ID("run")))
	tab.WaitFor("the Action's run", `document.getElementById("result-outcome").textContent === "success"`)
	assert.Empty(t, tab.Exceptions())
}
