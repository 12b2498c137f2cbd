package deploy_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

func TestDetectTellsFormatsByWhatTheyHold(t *testing.T) {
	t.Parallel()
	tf := writeTree(t, map[string]string{"main.tf": `resource "auth0_action" "x" {}`})
	tfJSON := writeTree(t, map[string]string{"main.tf.json": `{}`})
	yml := writeTree(t, map[string]string{"tenant.yml": "hooks: []"})
	onlyTriggers := writeTree(t, map[string]string{"triggers/triggers.json": "{}"})
	loose := writeTree(t, map[string]string{
		"hook.js":        "module.exports = function () {};",
		"package.json":   `{"name": "x", "version": "1.0.0"}`,
		"inline.json":    `{"name": "x", "code": "exports.onExecuteSendPhoneMessage = async () => {};"}`,
		"hook-api.json":  `{"name": "x", "script": "module.exports = function (a, b, c, cb) {\n cb();\n};", "triggerId": "send-phone-message"}`,
		"list.json":      `[1, 2]`,
		"a0-hook.json":   `{"name": "x", "script": "./x.js", "triggerId": "send-phone-message"}`,
		"a0-action.json": `{"name": "x", "code": "./actions/x/code.js", "supported_triggers": []}`,
	})
	tests := []struct {
		name   string
		path   string
		format deploy.Format
	}{
		{"a directory export is the directory format", a0dir, deploy.FormatA0Directory},
		{"a folder with only triggers/ is the directory format", onlyTriggers, deploy.FormatA0Directory},
		{"a folder with tenant.yaml is the YAML format, though its export has actions/ beside it", filepath.Join("testdata", "a0yaml"), deploy.FormatA0YAML},
		{"a folder with tenant.yml is the YAML format", yml, deploy.FormatA0YAML},
		{"tenant.yaml itself is the YAML format", filepath.Join("testdata", "a0yaml", "tenant.yaml"), deploy.FormatA0YAML},
		{"a folder with .tf files is Terraform", tf, deploy.FormatTerraform},
		{"a folder with .tf.json files is Terraform", tfJSON, deploy.FormatTerraform},
		{"a Terraform folder keeping its code in actions/ is Terraform", filepath.Join("testdata", "terraform", "basic"), deploy.FormatTerraform},
		{"a Terraform folder keeping its scripts in hooks/ is Terraform", filepath.Join("testdata", "terraform", "hooks"), deploy.FormatTerraform},
		{"an action file naming its code file is a0deploy JSON", filepath.Join(a0dir, "actions", "sms-8x8.json"), deploy.FormatA0JSON},
		{"a hook file naming its script is a0deploy JSON", filepath.Join(a0dir, "hooks", "SMS-Hook.json"), deploy.FormatA0JSON},
		{"the same outside an actions folder is a0deploy JSON too", filepath.Join(loose, "a0-action.json"), deploy.FormatA0JSON},
		{"a hook file outside hooks/ naming its script is a0deploy JSON", filepath.Join(loose, "a0-hook.json"), deploy.FormatA0JSON},
		{"an action with a deployed_version is Management API JSON", filepath.Join("testdata", "management", "action.json"), deploy.FormatManagement},
		{"an action never deployed, with inline code, is Management API JSON", filepath.Join("testdata", "management", "action-never-deployed.json"), deploy.FormatManagement},
		{"an action with inline one-line code is Management API JSON", filepath.Join(loose, "inline.json"), deploy.FormatManagement},
		{"a hook with an inline script is Management API JSON", filepath.Join(loose, "hook-api.json"), deploy.FormatManagement},
		{"the list of actions is Management API JSON", filepath.Join("testdata", "management", "actions.json"), deploy.FormatManagement},
		{"an array of hooks is Management API JSON", filepath.Join("testdata", "management", "hooks.json"), deploy.FormatManagement},
		{"hooks with totals are Management API JSON", filepath.Join("testdata", "management", "hooks-totals.json"), deploy.FormatManagement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			format, ok, err := deploy.Detect(tt.path)
			require.NoError(t, err)
			assert.True(t, ok)
			assert.Equal(t, tt.format, format)
		})
	}
	t.Run("a .js file is code to run as it is", func(t *testing.T) {
		t.Parallel()
		_, ok, err := deploy.Detect(filepath.Join(loose, "hook.js"))
		require.NoError(t, err)
		assert.False(t, ok)
	})
	refused := []struct {
		name, path, want string
	}{
		{"a folder with nothing deployable says what a folder must hold", writeTree(t, map[string]string{"README.md": "x"}), "tenant.yaml, or actions/ or hooks/"},
		{"JSON that is neither kind says what it should be", filepath.Join(loose, "package.json"), "neither an a0deploy action or hook file"},
		{"a JSON list that is not hooks is refused", filepath.Join(loose, "list.json"), "neither"},
		{"a missing path is an error", filepath.Join(loose, "missing.json"), "no such file"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, _, err := deploy.Detect(tt.path)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
