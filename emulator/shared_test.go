package emulator_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

func TestASharedModuleCanBeRequiredAtTheTopOfAnAction(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "greeting.js"), []byte(`module.exports = {hello: (n) => 'hello ' + n};`), 0o600))
	em := emulator.New(emulator.Config{SharedModulesDir: dir})
	tests := []struct {
		name, src, want string
	}{
		{"a top-level require of actions:NAME", `const greeting = require('actions:greeting');
exports.onExecuteSendPhoneMessage = async (event) => greeting.hello(event.user.name);`, `"hello Billie Magnusson"`},
		{"a top-level use of fetch", `const f = typeof fetch;
exports.onExecuteSendPhoneMessage = async () => f;`, `"function"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			hook, err := em.Load("action.js", []byte(tt.src))
			require.NoError(t, err)
			require.Equal(t, emulator.KindAction, hook.Kind)
			r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload()})
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
			assert.JSONEq(t, tt.want, string(r.Response.(json.RawMessage)))
		})
	}
}

func TestAHookStillCannotUseWhatOnlyActionsHave(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{SharedModulesDir: t.TempDir()})
	_, err := em.Load("hook.js", []byte(`const g = require('actions:greeting');
module.exports = function (r, t, c, cb) { cb(); };`))
	var loadErr *emulator.LoadError
	require.ErrorAs(t, err, &loadErr)
	assert.Contains(t, loadErr.Message, "exist only for Actions")
	assert.Equal(t, 1, loadErr.Line)
	assert.Equal(t, 18, loadErr.Column, "the column of the call in the user's file, not in hookemu's wrapper")

	hook, err := em.Load("hook.js", []byte(`const f = typeof fetch;
module.exports = function (r, t, c, cb) { cb(null, f); };`))
	require.NoError(t, err)
	assert.Equal(t, emulator.KindHook, hook.Kind)
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload()})
	assert.JSONEq(t, `"undefined"`, string(r.Response.(json.RawMessage)))
}

func TestAFolderOfSharedModulesThatIsNotThereIsALoadError(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "file.js")
	require.NoError(t, os.WriteFile(file, []byte(`x`), 0o600))
	for name, dir := range map[string]string{"a folder that does not exist": filepath.Join(t.TempDir(), "nope"), "a file": file} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			em := emulator.New(emulator.Config{SharedModulesDir: dir})
			_, err := em.Load("action.js", []byte(`exports.onExecuteSendPhoneMessage = async () => {};`))
			var loadErr *emulator.LoadError
			require.ErrorAs(t, err, &loadErr)
			assert.Contains(t, loadErr.Error(), dir)
			assert.Contains(t, loadErr.Error(), "--actions-dir")
		})
	}
}
