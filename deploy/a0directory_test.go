package deploy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

var a0dir = filepath.Join("testdata", "a0dir")

func TestA0DirectoryReadsEveryEntryAfterKeywordReplacement(t *testing.T) {
	t.Parallel()
	a, err := deploy.Load(a0dir, configured)
	require.NoError(t, err)
	assert.Equal(t, deploy.FormatA0Directory, a.Format)
	assert.Equal(t, []string{"cpp slack", "post-login", "sms-8x8", "sms-hook"}, names(a), "actions, then hooks, files in name order")

	t.Run("an action has its code, runtime, trigger, dependencies and secrets", func(t *testing.T) {
		t.Parallel()
		e := entry(t, a, "sms-8x8")
		assert.Equal(t, deploy.KindAction, e.Kind)
		assert.Equal(t, "actions/sms-8x8.json", e.Source)
		assert.Equal(t, filepath.Join(a0dir, "actions", "sms-8x8", "code.js"), e.CodePath)
		assert.Equal(t, "node18", e.Runtime, "node18-actions reads as node18")
		assert.Equal(t, deploy.Trigger{ID: "send-phone-message", Version: "v2"}, e.Trigger)
		assert.Equal(t, []deploy.Dependency{{Name: "axios", Version: "1.7.9"}}, e.Dependencies)
		assert.Equal(t, []deploy.Secret{
			{Name: "API_KEY"},
			{Name: "SENDER", Value: "Acme", HasValue: true},
			{Name: "REGION"},
		}, e.Secrets, "absent and unreplaced values are no values; a replaced keyword is one")
		assert.True(t, e.Deployed)
		assert.Contains(t, string(e.Code), `const BASE_URL = 'https://sms.8x8.com';`)
		assert.Contains(t, string(e.Code), `const SUBACCOUNTS = ["acme-otp","acme-backup"];`)
		assert.Empty(t, deploy.UnreplacedKeywords(e.Code))
	})
	t.Run("a code path written with backslashes and spaces is found, and modules are named", func(t *testing.T) {
		t.Parallel()
		e := entry(t, a, "cpp slack")
		assert.Equal(t, filepath.Join(a0dir, "actions", "cpp slack", "code.js"), e.CodePath)
		assert.Contains(t, string(e.Code), "`dev: ${event.notification.as_text}`")
		assert.Equal(t, []string{"slack-helpers"}, e.Modules)
		assert.Equal(t, deploy.Trigger{ID: "custom-phone-provider", Version: "v1"}, e.Trigger)
		assert.False(t, e.Deployed)
	})
	t.Run("a hook is named as a0deploy names it, with its script relative to hooks/", func(t *testing.T) {
		t.Parallel()
		e := entry(t, a, "sms-hook")
		assert.Equal(t, deploy.KindHook, e.Kind)
		assert.Equal(t, "hooks/SMS-Hook.json", e.Source)
		assert.Equal(t, filepath.Join(a0dir, "hooks", "SMS-Hook.js"), e.CodePath)
		assert.Equal(t, deploy.Trigger{ID: "send-phone-message"}, e.Trigger)
		assert.True(t, e.Enabled)
		assert.Empty(t, e.Runtime, "a hook's runtime is the tenant's")
		assert.Equal(t, []deploy.Dependency{{Name: "aws-sdk", Version: "2.662.0"}}, e.Dependencies)
		assert.Equal(t, []deploy.Secret{{Name: "AWS_ACCESS_KEY_ID"}, {Name: "AWS_REGION", Value: "eu-west-1", HasValue: true}}, e.Secrets,
			"_VALUE_NOT_SHOWN_ is no value")
		assert.Contains(t, string(e.Code), "region: 'eu-west-1'")
	})
	t.Run("bindings, the phone provider and the tenant runtime are read", func(t *testing.T) {
		t.Parallel()
		assert.Equal(t, map[string][]string{
			"post-login":            {"post-login"},
			"send-phone-message":    {"sms-8x8"},
			"custom-phone-provider": {},
		}, a.Bindings)
		assert.Equal(t, &deploy.PhoneProvider{Name: "custom", DeliveryMethods: []string{"text", "voice"}}, a.PhoneProvider)
		assert.Equal(t, "node22", a.TenantRuntime, `sandbox_version "22" reads as node22`)
	})
	t.Run("one note says exports hold no secret values", func(t *testing.T) {
		t.Parallel()
		assert.Equal(t, 1, countNotes(a, secretsNote))
		assert.Equal(t, 1, countNotes(a, "--secrets-file"))
	})
}

func TestA0DirectoryKeywordsComeFromTheEnvironmentToo(t *testing.T) {
	t.Parallel()
	t.Run("without mappings the markers stay and are reported", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(a0dir, deploy.Options{})
		require.NoError(t, err)
		e := entry(t, a, "sms-8x8")
		assert.Equal(t, []string{"##SMS_BASE_URL##", "@@SMS_SUBACCOUNTS@@"}, deploy.UnreplacedKeywords(e.Code))
		assert.Equal(t, []deploy.Secret{{Name: "API_KEY"}, {Name: "SENDER"}, {Name: "REGION"}}, e.Secrets)
	})
	t.Run("an environment variable overrides the config's mapping, in code and in JSON", func(t *testing.T) {
		t.Parallel()
		opts := configured
		opts.Getenv, opts.Environ = env(map[string]string{"SMS_BASE_URL": "https://env.example", "SMS_SENDER": "FromEnv"})
		a, err := deploy.Load(a0dir, opts)
		require.NoError(t, err)
		e := entry(t, a, "sms-8x8")
		assert.Contains(t, string(e.Code), "'https://env.example'")
		assert.Contains(t, e.Secrets, deploy.Secret{Name: "SENDER", Value: "FromEnv", HasValue: true})
	})
	t.Run("the mappings variable's JSON is read through Getenv", func(t *testing.T) {
		t.Parallel()
		getenv, _ := env(map[string]string{"AUTH0_KEYWORD_REPLACE_MAPPINGS": `{"SMS_BASE_URL": "https://json.example"}`})
		a, err := deploy.Load(a0dir, deploy.Options{Getenv: getenv})
		require.NoError(t, err)
		assert.Contains(t, string(entry(t, a, "sms-8x8").Code), "'https://json.example'")
	})
}

func TestA0DirectoryRefusesHostileFiles(t *testing.T) {
	t.Parallel()
	action := func(code string) string {
		return `{"name": "x", "code": "` + code + `", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}]}`
	}
	tests := []struct {
		name  string
		files map[string]string
		link  [2]string // a symlink to make: name in the tree -> target
		want  string
	}{
		{"a device as code is refused before a byte is read", map[string]string{"actions/x.json": action("/dev/zero")}, [2]string{}, "not a regular file"},
		{"a link to a device is refused", map[string]string{"actions/x.json": action("./actions/x/code.js")}, [2]string{"actions/x/code.js", "/dev/zero"}, "not a regular file"},
		{"a folder as code is refused", map[string]string{"actions/x.json": action("./actions"), "actions/y.js": ""}, [2]string{}, "not a regular file"},
		{"a code file that is missing says where it was looked for", map[string]string{"actions/x.json": action("./actions/x/missing.js")}, [2]string{}, "relative to"},
		{"an absolute code path that is missing names it", map[string]string{"actions/x.json": action("/no/such/code.js")}, [2]string{}, "/no/such/code.js"},
		{"an action without code is refused", map[string]string{"actions/x.json": `{"name": "x"}`}, [2]string{}, "declares no code"},
		{"a hook without a name is refused", map[string]string{"hooks/x.json": `{"script": "./x.js"}`, "hooks/x.js": ""}, [2]string{}, "needs a name"},
		{"a file where the actions folder should be is refused", map[string]string{"actions": "", "hooks/x.json": "{}"}, [2]string{}, "should be a folder"},
		{"broken JSON is placed by file and line", map[string]string{"actions/x.json": "{\n\"name\": \"x\",\n}"}, [2]string{}, "actions/x.json:3: not valid JSON"},
		{"a field of the wrong type is named with what it should be", map[string]string{"actions/x.json": "{\n\"name\": \"x\",\n\"dependencies\": \"axios\"}"}, [2]string{}, "actions/x.json:3: dependencies: want a list, got text"},
		{"secrets left as an array marker are refused with what to do", map[string]string{"actions/x.json": `{"name": "x", "code": "./x.js", "secrets": "@@SECRETS@@"}`}, [2]string{}, "AUTH0_KEYWORD_REPLACE_MAPPINGS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := writeTree(t, tt.files)
			if tt.link[0] != "" {
				link := filepath.Join(root, filepath.FromSlash(tt.link[0]))
				require.NoError(t, os.MkdirAll(filepath.Dir(link), 0o755))
				require.NoError(t, os.Symlink(tt.link[1], link))
			}
			_, err := deploy.Load(root, deploy.Options{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "deploy.", "no Go symbol reaches the user")
		})
	}
	t.Run("a code file over the limit is refused", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{"actions/x.json": action("./big.js")})
		f, err := os.Create(filepath.Join(root, "big.js"))
		require.NoError(t, err)
		require.NoError(t, f.Truncate(5<<20))
		require.NoError(t, f.Close())
		_, err = deploy.Load(root, deploy.Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "too large")
	})
	t.Run("a metadata file over the limit is refused", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{"hooks/x.json": `{"name": "x", "script": "` + strings.Repeat("a", 5<<20) + `"}`})
		_, err := deploy.Load(root, deploy.Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "too large")
	})
	t.Run("a .json name that is no file (a link to a device), .json alone and .JSON are skipped, as a0deploy skips them", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{
			"hooks/keep.json": `{"name": "keep", "script": "./keep.js"}`, "hooks/keep.js": "x",
			"hooks/.json": `{"name": "no-extension-to-node"}`, "hooks/keep.JSON": `{"name": "upper-case"}`,
		})
		require.NoError(t, os.Symlink("/dev/zero", filepath.Join(root, "hooks", "zero.json")))
		a, err := deploy.Load(root, deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, []string{"keep"}, names(a))
	})
}

func TestA0DirectoryNotesPathsOutsideTheFolder(t *testing.T) {
	t.Parallel()
	outside := writeTree(t, map[string]string{"shared.js": "exports.onExecuteSendPhoneMessage = async () => {};"})
	t.Run("a relative path that climbs out is read, with a note, as a0deploy only warns", func(t *testing.T) {
		t.Parallel()
		parent := writeTree(t, map[string]string{
			"export/actions/x.json": `{"name": "x", "code": "../shared.js", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}]}`,
			"shared.js":             "ok",
		})
		a, err := deploy.Load(filepath.Join(parent, "export"), deploy.Options{})
		require.NoError(t, err)
		assert.Equal(t, "ok", string(entry(t, a, "x").Code))
		assert.Equal(t, 1, countNotes(a, `code "../shared.js" is outside the config folder`))
	})
	t.Run("a link inside the folder to a file outside is read, with a note", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{
			"actions/x.json": `{"name": "x", "code": "./actions/x/code.js", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}]}`,
		})
		require.NoError(t, os.MkdirAll(filepath.Join(root, "actions", "x"), 0o755))
		require.NoError(t, os.Symlink(filepath.Join(outside, "shared.js"), filepath.Join(root, "actions", "x", "code.js")))
		a, err := deploy.Load(root, deploy.Options{})
		require.NoError(t, err)
		assert.Contains(t, string(entry(t, a, "x").Code), "onExecuteSendPhoneMessage")
		assert.Equal(t, 1, countNotes(a, "is a link to"))
	})
	t.Run("a path inside gives no note", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(a0dir, configured)
		require.NoError(t, err)
		assert.Zero(t, countNotes(a, "outside"))
	})
}

func TestAJSONErrorAfterReplacementQuotesNoCharacterOfAValue(t *testing.T) {
	t.Parallel()
	root := writeTree(t, map[string]string{
		"actions/sms.json":    `{"name": "sms", "code": "./actions/sms/code.js", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}], "secrets": [{"name": "K", "value": ##SMS_KEY##}]}`,
		"actions/sms/code.js": "exports.onExecuteSendPhoneMessage = async () => {};",
	})
	opts := deploy.Options{
		Getenv:  func(string) string { return "" },
		Environ: func() []string { return []string{"SMS_KEY=zq9-secret-value"} },
	}
	_, err := deploy.Load(root, opts)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "an unexpected character")
	assert.NotContains(t, err.Error(), "'z'", "the character Go's error quotes is the secret's first")
	assert.Contains(t, err.Error(), "sms.json:1", "the line says where to look")
}
