package check

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequiresOfInstalledPackagesAreCheckedWhereTheHookLooks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"node_modules/left-pad/package.json": `{"name": "left-pad", "version": "1.3.0"}`,
		"node_modules/left-pad/index.js":     `module.exports = function (s) { return s; };`,
		"node_modules/esm-only/package.json": `{"name": "esm-only", "type": "module", "main": "index.js"}`,
		"node_modules/esm-only/index.js":     `export default 1;`,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	tests := []struct {
		name, spec string
		status     Status
		message    string
	}{
		{"an installed package passes, naming what runs", "left-pad", Pass, "left-pad is installed: hookemu runs the real package (/node_modules/left-pad/index.js); Auth0 needs it among the Action's dependencies"},
		{"an installed version passes", "left-pad@1.3.0", Pass, "left-pad is installed"},
		{"a version not installed names the one that is", "left-pad@1.1.0", Fail, "installed is left-pad 1.3.0 (/node_modules/left-pad), not 1.1.0"},
		{"an ES-module-only package fails saying why", "esm-only", Fail, "esm-only is an ES module only"},
		{"a package not installed says how to install it", "right-pad", Fail, "hookemu does not emulate right-pad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code := "const m = require('" + tt.spec + "');\nexports.onExecuteSendPhoneMessage = async (event, api) => {};\n"
			rep := Run(context.Background(), Options{Name: "action.js", Source: []byte(code), Emulator: testEmulator(), Dir: dir})
			var found *Check
			for i := range rep.Checks {
				if rep.Checks[i].Name == "require "+tt.spec {
					found = &rep.Checks[i]
				}
			}
			require.NotNil(t, found, "%+v", rep.Checks)
			assert.Equal(t, tt.status, found.Status, found.Message)
			assert.Contains(t, found.Message, tt.message)
		})
	}
}
