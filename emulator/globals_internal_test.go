package emulator

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The global object serves goja's built-ins from builtinGlobals: a name
// goja adds and the list misses would be unreachable in scripts.
func TestBuiltinGlobalsAreGojasGlobalObject(t *testing.T) {
	t.Parallel()
	v, err := goja.New().RunString(`Object.getOwnPropertyNames(globalThis)`)
	require.NoError(t, err)
	var names []string
	require.NoError(t, goja.New().ExportTo(v, &names))
	want := append(append([]string(nil), builtinGlobals...), "NaN", "undefined", "Infinity")
	assert.ElementsMatch(t, want, names)
}
