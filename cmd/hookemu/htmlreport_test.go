package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileHook answers with markup and logs its secret, so a report that
// does not escape or mask shows it.
const hostileHook = `module.exports = function (recipient, text, context, cb) {
  console.log('key is ' + context.webtask.secrets.apikey);
  cb(null, {html: '<script>alert("body")</script>'});
};
`

func TestHTMLReportOfARun(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":            starterHook,
		"hostile.js":         hostileHook,
		"pass.scenario.yaml": "hook: hook.js\nexpect: {outcome: success}\n",
		"fail.scenario.yaml": "hook: hook.js\nexpect:\n  outcome: error\n",
		"xss.scenario.yaml":  "name: '<script>alert(\"name\")</script>'\nhook: hostile.js\nsecrets: {apikey: HUSH-d0nt-t3ll}\n",
	})
	path := filepath.Join(t.TempDir(), "reports", "report.html")
	code, stdout, stderr := hookemuTest(t, "--html", path, dir)
	require.Equal(t, exitFailed, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
	data, err := os.ReadFile(path)
	require.NoError(t, err, "the report is written even though a scenario failed")
	page := string(data)
	for _, tc := range []struct{ name, want string }{
		{"the counts", `<b id="count-pass">2</b> passed`},
		{"the failures counted", `<b id="count-fail">1</b> failed`},
		{"the failing scenario's unmet expectation where it is written", `fail.scenario.yaml:3</code>: <b>outcome</b>: want error, got success`},
		{"the console of the failing scenario", "[log] hello from the hook"},
		{"the filter buttons", `data-testid="filter-fail"`},
		{"the escaped scenario name", `&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;`},
		{"the escaped response body", `&lt;script&gt;alert(\&#34;body\&#34;)&lt;/script&gt;`},
		{"the masked secret", "key is &lt;secret:apikey&gt;"},
	} {
		t.Run("it holds "+tc.name, func(t *testing.T) {
			assert.Contains(t, page, tc.want)
		})
	}
	t.Run("it holds no secret, no foreign script and no outside asset", func(t *testing.T) {
		assert.NotContains(t, page, "HUSH-d0nt-t3ll")
		assert.Equal(t, 1, strings.Count(page, "<script>"), "only the report's own script")
		assert.NotRegexp(t, regexp.MustCompile(`(?i)https?://|<link\b|\bsrc=`), page)
	})
	t.Run("it leaves the text output as it was", func(t *testing.T) {
		assert.True(t, strings.HasSuffix(stdout, "\n2 passed, 1 failed\n"), stdout)
	})
}

func TestHTMLReportGoesWithJSONAndJUnit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	html, junit := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.xml")
	code, stdout, stderr := hookemuTest(t, "--html", html, "--junit", junit, "--json", "--run", "starter/", examples)
	require.Equal(t, exitOK, code, stderr)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &first), "--json still prints to stdout")
	xmlData, err := os.ReadFile(junit)
	require.NoError(t, err)
	var report junitReport
	require.NoError(t, xml.Unmarshal(xmlData, &report))
	page, err := os.ReadFile(html)
	require.NoError(t, err)
	assert.Equal(t, report.Tests, strings.Count(string(page), `data-testid="scenario"`), "both reports hold every scenario")
	assert.Contains(t, string(page), `<b id="count-fail">0</b> failed`)
}

func TestHTMLReportProblemsBeforeRunning(t *testing.T) {
	t.Parallel()
	blocker := filepath.Join(t.TempDir(), "a-file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o644))
	broken := writeTree(t, map[string]string{"hook.js": starterHook, "a.scenario.yaml": "hook: hook.js\nexpect: {outcom: success}\n"})
	for _, tc := range []struct {
		name     string
		path     string
		dir      string
		inStderr string
		inReport string
	}{
		{name: "a path that cannot be written is a usage error said before anything runs",
			path: filepath.Join(blocker, "report.html"), dir: examples, inStderr: "cannot create the folder of the HTML report"},
		{name: "scenario files that cannot load are listed in the report",
			path: filepath.Join(t.TempDir(), "report.html"), dir: broken, inStderr: `unknown key "outcom"`, inReport: `unknown key &#34;outcom&#34;`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := hookemuTest(t, "--html", tc.path, tc.dir)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.inStderr)
			assert.NotContains(t, stdout, "passed", "nothing ran")
			if tc.inReport != "" {
				page, err := os.ReadFile(tc.path)
				require.NoError(t, err)
				assert.Contains(t, string(page), tc.inReport)
			}
		})
	}
}
