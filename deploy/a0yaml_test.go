package deploy_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

var a0yaml = filepath.Join("testdata", "a0yaml")

func TestA0YAMLReadsTenantYAMLAfterKeywordReplacement(t *testing.T) {
	t.Parallel()
	opts := configured
	opts.Getenv, opts.Environ = env(map[string]string{"SMS_API_KEY": "from-env"})
	a, err := deploy.Load(a0yaml, opts)
	require.NoError(t, err)
	assert.Equal(t, deploy.FormatA0YAML, a.Format)
	assert.Equal(t, []string{"sms-8x8", "post-login", "sms-hook"}, names(a))

	t.Run("an action's code is relative to the yaml's folder, after replacement", func(t *testing.T) {
		t.Parallel()
		e := entry(t, a, "sms-8x8")
		assert.Equal(t, "tenant.yaml:19", e.Source)
		assert.Equal(t, filepath.Join(a0yaml, "actions", "sms-8x8", "code.js"), e.CodePath)
		assert.Contains(t, string(e.Code), `console.log('dev', ["acme-otp","acme-backup"], to);`)
		assert.Equal(t, "node22", e.Runtime)
		assert.True(t, e.Deployed)
		assert.Equal(t, deploy.Trigger{ID: "send-phone-message", Version: "v2"}, e.Trigger)
		assert.Equal(t, []deploy.Secret{{Name: "API_KEY", Value: "from-env", HasValue: true}, {Name: "SENDER"}}, e.Secrets)
	})
	t.Run("versions written as YAML numbers stay as written", func(t *testing.T) {
		t.Parallel()
		assert.Equal(t, []deploy.Dependency{{Name: "axios", Version: "1.10"}}, entry(t, a, "sms-8x8").Dependencies)
		assert.Equal(t, []deploy.Dependency{{Name: "lodash", Version: "4.10"}, {Name: "aws-sdk", Version: "2.662.0"}}, entry(t, a, "sms-hook").Dependencies,
			"a hook's dependencies keep their order")
	})
	t.Run("a hook's script is relative to the yaml's folder, not hooks/", func(t *testing.T) {
		t.Parallel()
		e := entry(t, a, "sms-hook")
		assert.Equal(t, filepath.Join(a0yaml, "hooks", "sms-hook.js"), e.CodePath)
		assert.Contains(t, string(e.Code), "env: 'dev'")
		assert.True(t, e.Enabled)
		assert.Equal(t, []deploy.Secret{{Name: "API_KEY", Value: "from-env", HasValue: true}, {Name: "REGION"}}, e.Secrets)
	})
	t.Run("bindings, the phone provider and the tenant runtime are read", func(t *testing.T) {
		t.Parallel()
		assert.Equal(t, map[string][]string{"send-phone-message": {"sms-8x8"}}, a.Bindings)
		assert.Equal(t, &deploy.PhoneProvider{Name: "twilio", Disabled: true, DeliveryMethods: []string{"text"}}, a.PhoneProvider)
		assert.Equal(t, "node18", a.TenantRuntime)
		assert.Equal(t, 1, countNotes(a, secretsNote))
	})
	t.Run("the yaml file itself reads as its folder does", func(t *testing.T) {
		t.Parallel()
		b, err := deploy.Load(filepath.Join(a0yaml, "tenant.yaml"), opts)
		require.NoError(t, err)
		assert.Equal(t, a.Entries, b.Entries)
	})
}

func TestA0YAMLPathsFollowAUTH0_BASE_PATH(t *testing.T) {
	t.Parallel()
	config := writeTree(t, map[string]string{"tenant.yaml": "hooks:\n  - name: h\n    script: ./code/h.js\n    triggerId: send-phone-message\n"})
	code := writeTree(t, map[string]string{"code/h.js": "from the base path"})
	getenv, _ := env(map[string]string{"AUTH0_BASE_PATH": code})
	a, err := deploy.Load(config, deploy.Options{Getenv: getenv})
	require.NoError(t, err)
	assert.Equal(t, "from the base path", string(entry(t, a, "h").Code))

	_, err = deploy.Load(config, deploy.Options{})
	require.Error(t, err, "without it the yaml's folder is the base, which lacks the file")
	assert.Contains(t, err.Error(), "relative to "+config)
}

func TestA0YAMLKeywordsAndYAMLFeatures(t *testing.T) {
	t.Parallel()
	root := writeTree(t, map[string]string{
		"tenant.yaml": `
base: &base
  runtime: node16
  supported_triggers: [{ id: send-phone-message, version: v2 }]
actions:
  - <<: *base
    name: merged
    code: ./a.js
    secrets: '@@SECRETS@@'
`,
		"a.js": "code",
	})
	getenv, _ := env(map[string]string{"AUTH0_KEYWORD_REPLACE_MAPPINGS": `{"SECRETS": [{"name": "A", "value": "v"}, {"name": "B"}]}`})
	a, err := deploy.Load(root, deploy.Options{Getenv: getenv})
	require.NoError(t, err)
	e := entry(t, a, "merged")
	assert.Equal(t, "node16", e.Runtime, "a merge key (<<) adds the anchored keys")
	assert.Equal(t, deploy.Trigger{ID: "send-phone-message", Version: "v2"}, e.Trigger)
	assert.Equal(t, []deploy.Secret{{Name: "A", Value: "v", HasValue: true}, {Name: "B"}}, e.Secrets,
		"an @@ marker in quotes becomes the list it maps to")
}

func TestA0YAMLRefusesHostileFiles(t *testing.T) {
	t.Parallel()
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i, prev := 1, "a"; i < 9; i++ {
		name := string(rune('a' + i))
		bomb += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	tests := []struct {
		name, yaml, want string
	}{
		{"an alias bomb in a section hookemu reads is refused", bomb + "actions: *i\n", "aliases expand this file past"},
		{"an alias inside the value it names is refused", "actions: &x [name: a, *x]\n", "alias"},
		{"a duplicated key is refused as js-yaml refuses it", "hooks: []\nhooks: []\n", "appears twice"},
		{"a second document is refused", "hooks: []\n---\nhooks: []\n", "second YAML document"},
		{"broken YAML says so", "hooks: [\n", "not valid YAML"},
		{"a top level that is no mapping is refused", "- a\n- b\n", "want a mapping"},
		{"a section of the wrong type is named with its line", "\nactions: {name: x}\n", "tenant.yaml:2: actions: want a list, got an object"},
		{"a script that is a device is refused", "hooks: [{name: h, script: /dev/zero}]\n", "not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := writeTree(t, map[string]string{"tenant.yaml": tt.yaml})
			_, err := deploy.Load(root, deploy.Options{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	t.Run("an alias bomb in a section hookemu does not read costs nothing", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{"tenant.yaml": bomb + "clients: *i\nhooks: []\n"})
		a, err := deploy.Load(root, deploy.Options{})
		require.NoError(t, err)
		assert.Empty(t, a.Entries)
	})
	t.Run("an empty tenant.yaml holds no entries", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(writeTree(t, map[string]string{"tenant.yaml": "# nothing\n"}), deploy.Options{})
		require.NoError(t, err)
		assert.Empty(t, a.Entries)
		assert.Nil(t, a.Bindings)
	})
}
