package scenarios_test

import (
	"path/filepath"
	"strings"
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
		"scenarios/slack.stubs.yaml":        "",
		"scenarios/wiremock.stubs.json":     "",
		// a deploy artifact's JSON is what a hook: names, not a scenario
		"scenarios/tenant/actions/sms.json":    `{"name": "sms", "code": "./actions/sms/code.js", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}]}`,
		"scenarios/tenant/actions/sms/code.js": "exports.onExecuteSendPhoneMessage = async () => {};",
		"scenarios/infra/main.tf":              "",
		"scenarios/infra/vars.json":            "",
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

// `hookemu test pass`, run inside a scenarios folder, finds what the
// absolute path to pass finds.
func TestDiscoverFindsTheSameFilesByRelativeAndAbsolutePath(t *testing.T) {
	dir := writeFiles(t, map[string]string{"scenarios/pass/plain.yaml": "", "scenarios/pass/deeper/other.json": ""})
	abs, err := scenarios.Discover(filepath.Join(dir, "scenarios", "pass"))
	require.NoError(t, err)
	require.Len(t, abs, 2)
	t.Chdir(filepath.Join(dir, "scenarios"))
	rel, err := scenarios.Discover("pass")
	require.NoError(t, err)
	assert.Equal(t, []string{"pass/deeper/other.json", "pass/plain.yaml"}, rel)
}

func TestAPayloadKeptAmongScenariosIsSkippedWithANote(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":                "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"scenarios/payload.json": `{"recipient": "+6512345678", "context": {"message_type": "sms"}}`,
		"scenarios/sms.yaml":     "hook: ../hook.js\n",
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	require.Len(t, suite.Files, 1)
	assert.Equal(t, filepath.ToSlash(filepath.Join(dir, "scenarios/sms.yaml")), suite.Files[0].Path)
	require.Len(t, suite.Notes, 1)
	assert.Contains(t, suite.Notes[0], "payload.json: skipped: it has no hook but a recipient, text or context, so it looks like a payload")
}

func TestAScenarioWithoutAHookIsStillAnErrorWhenItIsNoPayload(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"scenarios/s.yaml": "expect: {outcome: success}\n", "x.scenario.json": `{"recipient": "+6512345678"}`})
	_, err := scenarios.Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "s.yaml:1:1: no hook")
	assert.Contains(t, err.Error(), "x.scenario.json:1:1: no hook", "a file named as a scenario is one")
}

func TestNoScenarioFilesInTheCurrentFolderNamesIt(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{"ci.yml": ""}))
	_, err := scenarios.Load()
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), ".: no scenario files here"), err.Error())
}
