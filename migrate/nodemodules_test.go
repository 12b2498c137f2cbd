package migrate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAHookThatRequiresAnInstalledPackageMigratesBesideIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pkg := filepath.Join(dir, "node_modules", "greet")
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "index.js"), []byte(`module.exports = function (n) { return 'hi ' + n; };`), 0o644))
	hook := []byte("const greet = require('greet');\nmodule.exports = function (recipient, text, context, cb) {\n  cb(null, {said: greet(recipient)});\n};\n")

	res, err := Migrate(hook, Options{Name: "hook.js", Dir: dir})
	require.NoError(t, err)
	assert.Contains(t, string(res.Code), "require('greet')")
	assert.Empty(t, res.Failure)

	_, err = Migrate(hook, Options{Name: "hook.js"})
	require.Error(t, err, "without its folder the hook cannot load the package")
	assert.Contains(t, err.Error(), "Cannot find module 'greet'")
}
