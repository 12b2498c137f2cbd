package scenarios_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// tenant is an a0deploy export with two send-phone-message Actions, so a
// scenario must pick one by entry:.
func tenant() map[string]string {
	action := func(name, log string) (string, string) {
		return `{"name": "` + name + `", "code": "./actions/` + name + `/code.js", "runtime": "node18",
  "supported_triggers": [{"id": "send-phone-message", "version": "v2"}], "deployed": true}`,
			"exports.onExecuteSendPhoneMessage = async (event) => { console.log('" + log + "'); };\n"
	}
	files := map[string]string{}
	for _, a := range [][2]string{{"first", "the first runs"}, {"second", "the second runs"}} {
		decl, code := action(a[0], a[1])
		files["tenant/actions/"+a[0]+".json"] = decl
		files["tenant/actions/"+a[0]+"/code.js"] = code
	}
	return files
}

func TestAScenarioRunsTheArtifactEntryItNames(t *testing.T) {
	t.Parallel()
	files := tenant()
	files["second.scenario.yaml"] = "hook: tenant\nentry: second\nexpect:\n  outcome: success\n  logs: [\"/the second runs/\"]\n"
	dir := writeFiles(t, files)
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 1, sum.Passed, out)
	assert.Zero(t, sum.Failed, out)
}

func TestAnArtifactScenarioSaysWhatIsMissing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, scenario, want string
	}{
		{"several entries and no entry: lists them", "hook: tenant\n", `"first"`},
		{"an entry the artifact lacks names the ones it has", "hook: tenant\nentry: third\n", `"second"`},
		{"entry: on a .js file is refused", "hook: tenant/actions/first/code.js\nentry: first\n", "entry: first names a hook or action in a deploy artifact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			files := tenant()
			files["x.scenario.yaml"] = tt.scenario + "expect: {outcome: success}\n"
			_, err := scenarios.Load(writeFiles(t, files))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "x.scenario.yaml:")
		})
	}
}

func TestTheHTMLReportNamesTheArtifactEntryAScenarioRan(t *testing.T) {
	t.Parallel()
	files := tenant()
	files["second.scenario.yaml"] = "hook: tenant\nentry: second\nexpect:\n  outcome: success\n"
	suite, err := scenarios.Load(writeFiles(t, files))
	require.NoError(t, err)
	var page bytes.Buffer
	r := &scenarios.Runner{Emulator: testEmulator(), Reporters: []scenarios.Reporter{scenarios.NewHTMLReporter(&page)}}
	sum, err := r.Run(context.Background(), suite)
	require.NoError(t, err)
	require.Equal(t, 1, sum.Passed)
	assert.Contains(t, page.String(), `runs entry <b data-testid="artifact-entry">second</b> of the a0deploy directory <code data-testid="artifact-path">tenant</code>, declared in <code data-testid="artifact-source">actions/second.json</code>`)
}
