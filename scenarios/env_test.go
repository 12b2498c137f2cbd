package scenarios_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// envSuite has one case that reads an unset variable among cases that
// do not: the variable breaks only its own case.
const envSuite = `hook: hook.js
secrets: {apikey: literal}
cases:
  - name: plain
  - name: from the environment
    secrets:
      apikey: ${HOOKEMU_TEST_UNSET_VARIABLE}
  - name: overrides the top level's gap
    secrets: {subaccount: acme}
`

func TestAnUnsetEnvironmentVariableBreaksOnlyTheScenariosThatUseIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                    string
		runner                  scenarios.Runner
		passed, failed, skipped int
		want                    string
	}{
		{"its scenario fails, naming the variable, and the others run", scenarios.Runner{}, 2, 1, 0,
			"s.scenario.yaml:7: secrets.apikey: environment variable HOOKEMU_TEST_UNSET_VARIABLE is not set"},
		{"with SkipMissingEnv it is skipped, saying why", scenarios.Runner{SkipMissingEnv: true}, 2, 0, 1,
			"not run: environment variable HOOKEMU_TEST_UNSET_VARIABLE is not set"},
		{"a selection without it runs green", scenarios.Runner{Match: regexp.MustCompile("plain")}, 1, 0, 0, "1 passed, 0 failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };", "s.scenario.yaml": envSuite})
			sum, out := runText(t, &tt.runner, dir)
			assert.Equal(t, []int{tt.passed, tt.failed, tt.skipped}, []int{sum.Passed, sum.Failed, sum.Skipped}, out)
			assert.Contains(t, out, tt.want)
		})
	}
}

func TestAnUnsetVariableAtTheTopLevelBreaksOnlyTheCasesThatInheritIt(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.yaml": `hook: hook.js
secrets: {apikey: "${HOOKEMU_TEST_UNSET_VARIABLE}"}
cases:
  - name: inherits it
  - name: replaces it
    secrets: {apikey: literal}
`,
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err, "an unset variable is not a load error")
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 1, sum.Passed, out)
	require.Equal(t, 1, sum.Failed, out)
	assert.Equal(t, "inherits it", sum.Results[0].Scenario.Case)
	assert.Len(t, suite.Scenarios(), 2)
}

func TestASecretIsExpandedOnlyWhereItNamesAVariable(t *testing.T) {
	t.Parallel()
	// A value without "${" is taken as written, without the pattern; one
	// with it goes through the pattern.
	tests := []struct{ name, value, want string }{
		{"a plain value is kept as written", "k-123", "k-123"},
		{"a dollar without a brace is kept", "pa$$word", "pa$$word"},
		{"a reference is replaced by the variable", "${HOOKEMU_TEST_KEY}", "from-env"},
		{"a reference inside text is replaced in place", "Bearer ${HOOKEMU_TEST_KEY}!", "Bearer from-env!"},
		{"an opening that names no variable is kept", "a${-b}", "a${-b}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{
				"hook.js":         "module.exports = function (r, t, c, cb) { cb(null, {}); };",
				"s.scenario.yaml": "hook: hook.js\nsecrets:\n  apikey: '" + tt.value + "'\n",
			})
			lookup := func(name string) (string, bool) { return "from-env", name == "HOOKEMU_TEST_KEY" }
			suite, err := scenarios.Loader{LookupEnv: lookup}.Load(dir)
			require.NoError(t, err)
			assert.Equal(t, tt.want, suite.Scenarios()[0].Secrets["apikey"])
		})
	}
}
