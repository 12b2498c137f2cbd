package harness_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
)

// hookWithStubs is a documented hook that has demo stubs, found in the
// catalog so the test follows it.
func hookWithStubs(t *testing.T) hooks.Hook {
	t.Helper()
	for _, h := range hooks.List() {
		if h.Stubs != "" {
			return h
		}
	}
	t.Skip("no documented hook has demo stubs")
	return hooks.Hook{}
}

func TestOnlyAnUnchangedDocumentedHookGetsItsDemoStubs(t *testing.T) {
	t.Parallel()
	h := hookWithStubs(t)
	code, err := hooks.Source(h.Name)
	require.NoError(t, err)
	stubsData, err := hooks.Source(h.Stubs)
	require.NoError(t, err)
	dir := t.TempDir()
	copied := filepath.Join(dir, h.Name)
	require.NoError(t, os.WriteFile(copied, code, 0o600))
	edited := filepath.Join(t.TempDir(), h.Name)
	require.NoError(t, os.WriteFile(edited, append(append([]byte{}, code...), "\n// mine\n"...), 0o600))
	tests := []struct {
		name, path string
		want       bool
	}{
		{"the embedded hook gets them", "hooks/" + h.Name, true},
		{"a byte-identical copy gets them", copied, true},
		{"an edited copy is the user's code and gets none", edited, false},
		{"a documented hook without stubs gets none", hooks.Default, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src, err := harness.ReadSource(tt.path)
			require.NoError(t, err)
			if !tt.want {
				assert.Empty(t, src.DemoStubs)
				return
			}
			require.Len(t, src.DemoStubs, 1)
			assert.Equal(t, "hooks/"+h.Stubs, src.DemoStubs[0].Name)
			assert.Equal(t, stubsData, src.DemoStubs[0].Data)
		})
	}
}
