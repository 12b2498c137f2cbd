package scenarios_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
	"github.com/hookemu/hookemu/stubs"
)

// notify posts to the webhook in the secret and fails on anything but 200.
const notify = `module.exports = function (recipient, text, context, cb) {
  require('rawhttp').send({method: 'POST', url: context.webtask.secrets.hook, headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({text: text})})
  .then(function (r) { cb(r.status === 200 ? null : new Error('webhook answered ' + r.status + ': ' + r.body)); }, function (e) { cb(e); });
};
`

func TestScenarioStubsAnswerAndCasesReplaceAHostsStubs(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"notify.js":       notify,
		"team.stubs.json": `{"request": {"method": "POST", "urlPath": "/hook"}, "response": {"status": 200, "body": "ok"}}`,
		"s.scenario.yaml": `name: s
hook: notify.js
secrets: {hook: "https://hooks.example.com/hook"}
stubs:
  hooks.example.com: team.stubs.json
  other.example.com: [{status: 204}]
cases:
  - name: the file's stub answers
    expect: {outcome: success, requests: [{url: "<secret:hook>", status: 200}]}
  - name: a case's stubs for the host replace the file's
    stubs:
      hooks.example.com: [{method: POST, status: 503, body: down}]
    expect: {outcome: error, error: "/webhook answered 503: down/", requests: [{status: 503}]}
  - name: a request no stub matches is a near miss and a problem
    secrets: {hook: "https://hooks.example.com/elsewhere"}
    expect:
      outcome: error
      error: "/Request was not matched/"
      requests: [{status: 404}]
      problems: ["/matched no stub; the closest, stub-1, differs in URL path/"]
`,
	})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 3, sum.Passed, out)
	assert.Zero(t, sum.Failed, out)
}

func TestTheRunnersStubsLieUnderTheScenarios(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"notify.js": notify,
		"s.scenario.yaml": `name: s
hook: notify.js
secrets: {hook: "https://hooks.example.com/hook"}
cases:
  - name: the runner's stubs answer a scenario without its own
    expect: {outcome: error, requests: [{status: 500}]}
  - name: a scenario's own stub wins the tie
    stubs: [{host: hooks.example.com, status: 200}]
    expect: {outcome: success, requests: [{status: 200}]}
`,
	})
	r := &scenarios.Runner{Stubs: []stubs.Source{{Name: "ci.stubs.yaml", Data: []byte("hooks.example.com: [{status: 500}]")}}}
	sum, out := runText(t, r, dir)
	assert.Equal(t, 2, sum.Passed, out)
}

func TestAScenariosBadStubsAreLoadErrorsAtTheirLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, stubs, want string }{
		{"a misspelt key", "\n  - {host: a.example.com, stauts: 200}", `s.scenario.yaml:4:`},
		{"the misspelt key's fix", "\n  - {host: a.example.com, stauts: 200}", `did you mean "status"?`},
		{"a missing file", " nope.stubs.yaml", "nope.stubs.yaml"},
		{"a stub with no host", "\n  - {status: 200}", "names no host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{
				"notify.js":       notify,
				"s.scenario.yaml": "name: s\nhook: notify.js\nstubs:" + tt.stubs + "\n",
			})
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestAStubsFileOutsideTheSuiteIsRefusedUnlessAllowed(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"suite/notify.js":       notify,
		"suite/s.scenario.yaml": "name: s\nhook: notify.js\nstubs: ../outside.stubs.yaml\n",
		"outside.stubs.yaml":    "hooks.example.com: [{status: 200}]\n",
	})
	suite := filepath.Join(dir, "suite")
	_, err := scenarios.Load(suite)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "stubs file")
	assert.Contains(t, err.Error(), "outside the suite's folder tree")
	_, err = scenarios.Loader{AllowOutsideRoot: true}.Load(suite)
	assert.NoError(t, err)
}
