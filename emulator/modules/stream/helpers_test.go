package stream_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/hookemu/hookemu/emulator/modules/stringdecoder"
	"github.com/stretchr/testify/require"
)

// run evaluates src with stream bound to `stream` and a log(...) that
// records its arguments joined by spaces, runs the loop until idle, and
// returns the lines logged.
func run(t *testing.T, src string) []string {
	t.Helper()
	env := modtest.New(t, nil)
	env.Provide(events.Module(), buffer.Module(), stringdecoder.Module())
	env.Globals(t, buffer.Module(), "Buffer", "atob", "btoa")
	env.Require(t, stream.Module(), "", "stream")
	var lines []string
	require.NoError(t, env.RT.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		lines = append(lines, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	_, err := env.Await(src)
	require.NoError(t, err)
	return lines
}
