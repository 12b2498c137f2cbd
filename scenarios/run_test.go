package scenarios_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// suite8x8 is a passing scenario file for send8x8 with a case for each
// way it can fail.
const suite8x8 = `
name: 8x8
hook: hook.js
timeout: 1m
secrets: {apikey: test-key, subaccount: acme-otp}
payload:
  recipient: "+6512345678"
fake8x8: {apikey: test-key}
cases:
  - name: sms reaches the provider
    expect:
      outcome: success
      response: {}
      request_count: 1
      requests:
        - method: POST
          url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
          headers: {authorization: "Bearer <secret:apikey>"}
          json: {destination: "+6512345678", encoding: AUTO, text: "/one time password: \\d+/"}
          status: 200
      logs: [sent, "/^sending to \\+65/"]
      problems: []
  - name: the provider's 500 fails the hook
    fake8x8: {faults: [{destination: "+6512345678", status: 500}]}
    expect:
      error: status code 500
      requests: [{status: 500}]
  - name: a slow provider runs past the time limit
    timeout: 200ms
    fake8x8: {faults: [{destination: "*", delay: 1h}]}
    expect: {outcome: timeout}
`

func TestAPassingSuitePrintsOneLinePerScenarioAndTheSummary(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": suite8x8})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 3, sum.Passed, out)
	assert.Equal(t, 0, sum.Failed, out)
	assert.Regexp(t, `(?m)^ok    .*sms\.scenario\.yaml 8x8/sms reaches the provider \(.+\)$`, out)
	assert.Regexp(t, `(?m)^ok    .*8x8/a slow provider runs past the time limit`, out)
	assert.True(t, strings.HasSuffix(out, "\n3 passed, 0 failed\n"), out)
}

func TestAFailureShowsWhatDiffersWhereItIsWrittenAndTheConsole(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": `
hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
expect:
  outcome: error
  requests:
    - url: https://sms.8x8.com/api/v1/subaccounts/other/messages
      headers: {Authorization: Bearer wrong, X-Missing: x}
      json: {destination: "+6599990000", encoding: AUTO, extra: 1}
  logs: [never printed]
`})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	require.Equal(t, 1, sum.Failed, out)
	for _, want := range []string{
		"FAIL  ", "sms.scenario.yaml:5: outcome: want error, got success",
		"sms.scenario.yaml:7: requests[0].url: request POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages -> 200: the URL differs",
		"- https://sms.8x8.com/api/v1/subaccounts/other/messages",
		"+ https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages",
		"the Authorization header differs", "- Authorization: Bearer wrong", "+ Authorization: Bearer <secret:apikey>",
		"no X-Missing header",
		"sms.scenario.yaml:9: requests[0].json: request POST",
		"          {\n" +
			`        -   "destination": "+6599990000",` + "\n" +
			`        +   "destination": "+18085555555",` + "\n" +
			`            "encoding": "AUTO",` + "\n" +
			`        -   "extra": 1,` + "\n" +
			`            "text": "Here is your one time password: 999111"` + "\n" +
			"          }\n",
		"sms.scenario.yaml:10: logs: no console line matches \"never printed\"",
		"    console:\n      [log] sending to +18085555555\n      [log] sent\n",
	} {
		assert.Contains(t, out, want)
	}
	assert.True(t, strings.HasSuffix(out, "\n0 passed, 1 failed\n"), out)
}

func TestWithNoOutcomeWrittenSuccessIsExpectedUnlessAnErrorIs(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "s.scenario.yaml": `
hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
cases:
  - name: nothing written means success
  - name: an error written means any failure
    fake8x8: {faults: [{destination: "*", status: 503}]}
    expect: {error: "/status code 5\\d\\d$/"}
  - name: an error written fails a success
    expect: {error: "500"}
`})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 2, sum.Passed, out)
	assert.Contains(t, out, "want the hook to fail (expect gives an error), but it succeeded")
}

func TestRunSelectsScenariosByName(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": suite8x8})
	sum, out := runText(t, &scenarios.Runner{Match: regexp.MustCompile(`provider.s 500|slow provider`)}, dir)
	assert.Equal(t, 2, sum.Passed, out)
	assert.NotContains(t, out, "reaches the provider")
}

func TestShardsSplitASuiteWithoutOverlap(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": suite8x8})
	seen := map[string]int{}
	for k := 1; k <= 2; k++ {
		sum, _ := runText(t, &scenarios.Runner{Shard: scenarios.Shard{Index: k, Total: 2}}, dir)
		for _, res := range sum.Results {
			seen[res.Scenario.ID()]++
		}
		assert.Equal(t, map[int]int{1: 2, 2: 1}[k], len(sum.Results))
	}
	assert.Len(t, seen, 3)
	for id, n := range seen {
		assert.Equal(t, 1, n, id)
	}
}

func TestParseShardRefusesWhatIsNotKOfN(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"", "1", "0/2", "3/2", "a/b", "1/0"} {
		_, err := scenarios.ParseShard(bad)
		assert.Error(t, err, bad)
	}
	sh, err := scenarios.ParseShard("2/4")
	require.NoError(t, err)
	assert.Equal(t, scenarios.Shard{Index: 2, Total: 4}, sh)
}

func TestFailFastStartsNothingAfterAFailure(t *testing.T) {
	t.Parallel()
	var cases strings.Builder
	cases.WriteString("hook: hook.js\nexpect: {outcome: error}\ncases:\n")
	for i := range 20 {
		cases.WriteString("  - name: case " + string(rune('a'+i)) + "\n")
	}
	dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };", "s.scenario.yaml": cases.String()})
	sum, out := runText(t, &scenarios.Runner{FailFast: true, Parallel: 1}, dir)
	assert.Equal(t, 1, sum.Failed)
	assert.Equal(t, 19, sum.Skipped)
	assert.True(t, strings.HasSuffix(out, "\n0 passed, 1 failed, 19 skipped\n"), out)
}

func TestASkippedScenarioIsCountedAndSaysWhy(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "s.scenario.yaml": "hook: hook.js\nskip: the provider is being migrated\n"})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 1, sum.Skipped)
	assert.Contains(t, out, "skip  ")
	assert.Contains(t, out, "s: the provider is being migrated\n0 passed, 0 failed, 1 skipped\n")
}

func TestAHookThatCannotLoadStopsTheRunBeforeItStarts(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (", "s.scenario.yaml": "\nhook: hook.js\n"})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	_, err = (&scenarios.Runner{Emulator: testEmulator()}).Run(context.Background(), suite)
	var list scenarios.LoadErrors
	require.ErrorAs(t, err, &list)
	assert.Contains(t, err.Error(), "s.scenario.yaml:2:7: hook hook.js cannot be loaded")
}

func TestJSONOutputIsOneObjectPerScenario(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": suite8x8})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	var out bytes.Buffer
	r := &scenarios.Runner{Emulator: testEmulator(), Reporters: []scenarios.Reporter{scenarios.NewJSONReporter(&out)}}
	_, err = r.Run(context.Background(), suite)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3)
	for _, line := range lines {
		var obj scenarios.JSONResult
		require.NoError(t, json.Unmarshal([]byte(line), &obj), line)
		assert.Equal(t, scenarios.Passed, obj.Status)
		assert.Equal(t, "8x8", obj.Scenario)
		require.NotNil(t, obj.Result)
		assert.Contains(t, line, `"url":"https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages"`)
		assert.NotContains(t, line, "test-key", "secrets stay masked")
	}
}

func TestTheJUnitReportHasASuitePerFileAndACasePerScenario(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js": send8x8, "a.scenario.yaml": suite8x8,
		"b.scenario.yaml": "hook: hook.js\nsecrets: {apikey: test-key, subaccount: acme-otp}\nexpect: {outcome: timeout}\n",
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	var out bytes.Buffer
	r := &scenarios.Runner{Emulator: testEmulator(), Reporters: []scenarios.Reporter{scenarios.NewJUnitReporter(&out)}}
	_, err = r.Run(context.Background(), suite)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out.String(), "<?xml"))

	var report struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Data    string `xml:",chardata"`
				} `xml:"failure"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(out.Bytes(), &report))
	assert.Equal(t, 4, report.Tests)
	assert.Equal(t, 1, report.Failures)
	require.Len(t, report.Suites, 2)
	assert.Len(t, report.Suites[0].Cases, 3)
	assert.Equal(t, "8x8/sms reaches the provider", report.Suites[0].Cases[0].Name)
	failed := report.Suites[1].Cases[0]
	require.NotNil(t, failed.Failure)
	assert.Equal(t, "outcome: want timeout, got success", failed.Failure.Message)
	assert.Contains(t, failed.Failure.Data, "b.scenario.yaml:3: outcome: want timeout, got success")
	assert.Contains(t, failed.SystemOut, "[log] sent")
}

// Results are reported in suite order whatever order they finish in: the
// first case waits for a slow provider, the others do not.
func TestResultsAreReportedInSuiteOrderWhateverTheParallelism(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "b.scenario.yaml": "hook: hook.js\nexpect: {error: 401}\n", "a.scenario.yaml": `
hook: hook.js
expect: {error: 401}
cases:
  - name: slow
    fake8x8: {faults: [{destination: "*", delay: 300ms}]}
  - name: quick one
  - name: quick two
`})
	for _, p := range []int{1, 4} {
		var js, junit bytes.Buffer
		sum, out := runText(t, &scenarios.Runner{Parallel: p, Reporters: []scenarios.Reporter{scenarios.NewJSONReporter(&js), scenarios.NewJUnitReporter(&junit)}}, dir)
		require.Equal(t, 4, sum.Passed, out)
		var order []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n")[:4] {
			order = append(order, strings.SplitN(line, " (", 2)[0][len("ok    "):])
		}
		var jsonOrder []string
		for _, line := range strings.Split(strings.TrimSpace(js.String()), "\n") {
			var obj scenarios.JSONResult
			require.NoError(t, json.Unmarshal([]byte(line), &obj))
			jsonOrder = append(jsonOrder, obj.Name)
		}
		want := []string{dir + "/a.scenario.yaml a/slow", dir + "/a.scenario.yaml a/quick one", dir + "/a.scenario.yaml a/quick two", dir + "/b.scenario.yaml b"}
		var report struct {
			Cases []struct {
				Class string `xml:"classname,attr"`
				Name  string `xml:"name,attr"`
			} `xml:"testsuite>testcase"`
		}
		require.NoError(t, xml.Unmarshal(junit.Bytes(), &report))
		var junitOrder []string
		for _, c := range report.Cases {
			junitOrder = append(junitOrder, c.Class+" "+c.Name)
		}
		assert.Equal(t, want, order, "-p %d", p)
		assert.Equal(t, want, jsonOrder, "-p %d", p)
		assert.Equal(t, want, junitOrder, "-p %d", p)
	}
}

func TestARunPatternThatMatchesNothingIsAnError(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": suite8x8})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	_, err = (&scenarios.Runner{Emulator: testEmulator(), Match: regexp.MustCompile("vocie")}).Run(context.Background(), suite)
	var noMatch *scenarios.NoMatchError
	require.ErrorAs(t, err, &noMatch)
	assert.Equal(t, "vocie", noMatch.Pattern)
}

func TestAScenarioSetsItsMemoryLimit(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"bomb.js":            `module.exports = function (r, t, c, cb) { cb(null, 'x'.repeat(32 * 1024 * 1024).length); };`,
		"bomb.scenario.yaml": "hook: bomb.js\nmemory: 16MiB\nexpect: {outcome: memory-limit, error: 16 MiB}\n",
	})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 1, sum.Passed, out)
}
