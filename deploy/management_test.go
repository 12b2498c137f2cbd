package deploy_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

func management(name string) string { return filepath.Join("testdata", "management", name) }

func TestManagementActionIsItsDeployedVersionUnlessDraft(t *testing.T) {
	t.Parallel()
	t.Run("by default the deployed version is read", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("action.json"), deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, deploy.FormatManagement, a.Format)
		e, err := a.Select("")
		require.NoError(t, err)
		assert.Contains(t, string(e.Code), "// deployed")
		assert.Empty(t, e.CodePath, "the code is inline")
		assert.Equal(t, "node18", e.Runtime, "node18-actions reads as node18")
		assert.Equal(t, []deploy.Dependency{{Name: "axios", Version: "1.7.9"}}, e.Dependencies)
		assert.Equal(t, []deploy.Secret{{Name: "API_KEY"}}, e.Secrets)
		assert.True(t, e.Deployed)
		assert.Nil(t, a.Bindings)
		assert.Equal(t, 1, countNotes(a, "the draft of action \"sms-8x8\" differs from its deployed version"))
		assert.Equal(t, 1, countNotes(a, secretsNote))
	})
	t.Run("with Draft the top-level draft is read", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("action.json"), deploy.Options{Draft: true})
		require.NoError(t, err)
		e := entry(t, a, "sms-8x8")
		assert.Contains(t, string(e.Code), "// draft")
		assert.Equal(t, "node22", e.Runtime)
		assert.Equal(t, []deploy.Dependency{{Name: "axios", Version: "1.8.0"}}, e.Dependencies)
		assert.Equal(t, []deploy.Secret{{Name: "API_KEY"}, {Name: "NEW_SECRET"}}, e.Secrets)
		assert.False(t, e.Deployed, "all_changes_deployed is false")
		assert.Zero(t, countNotes(a, "differs"))
	})
	t.Run("an action never deployed is an error naming --draft", func(t *testing.T) {
		t.Parallel()
		_, err := deploy.Load(management("action-never-deployed.json"), deploy.Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `action "never-deployed" was never deployed`)
		assert.Contains(t, err.Error(), "--draft")
		a, err := deploy.Load(management("action-never-deployed.json"), deploy.Options{Draft: true})
		require.NoError(t, err)
		assert.Equal(t, deploy.Trigger{ID: "custom-phone-provider", Version: "v1"}, entry(t, a, "never-deployed").Trigger)
	})
}

func TestManagementListsOfActionsAndHooks(t *testing.T) {
	t.Parallel()
	t.Run("a list leaves out an action never deployed, with a note naming --draft", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("actions.json"), deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, []string{"sms-8x8"}, names(a))
		assert.Equal(t, management("actions.json")+" actions[0]", a.Entries[0].Source)
		assert.Equal(t, 1, countNotes(a, `"never-deployed" was never deployed, so it is left out; pass --draft`))
		assert.Zero(t, countNotes(a, "differs"), "the draft equals the deployed code")
	})
	t.Run("with Draft every action of the list is read", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("actions.json"), deploy.Options{Draft: true})
		require.NoError(t, err)
		assert.Equal(t, []string{"sms-8x8", "never-deployed"}, names(a))
		assert.True(t, entry(t, a, "sms-8x8").Deployed)
	})
	t.Run("an array of hooks is read with inline scripts", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("hooks.json"), deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, []string{"sms-sns", "cc-hook"}, names(a))
		e, err := a.Select("")
		require.NoError(t, err, "only one is a phone hook")
		assert.Equal(t, "sms-sns", e.Name)
		assert.Equal(t, deploy.KindHook, e.Kind)
		assert.True(t, e.Enabled)
		assert.Contains(t, string(e.Code), "module.exports = function (recipient, text, context, cb)")
		assert.Equal(t, []deploy.Dependency{{Name: "aws-sdk", Version: "2.662.0"}}, e.Dependencies)
		assert.Empty(t, e.Secrets, "hook secrets come from another endpoint")
		assert.False(t, entry(t, a, "cc-hook").Enabled)
	})
	t.Run("hooks with totals are read", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(management("hooks-totals.json"), deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, []deploy.Dependency{{Name: "twilio", Version: "3.0.0"}}, entry(t, a, "sms-sns").Dependencies)
	})
}

func TestManagementRefusesMalformedJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, json, want string
	}{
		{"a deployed version that is no object", `{"id": "a", "name": "x", "deployed_version": "v1", "supported_triggers": []}`, "deployed_version: want an object, got text"},
		{"deployed code that is no text", `{"id": "a", "name": "x", "deployed_version": {"code": ["x"]}, "all_changes_deployed": true}`, "deployed_version.code: want text, got a list"},
		{"a deployed version without code", `{"id": "a", "name": "x", "deployed_version": {}, "all_changes_deployed": true}`, `action "x" has no code`},
		{"actions that are no list", `{"actions": {}, "total": 0}`, "actions: want a list, got an object"},
		{"a hook in a list that is no object", `{"hooks": [{"name": "h", "script": "x();", "triggerId": "send-phone-message"}, 3]}`, "hooks[1]: want an object, got a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := writeTree(t, map[string]string{"export.json": tt.json})
			_, err := deploy.Load(filepath.Join(root, "export.json"), deploy.Options{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
