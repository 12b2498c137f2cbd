package scenarios_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

const sourceScenario = `hook: hook.js
secrets: {apikey: key-123456, subaccount: acme-otp}
expect:
  outcome: success
`

func TestALoadedFileKeepsItsTextOnlyForUpdate(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": sourceScenario})
	cases := []struct {
		name   string
		loader scenarios.Loader
		keeps  bool
	}{
		{"a plain load drops the text and tree once the scenarios are built", scenarios.Loader{}, false},
		{"a load for update keeps them", scenarios.Loader{ForUpdate: true}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			suite, err := tc.loader.Load(dir)
			require.NoError(t, err)
			require.Len(t, suite.Files, 1)
			assert.Equal(t, tc.keeps, scenarios.HasSource(suite.Files[0]))
			require.Len(t, suite.Scenarios(), 1, "the scenarios are built either way")
		})
	}
}

func TestASuiteLoadedWithoutItsTextRunsButRefusesToUpdate(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": send8x8, "sms.scenario.yaml": sourceScenario})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)

	sum, err := (&scenarios.Runner{Emulator: testEmulator()}).Run(context.Background(), suite)
	require.NoError(t, err)
	assert.Equal(t, 1, sum.Passed)

	_, err = (&scenarios.Runner{Emulator: testEmulator(), Update: true}).Run(context.Background(), suite)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ForUpdate")
	after, readErr := os.ReadFile(filepath.Join(dir, "sms.scenario.yaml"))
	require.NoError(t, readErr)
	assert.Equal(t, sourceScenario, string(after), "nothing was written")
}
