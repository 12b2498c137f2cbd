package browsertest_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
)

// module makes a module folder with a package folder inside, and the
// install script when withScript is true; it returns the package folder.
func module(t *testing.T, withScript bool) string {
	t.Helper()
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example\n"), 0o644))
	if withScript {
		require.NoError(t, os.MkdirAll(filepath.Join(root, ".ci"), 0o755))
		program(t, filepath.Join(root, ".ci"), "install-chromium", true)
	}
	pkg := filepath.Join(root, "webui", "e2e")
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	return pkg
}

func TestChromiumIsInstalledOnlyWhereThatIsSafe(t *testing.T) {
	t.Parallel()
	withScript, withoutScript := module(t, true), module(t, false)
	apt := func(string) (string, error) { return "/usr/bin/apt-get", nil }
	noApt := func(string) (string, error) { return "", errors.New("not found") }
	for _, tc := range []struct {
		name string
		env  map[string]string
		root bool
		look func(string) (string, error)
		dir  string
		why  string // empty: the script is run
	}{
		{"a fresh Debian machine run as root gets the module's script", nil, true, apt, withScript, ""},
		{"not as root nothing is installed", nil, false, apt, withScript, "needs root"},
		{"without apt-get nothing is installed", nil, true, noApt, withScript, "no apt-get"},
		{"a chosen browser is not replaced", map[string]string{"HOOKEMU_CHROMIUM": "/opt/chrome"}, true, apt, withScript, "HOOKEMU_CHROMIUM names"},
		{"the user can say no", map[string]string{"HOOKEMU_INSTALL_CHROMIUM": "0"}, true, apt, withScript, "asks not to"},
		{"a module without the script installs nothing", nil, true, apt, withoutScript, "has no .ci/install-chromium"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := browsertest.Machine{Getenv: func(k string) string { return tc.env[k] }, Root: tc.root, LookPath: tc.look, Dir: tc.dir}
			script, err := m.InstallPlan()
			if tc.why != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.why)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, filepath.Join(filepath.Dir(filepath.Dir(tc.dir)), ".ci", "install-chromium"), script)
		})
	}
}
