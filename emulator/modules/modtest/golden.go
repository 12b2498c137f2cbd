package modtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NodeGolden compares a module with Node 20 by what scripts log: every
// testdata/*.js runs in hookemu (Run, returning the lines it logged) and
// its output is compared with testdata/*.out, what Node printed for it.
// Update rewrites the .out files by running each script in node with
// Runner, a script that sets up the same bindings and then evaluates the
// file named by process.argv[1].
type NodeGolden struct {
	Runner string
	Update bool
	Run    func(t *testing.T, src string) []string
}

// Test runs every script as a subtest named after it.
func (g NodeGolden) Test(t *testing.T) {
	t.Helper()
	scripts, err := filepath.Glob("testdata/*.js")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		t.Run(strings.TrimSuffix(filepath.Base(script), ".js"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(script)
			require.NoError(t, err)
			golden := strings.TrimSuffix(script, ".js") + ".out"
			if g.Update {
				out, err := exec.Command("node", "-e", g.Runner, script).CombinedOutput()
				require.NoError(t, err, "node: %s", out)
				require.NoError(t, os.WriteFile(golden, out, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -run TestBehavesAsNode20 -update with Node 20 on PATH")
			assert.Equal(t, strings.TrimRight(string(want), "\n"), strings.Join(g.Run(t, string(src)), "\n"))
		})
	}
}
