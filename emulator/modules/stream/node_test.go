package stream_test

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.out with what Node 20 prints for each testdata/*.js (needs node on PATH)")

// nodeRunner runs a testdata script in Node with the same two bindings the
// emulator's test gives it: stream and log.
const nodeRunner = `const stream = require('stream');
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
			got := run(t, string(src))
			assert.Equal(t, strings.TrimRight(string(want), "\n"), strings.Join(got, "\n"))
		})
	}
}
