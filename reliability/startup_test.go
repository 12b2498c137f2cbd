package reliability_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// initBytes runs hookemu with args under GODEBUG=inittrace=1 and returns
// the bytes each package's initialisation allocated, by import path.
func initBytes(t *testing.T, args ...string) map[string]int64 {
	t.Helper()
	cmd := exec.Command(hookemu, args...)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	require.NoError(t, cmd.Run(), "stderr: %s", stderr.String())
	out := map[string]int64{}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PKG @0.5 ms, 0.01 ms clock, 1234 bytes, 5 allocs
		f := strings.Fields(sc.Text())
		if len(f) == 11 && f[0] == "init" && f[8] == "bytes," {
			n, err := strconv.ParseInt(f[7], 10, 64)
			require.NoError(t, err, sc.Text())
			out[f[1]] += n
		}
	}
	require.NotEmpty(t, out, "no inittrace lines on stderr")
	return out
}

// A process that runs one hook pays for every package's initialisation,
// whatever subcommand it serves: hookemu's own packages must leave their
// tables, regular expressions and parsed files for first use. The bounds
// are allocation counts, which do not depend on the machine's speed.
func TestStartingARunDoesLittleWorkInHookemusOwnPackages(t *testing.T) {
	t.Parallel()
	inits := initBytes(t, "run", "--json")
	const module = "github.com/hookemu/hookemu/"
	var total int64
	for pkg, n := range inits {
		if !strings.HasPrefix(pkg, module) {
			continue
		}
		total += n
		assert.LessOrEqual(t, n, int64(24<<10), "%s allocates %d bytes as the process starts; build it on first use (sync.OnceValue, internal/lazyre)", pkg, n)
	}
	assert.LessOrEqual(t, total, int64(128<<10), "hookemu's packages allocate %d bytes as the process starts", total)
	for _, pkg := range []string{"deploy", "webui", "emulator/runtimes", "emulator/modules/twilio", "fake8x8", "check",
		"emulator/modules/crypto", "emulator/modules/util", "emulator/modules/url", "emulator/modules/querystring"} {
		assert.LessOrEqual(t, inits[module+pkg], int64(4<<10), "%s does work at start-up that a run of a .js file never uses", pkg)
	}
}
