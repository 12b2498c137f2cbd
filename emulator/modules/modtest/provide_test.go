package modtest_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAModuleLoadsAnotherProvidedModuleOnce(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	loads := 0
	env.Provide(modules.Module{Name: "base", Load: func(h modules.Host, _ string) (goja.Value, error) {
		loads++
		return h.Runtime().NewObject(), nil
	}})
	first, err := modules.Require(env, "base")
	require.NoError(t, err)
	second, err := modules.Require(env, "base")
	require.NoError(t, err)
	assert.Same(t, first.(*goja.Object), second.(*goja.Object))
	assert.Equal(t, 1, loads)
	_, err = modules.Require(env, "missing")
	assert.ErrorContains(t, err, "Cannot find module 'missing'")
}

func TestReserveThrowsARangeErrorPastTheMemoryLimit(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.SetMemory(1000)
	assert.Equal(t, int64(1000), modules.MemoryLimit(env))
	require.NoError(t, env.RT.Set("reserve", func(n int64) { modules.Reserve(env, n, "the test's buffer") }))
	_, err := env.RT.RunString(`reserve(1000)`)
	require.NoError(t, err)
	_, err = env.RT.RunString(`reserve(1001)`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "RangeError: the test's buffer would need more than the memory limit")
	assert.Equal(t, []string{"the test's buffer"}, env.OverMemory())
}
