package scenarios_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// A case's expect is laid over the top level's key by key, so what the
// top level expects holds for every case unless a case says otherwise.
func TestACasesExpectIsLaidOverTheTopLevels(t *testing.T) {
	t.Parallel()
	const hook = "module.exports = function (r, t, c, cb) { if (c.message_type === 'voice') { cb(new Error('no voice')); return; } cb(null, {sent: true}); };"
	tests := []struct {
		name       string
		expect     string // the top level's
		caseExpect string
		voice      bool
		failed     []string // the failures' What, in order
	}{
		{"a top-level request count holds for a case that only gives the outcome",
			"{request_count: 1}", "{outcome: success}", false, []string{"request_count"}},
		{"a top-level problems list holds for a case that only gives the outcome",
			"{problems: [never reported]}", "{outcome: success}", false, []string{"problems"}},
		{"a case's outcome replaces the top level's",
			"{outcome: success}", "{outcome: error}", true, nil},
		{"an inherited response is still checked",
			"{response: {sent: false}}", "{outcome: success}", false, []string{"response"}},
		{"null drops an inherited response",
			"{response: {sent: true}}", "{outcome: error, response: null}", true, nil},
		{"null drops an inherited outcome, so the error alone says the hook fails",
			"{outcome: success}", "{outcome: null, error: no voice}", true, nil},
		{"null drops an inherited request count",
			"{request_count: 1}", "{request_count: null}", false, nil},
		{"an expect of null drops everything inherited",
			"{outcome: timeout, request_count: 7}", "null", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			payload := ""
			if tt.voice {
				payload = "\n    payload: {context: {message_type: voice}}"
			}
			dir := writeFiles(t, map[string]string{
				"hook.js":         hook,
				"s.scenario.yaml": "hook: hook.js\nexpect: " + tt.expect + "\ncases:\n  - name: c\n    expect: " + tt.caseExpect + payload + "\n",
			})
			sum, out := runText(t, &scenarios.Runner{}, dir)
			require.Len(t, sum.Results, 1)
			var failed []string
			for _, f := range sum.Results[0].Failures {
				failed = append(failed, f.What)
			}
			assert.Equal(t, tt.failed, failed, out)
		})
	}
}

func TestATopLevelExpectWhichEveryCaseOverridesInPartStillLoads(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":         "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.yaml": "hook: hook.js\nexpect: {outcome: success, response: {}}\ncases:\n  - {name: a, expect: {outcome: success}}\n  - {name: b, expect: {response: {}}}\n",
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	assert.Len(t, suite.Scenarios(), 2)
}
