package scenarios_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/scenarios"
)

// htmlReport renders sum as the HTML reporter writes it.
func htmlReport(t *testing.T, sum scenarios.Summary) string {
	t.Helper()
	var out bytes.Buffer
	rep := scenarios.NewHTMLReporter(&out)
	rep.Result(scenarios.Result{}) // results come whole with the summary
	require.NoError(t, rep.Summary(sum))
	return out.String()
}

func htmlResult(name string, status scenarios.Status, rep *harness.Report, failures ...scenarios.Failure) scenarios.Result {
	return scenarios.Result{Scenario: &scenarios.Scenario{File: "s/" + name + ".scenario.yaml", Name: name, Line: 1},
		Status: status, Report: rep, Failures: failures, Duration: 3 * time.Millisecond}
}

func TestTheHTMLReportShowsWhatEachScenarioDid(t *testing.T) {
	t.Parallel()
	ran := &harness.Report{Outcome: emulator.OutcomeError, Runtime: "node22", Response: json.RawMessage(`{"sid":"SM1"}`),
		Requests: []harness.Exchange{{Method: "POST", URL: "https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages",
			Headers: map[string]string{"Authorization": "Bearer <secret:apikey>", "Content-Type": "application/json"},
			Body:    `{"destination":"1-808"}`, Status: 400, ResponseBody: `{"code":1002}`}},
		Logs:     []emulator.Log{{Level: "log", Message: "hello from the hook"}},
		Problems: []emulator.Problem{{Severity: "warning", Message: "cb called twice"}}}
	sum := scenarios.Summary{Passed: 1, Failed: 1, Skipped: 1, Duration: 1500 * time.Millisecond, Results: []scenarios.Result{
		htmlResult("ok", scenarios.Passed, &harness.Report{Outcome: emulator.OutcomeSuccess}),
		htmlResult("broken", scenarios.Failed, ran, scenarios.Failure{What: "outcome", Line: 7, Message: "want success, got error",
			Diff: "  {\n-   \"outcome\": \"success\"\n+   \"outcome\": \"error\"\n  }"}),
		{Scenario: &scenarios.Scenario{File: "s/later.scenario.yaml", Name: "later", Line: 4}, Status: scenarios.Skipped, SkipReason: "skip: not today"},
	}}
	page := htmlReport(t, sum)
	for _, tc := range []struct{ name, want string }{
		{"the counts", `<b id="count-pass">1</b> passed`},
		{"the failed count", `<b id="count-fail">1</b> failed`},
		{"the skipped count", `<b id="count-skip">1</b> skipped`},
		{"the duration", `<span id="duration" data-testid="duration">1.5s</span>`},
		{"a row per scenario with its status", `id="scenario-2" data-testid="scenario" data-status="fail"`},
		{"a failed scenario open", `data-name="s/broken.scenario.yaml broken" open>`},
		{"where the failure is written", `<code>s/broken.scenario.yaml:7</code>: <b>outcome</b>: want success, got error`},
		{"the scenario's file and line", `<code data-testid="scenario-where">s/broken.scenario.yaml:1</code>`},
		{"the expected side of the diff", `<span class="want">-   &#34;outcome&#34;: &#34;success&#34;</span>`},
		{"the actual side of the diff", `<span class="got">&#43;   &#34;outcome&#34;: &#34;error&#34;</span>`},
		{"the request line and status", `<b>POST</b> <code class="url">https://sms.8x8.com/api/v1/subaccounts/&lt;secret:subaccount&gt;/messages</code> → <b data-testid="request-status">400</b>`},
		{"the masked headers", `<tr><th>Authorization</th><td><code>Bearer &lt;secret:apikey&gt;</code></td></tr>`},
		{"the body sent, indented", "{\n  &#34;destination&#34;: &#34;1-808&#34;\n}"},
		{"the provider's answer", "&#34;code&#34;: 1002"},
		{"the console", `[log] hello from the hook`},
		{"the problems", `<li><b>warning</b>: cb called twice</li>`},
		{"why a scenario was skipped", `<p class="skip-reason">skip: not today</p>`},
		{"the filter for all", `id="filter-all" data-testid="filter-all" data-filter="all"`},
		{"the filter for failures", `id="filter-fail" data-testid="filter-fail" data-filter="fail"`},
		{"the filter for passes", `id="filter-pass" data-testid="filter-pass" data-filter="pass"`},
		{"the filter for skips", `id="filter-skip" data-testid="filter-skip" data-filter="skip"`},
		{"the filters hidden until the script shows them", `<nav id="filters" class="filters" hidden`},
	} {
		t.Run("it shows "+tc.name, func(t *testing.T) {
			assert.Contains(t, page, tc.want)
		})
	}
}

func TestTheHTMLReportIsOneFileThatFetchesNothing(t *testing.T) {
	t.Parallel()
	page := htmlReport(t, scenarios.Summary{Passed: 1, Results: []scenarios.Result{htmlResult("ok", scenarios.Passed, &harness.Report{})}})
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.Contains(t, page, "<style>:root {", "the style is inline")
	assert.Contains(t, page, `getElementById("filters")`, "the script is inline")
	for _, pattern := range []string{`(?i)https?://`, `(?i)<link\b`, `(?i)<script[^>]+src=`, `(?i)<img\b`, `(?i)@import`, `(?i)url\(`} {
		assert.NotRegexp(t, regexp.MustCompile(pattern), page, "the page refers to nothing outside itself")
	}
}

func TestTheHTMLReportEscapesWhatScenariosAndHooksWrite(t *testing.T) {
	t.Parallel()
	const attack = `<script>alert(1)</script>`
	rep := &harness.Report{Response: json.RawMessage(`"` + strings.ReplaceAll(attack, "/", `\/`) + `"`),
		Requests: []harness.Exchange{{Method: "POST", URL: "https://x.test/?q=" + attack, Status: 200,
			Headers: map[string]string{attack: attack}, Body: attack, ResponseBody: `{"a":"` + attack + `"}`}},
		Logs: []emulator.Log{{Level: attack, Message: attack}}, Problems: []emulator.Problem{{Severity: "error", Message: attack}}}
	res := htmlResult(`x"><script>alert(1)</script>`, scenarios.Failed, rep,
		scenarios.Failure{What: attack, Message: attack, Diff: "- " + attack + "\n+ " + attack})
	page := htmlReport(t, scenarios.Summary{Failed: 1, Results: []scenarios.Result{res}})
	assert.Equal(t, 1, strings.Count(page, "<script>"), "only the report's own script is a script:\n%s", page)
	assert.NotContains(t, page, "alert(1)</script>")
	assert.NotContains(t, page, `x"><`, "an attribute cannot be closed by a name")
	assert.Contains(t, page, "&lt;script&gt;alert(1)&lt;/script&gt;")
}

func TestTheHTMLReportShowsJSONBodiesAsWritten(t *testing.T) {
	t.Parallel()
	rep := &harness.Report{Requests: []harness.Exchange{{Method: "POST", URL: "https://x.test/", Status: 200,
		ResponseBody: `{"tag":"\u003cb\u003e \u0026 \n","lit":"\\u003cb"}`}}}
	page := htmlReport(t, scenarios.Summary{Passed: 1, Results: []scenarios.Result{htmlResult("json", scenarios.Passed, rep)}})
	assert.Contains(t, page, `&#34;tag&#34;: &#34;&lt;b&gt; &amp; \n&#34;`, "what Go's encoder escapes shows as the characters, escaped as HTML")
	assert.Contains(t, page, `&#34;lit&#34;: &#34;\\u003cb&#34;`, "an escaped backslash is not an escape")
}

func TestTheHTMLReportCutsHugeValuesAndSaysTheLimit(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("é", scenarios.HTMLValueLimit) // twice the limit in bytes
	logs := make([]emulator.Log, scenarios.HTMLLogLimit+3)
	for i := range logs {
		logs[i] = emulator.Log{Level: "log", Message: "line"}
	}
	logs[0].Message = huge
	rep := &harness.Report{Requests: []harness.Exchange{{Method: "GET", URL: "https://x.test/", Status: 200, ResponseBody: huge}}, Logs: logs}
	page := htmlReport(t, scenarios.Summary{Passed: 1, Results: []scenarios.Result{htmlResult("big", scenarios.Passed, rep)}})
	assert.Less(t, len(page), 3*scenarios.HTMLValueLimit+100*scenarios.HTMLLogLimit, "neither copy of the value is whole")
	assert.Equal(t, 2, strings.Count(page, "more bytes not shown (the report shows at most 16 KiB of each value; --json has it all)"))
	assert.Contains(t, page, "3 more console lines not shown: the report shows at most 500 per scenario")
	assert.NotContains(t, page, "\uFFFD", "a value is cut between characters")
}

func TestTheHTMLReportOfAHugeSuiteStopsShowingValuesAtItsLimit(t *testing.T) {
	t.Parallel()
	const limit = 1 << 20
	rep := &harness.Report{Response: json.RawMessage(`"` + strings.Repeat("x", scenarios.HTMLValueLimit-2) + `"`)}
	n := limit/scenarios.HTMLValueLimit + 50
	sum := scenarios.Summary{Passed: n}
	for range n {
		sum.Results = append(sum.Results, htmlResult("many", scenarios.Passed, rep))
	}
	var out bytes.Buffer
	reporter := scenarios.NewHTMLReporter(&out)
	scenarios.SetHTMLTotalLimit(reporter, limit)
	require.NoError(t, reporter.Summary(sum))
	page := out.String()
	assert.Less(t, len(page), limit+n*2000, "past the limit a scenario costs its row, not its values")
	assert.Contains(t, page, "(not shown: the report has reached its 1 MiB limit; --json has everything)")
	assert.Equal(t, n, strings.Count(page, `data-testid="scenario"`), "every scenario still has its row")
	assert.Equal(t, n, strings.Count(page, `<code data-testid="scenario-where">s/many.scenario.yaml:1</code>`), "and its position")
}

func TestTheHTMLReportOfScenariosThatCouldNotLoadListsTheErrors(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	errs := scenarios.LoadErrors{{File: "a.scenario.yaml", Line: 2, Column: 10, Message: `unknown key "<outcom>"`}}
	require.NoError(t, scenarios.NewHTMLReporter(&out).LoadErrors(errs))
	assert.Contains(t, out.String(), `a.scenario.yaml:2:10: unknown key &#34;&lt;outcom&gt;&#34;`)
	assert.Contains(t, out.String(), "Nothing ran")
}
