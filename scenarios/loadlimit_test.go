package scenarios_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// A hook whose top-level code never ends is bounded by its scenario's
// time limit while it loads, as in a run, not by the 20 s default.
func TestAScenariosTimeoutBoundsLoadingItsHook(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":         "while (true) {}\nmodule.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.yaml": "hook: hook.js\ntimeout: 300ms\nexpect: {outcome: timeout, error: \"allowed execution time (300ms)\"}\n",
	})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	require.Len(t, sum.Results, 1, out)
	assert.Equal(t, scenarios.Passed, sum.Results[0].Status, out)
}
