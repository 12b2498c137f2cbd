package scenarios_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
	"github.com/hookemu/hookemu/scenarios/gotest"
)

// send8x8Action is send8x8 as an Action.
const send8x8Action = `exports.onExecuteSendPhoneMessage = async (event, api) => {
  const s = event.secrets;
  const r = await require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages',
    headers: {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json'},
    body: JSON.stringify({encoding: 'AUTO', destination: event.message_options.recipient, text: event.message_options.text})});
  if (r.status !== 200) throw new Error('Request failed with status code ' + r.status);
};
`

const bothHooks = `name: sms
hook: [old.js, new.js]
secrets: {apikey: test-key, subaccount: acme}
cases:
  - name: it is sent
    expect:
      outcome: success
      requests: [{method: POST, json: {destination: "+18085555555"}}]
  - name: an outage fails it
    fake8x8: {faults: [{destination: "*", status: 503}]}
    expect: {outcome: error, error: status code 503}
`

func TestAScenarioNamingTwoHooksRunsEachAgainstTheSameExpectations(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"old.js": send8x8, "new.js": send8x8Action, "s.scenario.yaml": bothHooks})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	var ids []string
	for _, s := range suite.Scenarios() {
		ids = append(ids, strings.TrimPrefix(s.ID(), filepath.ToSlash(dir)+"/"))
	}
	assert.Equal(t, []string{
		"s.scenario.yaml sms/it is sent [old.js]", "s.scenario.yaml sms/it is sent [new.js]",
		"s.scenario.yaml sms/an outage fails it [old.js]", "s.scenario.yaml sms/an outage fails it [new.js]",
	}, ids)
	assert.Equal(t, "new.js", suite.Scenarios()[1].Hook)
	assert.Equal(t, "new.js", suite.Scenarios()[1].Variant)

	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 4, sum.Passed, out)
	assert.Contains(t, out, "ok    "+filepath.ToSlash(dir)+"/s.scenario.yaml sms/it is sent [new.js]")
}

func TestTheHookThatMissesTheExpectationsIsTheOneReported(t *testing.T) {
	t.Parallel()
	wrongText := strings.Replace(send8x8Action, "destination: event.message_options.recipient", "destination: '+100'", 1)
	dir := writeFiles(t, map[string]string{"old.js": send8x8, "new.js": wrongText, "s.scenario.yaml": bothHooks})
	sum, out := runText(t, &scenarios.Runner{Match: regexp.MustCompile("it is sent")}, dir)
	assert.Equal(t, 1, sum.Passed, out)
	assert.Equal(t, 1, sum.Failed, out)
	assert.Contains(t, out, "FAIL  "+filepath.ToSlash(dir)+"/s.scenario.yaml sms/it is sent [new.js]")
	assert.Contains(t, out, `"+100"`)
}

func TestAHookListThatNamesNothingTwiceOrNothingIsRefused(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, yaml, want string }{
		{"an empty list", "hook: []\n", ":1:7: hook: the list names no hook"},
		{"a file listed twice", "hook: [old.js, old.js]\n", ":1:16: hook: old.js is listed twice (first on line 1)"},
		{"a list item that is not a file name", "hook: [old.js, {a: 1}]\n", ":1:16: hook: want a file name, got a mapping"},
		{"a listed file that does not exist", "hook: [old.js, gone.js]\n", ":1:16: hook gone.js: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error at its place", func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"old.js": send8x8, "s.scenario.yaml": tt.yaml})
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestTwoListedHooksWithOneFileNameAreToldApartByTheirPaths(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"a/hook.js": send8x8, "b/hook.js": send8x8, "s.scenario.yaml": "hook: [a/hook.js, b/hook.js]\n"})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	require.Len(t, suite.Scenarios(), 2)
	assert.Equal(t, "a/hook.js", suite.Scenarios()[0].Variant)
	assert.Equal(t, "b/hook.js", suite.Scenarios()[1].Variant)
}

func TestUpdateRecordsFromTheFirstHookAndSkipsTheOthers(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"old.js": send8x8, "new.js": send8x8Action, "s.scenario.yaml": "hook: [old.js, new.js]\nsecrets: {apikey: k, subaccount: acme}\n"})
	sum, out := runText(t, &scenarios.Runner{Update: true}, dir)
	assert.Equal(t, 1, sum.Passed, out)
	assert.Equal(t, 1, sum.Skipped, out)
	assert.Contains(t, out, "s [new.js]: not run with --update, which records the expectations from old.js")
	written, err := os.ReadFile(filepath.Join(dir, "s.scenario.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(written), "outcome: success")

	sum, out = runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 2, sum.Passed, "the next run holds new.js to what old.js recorded: %s", out)
}

func TestGoTestRunsEachHookAsASubtest(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"old.js": send8x8, "new.js": send8x8Action, "s.scenario.yaml": bothHooks})
	gotest.RunWith(t, &scenarios.Runner{Emulator: testEmulator()}, dir)
}
