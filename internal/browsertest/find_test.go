package browsertest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/browsertest"
)

// program writes an executable file (or, executable false, a plain one).
func program(t *testing.T, dir, name string, executable bool) string {
	t.Helper()
	path := filepath.Join(dir, name)
	mode := os.FileMode(0o644)
	if executable {
		mode = 0o755
	}
	require.NoError(t, os.WriteFile(path, []byte("#!/bin/sh\n"), mode))
	return path
}

func TestFindLooksAtTheVariableThenThePath(t *testing.T) {
	t.Parallel()
	first, second := t.TempDir(), t.TempDir()
	google := program(t, first, "google-chrome", true)
	debian := program(t, second, "chromium", true)
	own := program(t, t.TempDir(), "my-chrome", true)
	plain := program(t, t.TempDir(), "chromium", false)
	for _, tc := range []struct {
		name string
		env  map[string]string
		want string
	}{
		{"the variable wins over the path", map[string]string{"HOOKEMU_CHROMIUM": own, "PATH": second}, own},
		{"chromium is preferred to google-chrome in any folder of the path", map[string]string{"PATH": first + string(os.PathListSeparator) + second}, debian},
		{"google-chrome is taken when it is the only one", map[string]string{"PATH": first}, google},
		{"a file that cannot run is passed over", map[string]string{"PATH": filepath.Dir(plain) + string(os.PathListSeparator) + first}, google},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := browsertest.Find(func(k string) string { return tc.env[k] })
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFindSaysWhatToDoWhenThereIsNoChromium(t *testing.T) {
	t.Parallel()
	empty := t.TempDir()
	for _, tc := range []struct {
		name string
		env  map[string]string
		says string
	}{
		{"nothing on the path", map[string]string{"PATH": empty}, "none of [chromium chromium-browser google-chrome] is on $PATH"},
		{"a variable naming nothing", map[string]string{"HOOKEMU_CHROMIUM": filepath.Join(empty, "chrome")}, "HOOKEMU_CHROMIUM=" + filepath.Join(empty, "chrome")},
		{"a variable naming a folder", map[string]string{"HOOKEMU_CHROMIUM": empty}, "is a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := browsertest.Find(func(k string) string { return tc.env[k] })
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.says)
			assert.Contains(t, err.Error(), "apt-get install -y chromium", "it says how to install it")
			assert.Contains(t, err.Error(), "HOOKEMU_CHROMIUM", "it says how to name another")
		})
	}
}

func TestABrowserThatCannotStartSaysWhatItPrinted(t *testing.T) {
	t.Parallel()
	broken := filepath.Join(t.TempDir(), "chromium")
	require.NoError(t, os.WriteFile(broken, []byte("#!/bin/sh\necho 'cannot open display: the profile is locked' >&2\nexit 1\n"), 0o755))
	_, err := browsertest.Launch(broken)
	require.Error(t, err)
	for _, want := range []string{"cannot start Chromium " + broken, "the profile is locked", "apt-get install -y chromium"} {
		assert.Contains(t, err.Error(), want)
	}
}
