package hooks_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/stubs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryCatalogEntryHasItsCodeAndEveryFileAnEntry(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.js")
	require.NoError(t, err)
	var names []string
	for _, h := range hooks.List() {
		names = append(names, h.Name)
		code, err := hooks.Source(h.Name)
		require.NoError(t, err)
		assert.NotEmpty(t, code)
	}
	assert.ElementsMatch(t, files, names)
}

func TestLookupAcceptsTheNamesUsersType(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"8x8.js", "8x8", "hooks/8x8.js"} {
		t.Run(name+" finds the 8x8 hook", func(t *testing.T) {
			t.Parallel()
			h, ok := hooks.Lookup(name)
			require.True(t, ok)
			assert.Equal(t, "8x8.js", h.Name)
		})
	}
	_, ok := hooks.Lookup("nope.js")
	assert.False(t, ok)
}

func TestSourceOfAnUnknownHookSaysSo(t *testing.T) {
	t.Parallel()
	_, err := hooks.Source("nope.js")
	assert.ErrorIs(t, err, fs.ErrNotExist)
}

func TestListReturnsCopiesTheCallerCannotChangeTheCatalogThrough(t *testing.T) {
	t.Parallel()
	hooks.List()[0].Secrets["x"] = "y"
	_, changed := hooks.List()[0].Secrets["x"]
	assert.False(t, changed)
}

func TestTheREADMEShowsTheEmbedded8x8HookAsItIs(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	code, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	assert.Contains(t, string(readme), "```js\n"+string(code)+"```\n", "update the README's copy of hooks/8x8.js")
}

func TestEveryHooksDemoStubsParseAndEveryStubsFileBelongsToAHook(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.stubs.yaml")
	require.NoError(t, err)
	var named []string
	for _, h := range hooks.List() {
		if h.Stubs == "" {
			continue
		}
		named = append(named, h.Stubs)
		t.Run(h.Name+"'s demo stubs parse and each names its host", func(t *testing.T) {
			t.Parallel()
			data, err := hooks.Source(h.Stubs)
			require.NoError(t, err)
			parsed, err := stubs.Parse(data, stubs.Options{Source: h.Stubs})
			require.NoError(t, err, "the stubs must name their hosts: no --stubs HOST= binds them")
			assert.NotEmpty(t, parsed)
		})
	}
	assert.ElementsMatch(t, files, named)
}
