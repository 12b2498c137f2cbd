package harness_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
)

// handMade is an artifact as a reader would fill it: two phone entries
// and one of another trigger.
func handMade(t *testing.T) *deploy.Artifact {
	t.Helper()
	documented, err := hooks.Source(hooks.Default)
	require.NoError(t, err)
	return &deploy.Artifact{
		Format: deploy.FormatA0Directory, Path: "tenant", TenantRuntime: "node16",
		Entries: []deploy.Entry{
			{Name: "login", Kind: deploy.KindAction, Code: []byte("exports.onExecutePostLogin = async () => {};"),
				Trigger: deploy.Trigger{ID: "post-login", Version: "v3"}},
			{Name: "sms", Kind: deploy.KindAction, Source: "actions/sms.json", CodePath: filepath.Join("tenant", "actions", "sms", "code.js"),
				Code: []byte("exports.onExecuteSendPhoneMessage = async () => {};"), Runtime: "node18",
				Trigger:      deploy.Trigger{ID: deploy.TriggerSendPhoneMessage, Version: "v2"},
				Dependencies: []deploy.Dependency{{Name: "axios", Version: "0.27.2"}},
				Secrets:      []deploy.Secret{{Name: "API_KEY", Value: "from-tf", HasValue: true}, {Name: "SUBACCOUNT"}}},
			{Name: "legacy", Kind: deploy.KindHook, Source: "hooks/legacy.json", Code: documented,
				Trigger: deploy.Trigger{ID: deploy.TriggerSendPhoneMessage}},
		},
	}
}

func TestAnArtifactGivesOneSourcePerPhoneEntry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, entry string
		want        []string
		wantErr     string
	}{
		{"every phone entry, in the artifact's order, without the others", "", []string{"sms", "legacy"}, ""},
		{"only the entry named", "legacy", []string{"legacy"}, ""},
		{"a name the artifact lacks is an error listing the phone entries", "nope", nil, `"sms" (action send-phone-message), "legacy"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srcs, err := harness.ArtifactSources(handMade(t), tt.entry)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			var names []string
			for _, s := range srcs {
				names = append(names, s.Name)
				require.NotNil(t, s.Deploy)
				assert.Equal(t, s.Name, s.Deploy.Entry.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}

func TestOneSourceFromAnArtifactWithSeveralNeedsAName(t *testing.T) {
	t.Parallel()
	_, err := harness.ArtifactSource(handMade(t), "")
	require.ErrorContains(t, err, "--name")
	assert.ErrorContains(t, err, `"sms" (action send-phone-message), "legacy"`)
	one := handMade(t)
	one.Entries = one.Entries[:2]
	src, err := harness.ArtifactSource(one, "")
	require.NoError(t, err)
	assert.Equal(t, "sms", src.Name)
}

func TestAnArtifactEntryLoadsWithWhatItDeclares(t *testing.T) {
	t.Parallel()
	src, err := harness.ArtifactSource(handMade(t), "sms")
	require.NoError(t, err)
	opts := src.LoadOptions()
	assert.Equal(t, filepath.Join("tenant", "actions", "sms"), opts.Dir, "require looks beside the code file")
	assert.Equal(t, "node18", opts.Runtime)
	assert.Equal(t, map[string]string{"axios": "0.27.2"}, opts.Dependencies)
	assert.Equal(t, map[string]string{"API_KEY": "from-tf"}, src.Deploy.SecretValues())
	assert.Equal(t, []string{"SUBACCOUNT"}, src.Deploy.UnvaluedSecrets())
	assert.Nil(t, src.Demo, "edited code gets no demo secrets")
}

func TestAHookRunsOnTheTenantsRuntime(t *testing.T) {
	t.Parallel()
	src, err := harness.ArtifactSource(handMade(t), "legacy")
	require.NoError(t, err)
	assert.Equal(t, "node16", src.LoadOptions().Runtime)
	assert.Empty(t, src.LoadOptions().Dir, "inline code has no folder")
	assert.NotNil(t, src.Demo, "a documented hook deployed unchanged gets its demo secrets")
}

func TestAJavaScriptFileIsReadAsItIs(t *testing.T) {
	t.Parallel()
	srcs, err := harness.ReadSources(hooks.Default, deploy.Options{})
	require.NoError(t, err)
	require.Len(t, srcs, 1)
	assert.Nil(t, srcs[0].Deploy)
	assert.Equal(t, hooks.Default, srcs[0].Name)
	src, err := harness.ReadSourceFrom("", deploy.Options{})
	require.NoError(t, err)
	assert.True(t, src.Embedded)
}
