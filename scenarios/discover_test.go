package scenarios_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

func TestDiscoverTakesScenarioFilesAndLeavesOtherYAMLAlone(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"sms.scenario.yaml":                 "",
		"voice.scenario.yml":                "",
		"api.scenario.json":                 "",
		"ci.yml":                            "",
		"docker-compose.yaml":               "",
		"package.json":                      "",
		"scenarios/plain.yaml":              "",
		"scenarios/deep/er/plain.json":      "",
		"scenarios/notes.txt":               "",
		"testdata/hidden.scenario.yaml":     "",
		".github/workflows/ci.scenario.yml": "",
		"node_modules/x/y.scenario.yaml":    "",
		"_drafts/x.scenario.yaml":           "",
	})
	found, err := scenarios.Discover(dir)
	require.NoError(t, err)
	var rel []string
	for _, f := range found {
		r, err := filepath.Rel(dir, filepath.FromSlash(f))
		require.NoError(t, err)
		rel = append(rel, filepath.ToSlash(r))
	}
	assert.Equal(t, []string{
		"api.scenario.json", "scenarios/deep/er/plain.json", "scenarios/plain.yaml", "sms.scenario.yaml", "voice.scenario.yml",
	}, rel)
}

func TestDiscoverSearchesAFolderNamedExplicitlyEvenIfItWouldBeSkipped(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"testdata/scenarios/a.yaml": "", "testdata/x.scenario.yaml": ""})
	found, err := scenarios.Discover(filepath.Join(dir, "testdata"))
	require.NoError(t, err)
	assert.Len(t, found, 2)
}

func TestDiscoverTakesAFileNamedExplicitlyWhateverItsName(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"ci.yml": "", "notes.txt": ""})
	found, err := scenarios.Discover(filepath.Join(dir, "ci.yml"), filepath.Join(dir, "ci.yml"))
	require.NoError(t, err)
	assert.Len(t, found, 1, "a file named twice is run once")
	_, err = scenarios.Discover(filepath.Join(dir, "notes.txt"))
	assert.ErrorContains(t, err, "not a scenario file")
}

func TestLoadingAFolderWithoutScenariosSaysHowToNameThem(t *testing.T) {
	t.Parallel()
	_, err := scenarios.Load(writeFiles(t, map[string]string{"ci.yml": ""}))
	assert.ErrorContains(t, err, "no scenario files here: name them *.scenario.yaml")
}
