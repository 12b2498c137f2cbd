package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hookemuTest runs `hookemu test args...` in-process.
func hookemuTest(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := execute(append([]string{"test"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeTree lays files (name -> content) out in a new folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

const examples = "../../scenarios/examples"

const starterHook = "module.exports = function (recipient, text, context, cb) { console.log('hello from the hook'); cb(null, {}); };"

func TestTheShippedExamplesPassThroughHookemuTest(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := hookemuTest(t, examples)
	require.Equal(t, exitOK, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
	assert.Contains(t, stdout, "ok    ../../scenarios/examples/8x8.scenario.yaml 8x8/an enrollment SMS reaches 8x8 (")
	assert.Contains(t, stdout, "ok    ../../scenarios/examples/starter.scenario.yaml starter/voice succeeds without a request (")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	assert.Regexp(t, `^\d+ passed, 0 failed(, \d+ skipped)?$`, lines[len(lines)-1])
	assert.Empty(t, stderr)
}

func TestAFailingScenarioExitsWithOneAndShowsWhy(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":            starterHook,
		"pass.scenario.yaml": "hook: hook.js\nexpect: {outcome: success}\n",
		"fail.scenario.yaml": "hook: hook.js\nexpect:\n  outcome: error\n",
	})
	code, stdout, _ := hookemuTest(t, dir)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, "fail.scenario.yaml fail (")
	assert.Contains(t, stdout, "fail.scenario.yaml:3: outcome: want error, got success")
	assert.Contains(t, stdout, "[log] hello from the hook")
	assert.True(t, strings.HasSuffix(stdout, "\n1 passed, 1 failed\n"), stdout)
}

func TestScenarioFilesThatCannotBeReadExitWithTwoAndListEveryError(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":         starterHook,
		"a.scenario.yaml": "hook: hook.js\nexpect: {outcom: success}\n",
		"b.scenario.yaml": "hook: missing.js\n",
		"c.scenario.yaml": "hook: hook.js\n",
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout, "nothing runs when a file cannot be read")
	assert.Contains(t, stderr, `a.scenario.yaml:2:10: unknown key "outcom" in expect; did you mean "outcome"?`)
	assert.Contains(t, stderr, "b.scenario.yaml:1:7: hook missing.js")
	assert.Contains(t, stderr, "hookemu: 2 errors in the scenario files; fix and run again")
}

func TestAHookWithASyntaxErrorExitsWithTwo(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{"hook.js": "module.exports = function (", "s.scenario.yaml": "hook: hook.js\n"})
	code, _, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "s.scenario.yaml:1:7: hook hook.js cannot be loaded")
}

func TestBadFlagsAreUsageErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a shard that is not K of N", []string{"--shard", "3/2", examples}, "--shard \"3/2\": write K/N"},
		{"a run pattern that is not a regular expression", []string{"--run", "(", examples}, "--run \"(\" is not a regular expression"},
		{"no scenario at a time", []string{"-p", "0", examples}, "-p 0: run at least one scenario at a time"},
		{"a path that does not exist", []string{"no/such/folder"}, "no/such/folder: no such file or folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := hookemuTest(t, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestRunAndShardSelectScenarios(t *testing.T) {
	t.Parallel()
	code, stdout, _ := hookemuTest(t, "--run", "starter/", examples)
	require.Equal(t, exitOK, code, stdout)
	assert.True(t, strings.HasSuffix(stdout, "\n2 passed, 0 failed\n"), stdout)

	total := 0
	for _, shard := range []string{"1/3", "2/3", "3/3"} {
		code, stdout, _ := hookemuTest(t, "--shard", shard, "--json", examples)
		require.Equal(t, exitOK, code)
		total += strings.Count(stdout, "\n")
	}
	_, all, _ := hookemuTest(t, "--json", examples)
	assert.Equal(t, strings.Count(all, "\n"), total, "the shards together run the suite once")
}

func TestJSONPrintsOneObjectPerScenarioAndTheSummaryOnStderr(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := hookemuTest(t, "--json", "--run", "starter", examples)
	require.Equal(t, exitOK, code)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	for _, line := range lines {
		var obj map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &obj), line)
		assert.Equal(t, "pass", obj["status"])
		assert.Equal(t, "starter", obj["scenario"])
	}
	assert.Equal(t, "2 passed, 0 failed\n", stderr)
}

func TestJUnitWritesAReportCIReads(t *testing.T) {
	t.Parallel()
	report := filepath.Join(t.TempDir(), "report.xml")
	code, _, _ := hookemuTest(t, "--junit", report, "--run", "starter", examples)
	require.Equal(t, exitOK, code)
	data, err := os.ReadFile(report)
	require.NoError(t, err)
	var suites struct {
		Tests  int `xml:"tests,attr"`
		Suites []struct {
			Name string `xml:"name,attr"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(data, &suites))
	assert.Equal(t, 2, suites.Tests)
	require.Len(t, suites.Suites, 1)
	assert.Equal(t, "../../scenarios/examples/starter.scenario.yaml", suites.Suites[0].Name)
}

func TestUpdateRecordsWhatHappened(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":         starterHook,
		"s.scenario.yaml": "# kept\nhook: hook.js\nexpect:\n  outcome: error # was wrong\n",
	})
	code, stdout, _ := hookemuTest(t, "--update", dir)
	require.Equal(t, exitOK, code, stdout)
	assert.Contains(t, stdout, "updated "+filepath.ToSlash(filepath.Join(dir, "s.scenario.yaml")))
	data, err := os.ReadFile(filepath.Join(dir, "s.scenario.yaml"))
	require.NoError(t, err)
	assert.Equal(t, "# kept\nhook: hook.js\nexpect:\n  outcome: success # was wrong\n  response: {}\n  requests: []\n", string(data))

	code, _, _ = hookemuTest(t, dir)
	assert.Equal(t, exitOK, code)
}

func TestFailFastStopsAfterTheFirstFailure(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":         starterHook,
		"s.scenario.yaml": "hook: hook.js\nexpect: {outcome: error}\ncases: [{name: a}, {name: b}, {name: c}]\n",
	})
	code, stdout, _ := hookemuTest(t, "--fail-fast", "-p", "1", dir)
	assert.Equal(t, exitFailed, code)
	assert.True(t, strings.HasSuffix(stdout, "\n0 passed, 1 failed, 2 skipped\n"), stdout)
}

func TestARunPatternThatSelectsNothingIsAUsageError(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := hookemuTest(t, "--run", "no-such-scenario", examples)
	assert.Equal(t, exitUsage, code)
	assert.NotContains(t, stdout, "0 passed")
	assert.Contains(t, stderr, `--run "no-such-scenario" matches no scenario`)
}

func TestAPayloadAmongTheScenariosIsPassedOverWithANoteOnStderr(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":                starterHook,
		"scenarios/payload.json": `{"recipient": "+6512345678"}`,
		"scenarios/s.yaml":       "hook: ../hook.js\n",
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "1 passed, 0 failed")
	assert.Contains(t, stderr, "payload.json: skipped: it has no hook")
}

func TestSkipMissingEnvSkipsTheScenariosThatNeedAnUnsetVariable(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"hook.js":            starterHook,
		"env.scenario.yaml":  "hook: hook.js\nsecrets: {apikey: \"${HOOKEMU_TEST_UNSET_VARIABLE}\"}\n",
		"plain.scenario.yml": "hook: hook.js\n",
	})
	code, stdout, _ := hookemuTest(t, dir)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, "environment variable HOOKEMU_TEST_UNSET_VARIABLE is not set")
	assert.Contains(t, stdout, "1 passed, 1 failed")

	code, stdout, _ = hookemuTest(t, "--skip-missing-env", dir)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "1 passed, 0 failed, 1 skipped")
}

func TestEveryLoadErrorIsListedInOneRound(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"broken.js":       "module.exports = function (",
		"hook.js":         starterHook,
		"a.scenario.yaml": "hook: hook.js\nexpect: {outcom: success}\n",
		"b.scenario.yaml": "hook: broken.js\n",
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `a.scenario.yaml:2:10: unknown key "outcom"`)
	assert.Contains(t, stderr, "b.scenario.yaml:1:7: hook broken.js cannot be loaded", "the hook's syntax error shows with the YAML's")
	assert.Contains(t, stderr, "hookemu: 2 errors in the scenario files")
}

func TestAHooksSyntaxErrorShowsWithTheErrorsOfItsOwnScenarioFile(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"broken.js":       "module.exports = function (",
		"s.scenario.yaml": "hook: broken.js\nexpect: {outcom: success}\n",
	})
	code, _, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "s.scenario.yaml:1:7: hook broken.js cannot be loaded")
	assert.Contains(t, stderr, `s.scenario.yaml:2:10: unknown key "outcom"`)
	assert.Contains(t, stderr, "hookemu: 2 errors in the scenario files")
}

// junitReport is the part of a JUnit report these tests read.
type junitReport struct {
	Tests  int `xml:"tests,attr"`
	Errors int `xml:"errors,attr"`
	Suites []struct {
		Name  string `xml:"name,attr"`
		Cases []struct {
			Name  string `xml:"name,attr"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestTheJUnitReportIsWrittenIntoNewFoldersAndListsLoadErrors(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{
		"broken.js":       "module.exports = function (",
		"hook.js":         starterHook,
		"a.scenario.yaml": "hook: hook.js\nexpect: {outcom: success}\n",
		"b.scenario.yaml": "hook: broken.js\n",
	})
	path := filepath.Join(t.TempDir(), "reports", "ci", "report.xml")
	code, _, stderr := hookemuTest(t, "--junit", path, dir)
	require.Equal(t, exitUsage, code, stderr)
	data, err := os.ReadFile(path)
	require.NoError(t, err, "the report is written even though nothing ran")
	var report junitReport
	require.NoError(t, xml.Unmarshal(data, &report), string(data))
	assert.Equal(t, 2, report.Tests)
	assert.Equal(t, 2, report.Errors)
	require.Len(t, report.Suites, 2)
	require.Len(t, report.Suites[0].Cases, 1)
	assert.Equal(t, "load 2:10", report.Suites[0].Cases[0].Name)
	require.NotNil(t, report.Suites[0].Cases[0].Error)
	assert.Contains(t, report.Suites[0].Cases[0].Error.Message, `unknown key "outcom"`)
	require.NotNil(t, report.Suites[1].Cases[0].Error)
	assert.Contains(t, report.Suites[1].Cases[0].Error.Message, "hook broken.js cannot be loaded")

	code, _, stderr = hookemuTest(t, "--junit", filepath.Join(t.TempDir(), "new", "report.xml"), "--run", "starter/", examples)
	assert.Equal(t, exitOK, code, stderr)
}

func TestAScenarioThatCannotRunForWantOfAVariableIsAnErrorInJUnit(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{"hook.js": starterHook, "env.scenario.yaml": "hook: hook.js\nsecrets: {apikey: \"${HOOKEMU_TEST_UNSET_VARIABLE}\"}\n"})
	path := filepath.Join(t.TempDir(), "report.xml")
	code, _, _ := hookemuTest(t, "--junit", path, dir)
	assert.Equal(t, exitFailed, code)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var report junitReport
	require.NoError(t, xml.Unmarshal(data, &report), string(data))
	assert.Equal(t, 1, report.Errors)
	require.Len(t, report.Suites, 1)
	require.NotNil(t, report.Suites[0].Cases[0].Error)
	assert.Contains(t, report.Suites[0].Cases[0].Error.Message, "HOOKEMU_TEST_UNSET_VARIABLE is not set")
}

// The 8x8 hook's 400 for a recipient that is not E.164 says little; 8x8's
// answer (code 1002) says why.
func TestAFailureShowsEachRequestWithTheProvidersAnswer(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{"s.scenario.yaml": `hook: 8x8.js
secrets: {apikey: k, subaccount: acme}
payload: {recipient: "1-808-555-5555"}
cases:
  - name: fails
    expect: {outcome: success}
  - name: passes
    expect: {outcome: error}
`})
	code, stdout, _ := hookemuTest(t, dir)
	assert.Equal(t, exitFailed, code)
	failed, passed, _ := strings.Cut(stdout, "ok    ")
	assert.Contains(t, failed, "    requests:\n      1. POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages -> 400\n")
	assert.Contains(t, failed, `         sent: {"encoding":"AUTO","destination":"1-808-555-5555"`)
	assert.Regexp(t, `got:  \{.*"code":1002`, failed)
	assert.NotContains(t, passed, "requests:", "a passing scenario is one line")

	code, stdout, _ = hookemuTest(t, "-v", dir)
	assert.Equal(t, exitFailed, code)
	_, passed, _ = strings.Cut(stdout, "ok    ")
	assert.Regexp(t, `got:  \{.*"code":1002`, passed, "-v shows the exchange of a passing scenario too")
}
