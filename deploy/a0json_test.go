package deploy_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

func TestA0JSONReadsOneActionOrHookFile(t *testing.T) {
	t.Parallel()
	t.Run("an action file's code is relative to the folder above actions/", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(filepath.Join(a0dir, "actions", "sms-8x8.json"), configured)
		require.NoError(t, err)
		assert.Equal(t, deploy.FormatA0JSON, a.Format)
		require.Len(t, a.Entries, 1)
		e := a.Entries[0]
		assert.Equal(t, "sms-8x8", e.Name)
		assert.Equal(t, "actions/sms-8x8.json", e.Source)
		assert.Equal(t, filepath.Join(a0dir, "actions", "sms-8x8", "code.js"), e.CodePath)
		assert.Contains(t, string(e.Code), "'https://sms.8x8.com'")
		assert.Nil(t, a.Bindings, "one file says nothing of the bindings")
		assert.Nil(t, a.PhoneProvider)
		assert.Empty(t, a.TenantRuntime)
		assert.Equal(t, 1, countNotes(a, secretsNote))
	})
	t.Run("a hook file's script is relative to hooks/", func(t *testing.T) {
		t.Parallel()
		a, err := deploy.Load(filepath.Join(a0dir, "hooks", "SMS-Hook.json"), configured)
		require.NoError(t, err)
		e, err := a.Select("")
		require.NoError(t, err)
		assert.Equal(t, "sms-hook", e.Name)
		assert.Equal(t, filepath.Join(a0dir, "hooks", "SMS-Hook.js"), e.CodePath)
		assert.Contains(t, string(e.Code), "'eu-west-1'")
	})
	t.Run("keywords in the file are replaced before it is read", func(t *testing.T) {
		t.Parallel()
		root := writeTree(t, map[string]string{
			"actions/x.json": `{"name": "##NAME##", "code": "./actions/x.js", "supported_triggers": [{"id": "send-phone-message", "version": "v2"}]}`,
			"actions/x.js":   "",
		})
		getenv, environ := env(map[string]string{"NAME": "from-env"})
		a, err := deploy.Load(filepath.Join(root, "actions", "x.json"), deploy.Options{Getenv: getenv, Environ: environ})
		require.NoError(t, err)
		assert.Equal(t, "from-env", a.Entries[0].Name)
	})
}
