package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Not parallel: the folder reaches the workers through the environment.
func TestHookemuTestWritesAProfileOfItselfAndOfEachWorkerWhenAsked(t *testing.T) {
	profiles := t.TempDir()
	t.Setenv(profileDirEnv, profiles)
	dir := writeTree(t, map[string]string{
		"hook.js":         starterHook,
		"a.scenario.yaml": "hook: hook.js\n",
		"b.scenario.yaml": "hook: hook.js\n",
	})
	code, stdout, stderr := hookemuTest(t, dir, "-p", "2")
	require.Equal(t, exitOK, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)

	for _, pattern := range []string{"test-*.pprof", "worker-*.pprof"} {
		files, err := filepath.Glob(filepath.Join(profiles, pattern))
		require.NoError(t, err)
		require.NotEmpty(t, files, "no %s written", pattern)
		info, err := os.Stat(files[0])
		require.NoError(t, err)
		assert.NotZero(t, info.Size(), "%s is empty", files[0])
	}
}

func TestAProfileThatCannotBeWrittenIsSaidAndChangesNothingElse(t *testing.T) {
	t.Parallel()
	var stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "no", "such", "folder")
	getenv := func(name string) string {
		if name == profileDirEnv {
			return missing
		}
		return ""
	}
	startProfile(getenv, "test", &stderr)()
	assert.Contains(t, stderr.String(), profileDirEnv+" is set but no profile is written")
}

func TestNoProfileIsWrittenWhenNotAsked(t *testing.T) {
	t.Parallel()
	var stderr bytes.Buffer
	startProfile(func(string) string { return "" }, "test", &stderr)()
	assert.Empty(t, stderr.String())
}
