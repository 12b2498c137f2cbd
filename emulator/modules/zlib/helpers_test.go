package zlib_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/hookemu/hookemu/emulator/modules/zlib"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.out with what Node 20 prints for each testdata/*.js (needs node on PATH)")

// newEnv is a runtime with zlib bound to `zlib`, stream to `stream`,
// Buffer, and log(...), which records its arguments joined by spaces.
func newEnv(t *testing.T) (*modtest.Env, *[]string) {
	t.Helper()
	env := modtest.New(t, nil)
	env.Provide(events.Module(), buffer.Module(), stream.Module())
	env.Globals(t, buffer.Module(), "Buffer", "atob", "btoa")
	env.Require(t, stream.Module(), "", "stream")
	env.Require(t, zlib.Module(), "", "zlib")
	lines := &[]string{}
	require.NoError(t, env.RT.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		*lines = append(*lines, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	return env, lines
}

const nodeRunner = `const zlib = require('zlib');
const stream = require('stream');
const log = (...a) => console.log(a.map(String).join(' '));
eval(require('fs').readFileSync(process.argv[1], 'utf8'));`

// TestBehavesAsNode20 runs every testdata/*.js and compares what it logs
// with what Node 20 logged for it (testdata/*.out, written by -update).
func TestBehavesAsNode20(t *testing.T) {
	t.Parallel()
	modtest.NodeGolden{Runner: nodeRunner, Update: *update, Run: func(t *testing.T, src string) []string {
		env, lines := newEnv(t)
		_, err := env.Await(src)
		require.NoError(t, err)
		return *lines
	}}.Test(t)
}
