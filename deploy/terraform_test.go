package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tfFixtures = "testdata/terraform"

func loadTFFixture(t *testing.T, name string, opts Options) *Artifact {
	t.Helper()
	a, err := loadTerraform(filepath.Join(tfFixtures, name), opts)
	require.NoError(t, err)
	return a
}

func TestLoadTerraformActionWithFile(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "basic", Options{})
	require.Len(t, a.Entries, 1)
	e := a.Entries[0]
	want, err := os.ReadFile(filepath.Join(tfFixtures, "basic/actions/sms.js"))
	require.NoError(t, err)

	t.Run("the code is the file() target's text, and CodePath names it", func(t *testing.T) {
		assert.Equal(t, string(want), string(e.Code))
		assert.Equal(t, filepath.Join(tfFixtures, "basic/actions/sms.js"), e.CodePath)
	})
	t.Run("the name comes from locals that refer to later locals", func(t *testing.T) {
		assert.Equal(t, "sms-8x8", e.Name)
	})
	t.Run("the source is the file and line of the resource block", func(t *testing.T) {
		assert.Equal(t, "main.tf:7", e.Source)
	})
	t.Run("terraform.tfvars overrides a variable's default", func(t *testing.T) {
		assert.Equal(t, "node22", e.Runtime)
	})
	t.Run("trigger, dependencies and deploy are read", func(t *testing.T) {
		assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage, Version: "v2"}, e.Trigger)
		assert.Equal(t, []Dependency{{Name: "axios", Version: "1.7.9"}}, e.Dependencies)
		assert.True(t, e.Deployed)
		assert.Equal(t, KindAction, e.Kind)
	})
	t.Run("a secret from an unset variable has no value, one from a default or tfvars has", func(t *testing.T) {
		assert.Equal(t, []Secret{
			{Name: "API_KEY"},
			{Name: "BASE_URL", Value: "https://sms.example.test", HasValue: true},
			{Name: "SENDER", Value: "Acme", HasValue: true},
		}, e.Secrets)
		require.Len(t, a.Notes, 1)
		assert.Contains(t, a.Notes[0], "API_KEY")
		assert.Contains(t, a.Notes[0], "--var sms_api_key=VALUE")
	})
	t.Run("a binding to auth0_action.sms.id names the action", func(t *testing.T) {
		assert.Equal(t, map[string][]string{TriggerSendPhoneMessage: {"sms-8x8"}}, a.Bindings)
	})
}

func TestLoadTerraformVariablePrecedence(t *testing.T) {
	t.Parallel()
	varFile := filepath.Join(t.TempDir(), "prod.tfvars")
	require.NoError(t, os.WriteFile(varFile, []byte("runtime = \"node16\"\nsender = \"FromFile\"\n"), 0o600))
	env := []string{"TF_VAR_sender=FromEnv", "TF_VAR_sms_api_key=env-key", "TF_VAR_provider_base_url=https://env.example.test"}
	environ := func() []string { return env }

	tests := []struct {
		name        string
		opts        Options
		runtime     string
		secretValue map[string]string
	}{
		{
			name:        "TF_VAR_ overrides a default but terraform.tfvars overrides TF_VAR_",
			opts:        Options{Environ: environ},
			runtime:     "node22",
			secretValue: map[string]string{"API_KEY": "env-key", "BASE_URL": "https://env.example.test", "SENDER": "Acme"},
		},
		{
			name:        "Getenv alone is asked for TF_VAR_ of each declared variable",
			opts:        Options{Getenv: func(k string) string { return map[string]string{"TF_VAR_sms_api_key": "getenv-key"}[k] }},
			runtime:     "node22",
			secretValue: map[string]string{"API_KEY": "getenv-key", "BASE_URL": "https://sms.example.test", "SENDER": "Acme"},
		},
		{
			name:        "a -var-file overrides terraform.tfvars",
			opts:        Options{VarFiles: []string{varFile}},
			runtime:     "node16",
			secretValue: map[string]string{"BASE_URL": "https://sms.example.test", "SENDER": "FromFile"},
		},
		{
			name:        "a -var overrides every file",
			opts:        Options{VarFiles: []string{varFile}, Vars: map[string]string{"runtime": "node18", "sms_api_key": "cli-key"}},
			runtime:     "node18",
			secretValue: map[string]string{"API_KEY": "cli-key", "BASE_URL": "https://sms.example.test", "SENDER": "FromFile"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := loadTFFixture(t, "basic", tc.opts)
			e := a.Entries[0]
			assert.Equal(t, tc.runtime, e.Runtime)
			got := map[string]string{}
			for _, s := range e.Secrets {
				if s.HasValue {
					got[s.Name] = s.Value
				}
			}
			assert.Equal(t, tc.secretValue, got)
		})
	}
}

func TestLoadTerraformHeredocIsATemplate(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "heredoc", Options{})
	require.Len(t, a.Entries, 1)
	e := a.Entries[0]
	want := "exports.onExecuteSendPhoneMessage = async (event) => {\n" +
		"  const text = `Your code: ${event.message_options.code}`;\n" +
		"  console.log(text, \"greeted\");\n" +
		"};\n"
	t.Run("interpolations and directives are evaluated, $${ is a literal ${ and <<- strips the indent", func(t *testing.T) {
		assert.Equal(t, want, string(e.Code))
	})
	t.Run("inline code has no CodePath, and no runtime when none is named", func(t *testing.T) {
		assert.Empty(t, e.CodePath)
		assert.Empty(t, e.Runtime)
	})
	t.Run("a configuration without trigger resources holds no bindings", func(t *testing.T) {
		assert.Nil(t, a.Bindings)
	})
}

func TestLoadTerraformCustomPhoneProvider(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "custom", Options{})
	require.Len(t, a.Entries, 1)
	e := a.Entries[0]
	t.Run("the action's custom-phone-provider trigger and its code from a path relative to the module", func(t *testing.T) {
		assert.Equal(t, Trigger{ID: TriggerCustomPhoneProvider, Version: "v1"}, e.Trigger)
		assert.Contains(t, string(e.Code), "onExecuteCustomPhoneProvider")
		assert.Equal(t, filepath.Join(tfFixtures, "custom/actions/custom.js"), e.CodePath)
	})
	t.Run("node18-actions reads as node18", func(t *testing.T) {
		assert.Equal(t, "node18", e.Runtime)
	})
	t.Run("a secret from another resource has no value and is no error", func(t *testing.T) {
		assert.Equal(t, []Secret{{Name: "WEBHOOK_URL"}}, e.Secrets)
		require.Len(t, a.Notes, 1)
		assert.Contains(t, a.Notes[0], "auth0_client.sms")
	})
	t.Run("auth0_trigger_action binds the action", func(t *testing.T) {
		assert.Equal(t, map[string][]string{TriggerCustomPhoneProvider: {"custom-sms"}}, a.Bindings)
	})
	t.Run("the phone provider and its delivery methods are read", func(t *testing.T) {
		assert.Equal(t, &PhoneProvider{Name: "custom", DeliveryMethods: []string{"text", "voice"}}, a.PhoneProvider)
	})
	t.Run("the tenant's sandbox_version 22 is node22", func(t *testing.T) {
		assert.Equal(t, "node22", a.TenantRuntime)
	})
}

func TestLoadTerraformHook(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "hooks", Options{})
	require.Len(t, a.Entries, 1)
	e := a.Entries[0]
	assert.Equal(t, KindHook, e.Kind)
	assert.Equal(t, "sms-hook", e.Name)
	assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage}, e.Trigger)
	assert.True(t, e.Enabled)
	assert.Equal(t, filepath.Join(tfFixtures, "hooks/hooks/sms.js"), e.CodePath)
	assert.Equal(t, []Dependency{{Name: "aws-sdk", Version: "2.662.0"}, {Name: "request", Version: "2.88.2"}}, e.Dependencies)
	assert.Equal(t, []Secret{{Name: "API_KEY", Value: "from-default", HasValue: true}, {Name: "TOKEN"}}, e.Secrets)
}

func TestLoadTerraformJSONSyntax(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "json", Options{})
	require.Len(t, a.Entries, 1)
	e := a.Entries[0]
	assert.Equal(t, "json-sms", e.Name)
	assert.Equal(t, "main.tf.json:7", e.Source)
	assert.Equal(t, "exports.onExecuteSendPhoneMessage = async () => { console.log('v2'); };", string(e.Code))
	assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage, Version: "v2"}, e.Trigger)
	assert.Equal(t, []Secret{{Name: "API_KEY", Value: "literal", HasValue: true}}, e.Secrets)
}

func TestLoadTerraformForEachAndDynamicBlocks(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "foreach", Options{})
	byName := map[string]Entry{}
	for _, e := range a.Entries {
		byName[e.Name] = e
	}
	require.Len(t, byName, 3)
	t.Run("each map element of for_each is an action named by each.key", func(t *testing.T) {
		assert.Equal(t, Trigger{ID: TriggerCustomPhoneProvider, Version: "v1"}, byName["cpp"].Trigger)
		assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage, Version: "v2"}, byName["sms-a"].Trigger, "optional() default applies")
		assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage, Version: "v1"}, byName["sms-b"].Trigger)
	})
	t.Run("templatefile renders the template with its variables", func(t *testing.T) {
		assert.Equal(t, "// sms-a\nexports.onExecuteSendPhoneMessage = async (event) => {\n  console.log(`${event.message_options.recipient}`);\n};\n", string(byName["sms-a"].Code))
	})
	t.Run("dynamic secrets blocks expand", func(t *testing.T) {
		assert.Equal(t, []Secret{{Name: "KEY", Value: "b", HasValue: true}, {Name: "OTHER", Value: "c", HasValue: true}}, byName["sms-b"].Secrets)
		assert.Empty(t, byName["cpp"].Secrets)
	})
	t.Run("a dynamic actions block binds auth0_action.phone[key]", func(t *testing.T) {
		assert.Equal(t, map[string][]string{TriggerSendPhoneMessage: {"sms-a", "sms-b"}}, a.Bindings)
	})
}

func TestLoadDetectsTerraformFilesAndFolders(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"heredoc", "json", "foreach", "basic/main.tf", "json/main.tf.json"} {
		t.Run(path+" loads as Terraform", func(t *testing.T) {
			t.Parallel()
			a, err := Load(filepath.Join(tfFixtures, path), Options{})
			require.NoError(t, err)
			assert.Equal(t, FormatTerraform, a.Format)
			assert.Equal(t, filepath.Join(tfFixtures, path), a.Path)
			assert.NotEmpty(t, a.PhoneEntries())
		})
	}
}

func TestLoadTerraformFollowsLocalModules(t *testing.T) {
	t.Parallel()
	a := loadTFFixture(t, "modules", Options{})
	require.Len(t, a.Entries, 2)
	sms, cpp := a.Entries[0], a.Entries[1]
	t.Run("each call of a local module gives its entries, named by the module's file", func(t *testing.T) {
		assert.Equal(t, "sms-from-module", sms.Name)
		assert.Equal(t, "modules/action/main.tf:19", sms.Source)
		assert.Equal(t, Trigger{ID: TriggerSendPhoneMessage, Version: "v2"}, sms.Trigger)
		assert.Equal(t, "cpp-from-module", cpp.Name)
		assert.Equal(t, Trigger{ID: TriggerCustomPhoneProvider, Version: "v1"}, cpp.Trigger)
	})
	t.Run("path.module is the module's folder, file() relative to the root", func(t *testing.T) {
		assert.Equal(t, filepath.Join(tfFixtures, "modules/modules/action/code.js"), sms.CodePath)
		assert.Contains(t, string(sms.Code), "onExecuteSendPhoneMessage")
	})
	t.Run("inputs come from the caller's variables; a null default leaves the secret without value", func(t *testing.T) {
		assert.Equal(t, []Secret{{Name: "API_KEY", Value: "root-key", HasValue: true}}, sms.Secrets)
		assert.Equal(t, []Secret{{Name: "API_KEY"}}, cpp.Secrets)
	})
	t.Run("a binding to a module output names the module's action", func(t *testing.T) {
		assert.Equal(t, map[string][]string{TriggerSendPhoneMessage: {"sms-from-module"}}, a.Bindings)
	})
	t.Run("a registry module is noted, not read", func(t *testing.T) {
		var notes []string
		for _, n := range a.Notes {
			if strings.Contains(n, `module "remote"`) {
				notes = append(notes, n)
			}
		}
		require.Len(t, notes, 1)
		assert.Contains(t, notes[0], "not a local folder")
	})
}

func TestLoadTerraformModuleCallsAreBounded(t *testing.T) {
	t.Parallel()
	dir := tfConfig(t, map[string]string{
		"main.tf":   "module \"a\" {\n  source = \"./a\"\n}\n",
		"a/main.tf": "module \"again\" {\n  source = \"../\"\n}\n" + tfAction(`"x"`),
	})
	a, err := loadTerraform(dir, Options{})
	require.NoError(t, err)
	require.Len(t, a.Entries, 1)
	require.Len(t, a.Notes, 1)
	assert.Contains(t, a.Notes[0], "calls itself")
}
