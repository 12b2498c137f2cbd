package awssdk_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/awssdk"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/require"
)

// newEnv requires aws-sdk@version as the global AWS, with HTTP going to h
// and the errorShape helper defined.
func newEnv(t testing.TB, version string, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	_, err := env.RT.RunString(errorShapeJS)
	require.NoError(t, err)
	env.Require(t, awssdk.Module(), version, "AWS")
	return env
}

// errorShapeJS describes an error the way tests compare them: its own
// enumerable keys in order, and the fields that do not change from run to
// run (time and retryDelay are reported by type).
const errorShapeJS = `globalThis.errorShape = function (e) {
	if (!(e instanceof Object)) return {thrown: e};
	var out = {name: e.name, isError: e instanceof Error, keys: Object.keys(e)};
	Object.keys(e).forEach(function (k) {
		if (k === 'time') out.time = e.time instanceof Date;
		else if (k === 'retryDelay') out.retryDelay = typeof e.retryDelay;
		else if (k === 'originalError') out.originalError = errorShape(e.originalError);
		else if (k === 'errors') out.errors = e.errors.map(errorShape);
		else out[k] = e[k];
	});
	return out;
};`

// newEnvAs is newEnv in an Action (Node 18) when action is set.
func newEnvAs(t testing.TB, version string, action bool, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.SetAction(action)
	_, err := env.RT.RunString(errorShapeJS)
	require.NoError(t, err)
	env.Require(t, awssdk.Module(), version, "AWS")
	return env
}

func awsModule() modules.Module { return awssdk.Module() }

// newEnvWith is newEnv with process.env set before the require.
func newEnvWith(t testing.TB, vars map[string]string, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	for k, v := range vars {
		env.Setenv(k, v)
	}
	_, err := env.RT.RunString(errorShapeJS)
	require.NoError(t, err)
	env.Require(t, awssdk.Module(), "", "AWS")
	return env
}
