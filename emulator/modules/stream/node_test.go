package stream_test

import (
	"flag"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
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
	modtest.NodeGolden{Runner: nodeRunner, Update: *update, Run: run}.Test(t)
}
