package zlib_test

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/hookemu/hookemu/emulator/modules/zlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.out with what Node 20 prints for each testdata/*.js (needs node on PATH)")

// newEnv is a runtime with zlib bound to `zlib`, stream to `stream`,
// Buffer, and log(...), which records its arguments joined by spaces.
func newEnv(t *testing.T) (*modtest.Env, *[]string) {
	t.Helper()
	env := modtest.New(t, nil)
	env.Provide(events.Module(), buffer.Module(), stream.Module())
	buffer.Enable(env.RT)
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
	scripts, err := filepath.Glob("testdata/*.js")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".js")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(script)
			require.NoError(t, err)
			golden := strings.TrimSuffix(script, ".js") + ".out"
			if *update {
				out, err := exec.Command("node", "-e", nodeRunner, script).CombinedOutput()
				require.NoError(t, err, "node: %s", out)
				require.NoError(t, os.WriteFile(golden, out, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -run TestBehavesAsNode20 -update with Node 20 on PATH")
			env, lines := newEnv(t)
			_, err = env.Await(string(src))
			require.NoError(t, err)
			assert.Equal(t, strings.TrimRight(string(want), "\n"), strings.Join(*lines, "\n"))
		})
	}
}
