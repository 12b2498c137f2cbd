package reliability_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

// handler is a hook whose handler runs body.
func handler(body string) string {
	return "module.exports = function (recipient, text, context, cb) {\n" + body + "\n};\n"
}

// Bounds every case must keep.
const (
	// startup covers starting the child on a loaded machine; it is part
	// of no limit, so it is generous.
	startup = 30 * time.Second
	// peakRSS is far above the 128 MiB limit plus what the Go runtime and
	// the allocations in flight when the run is stopped take (a string
	// doubled twice more while a sample is confirmed: 128 MiB becomes
	// 512 MiB, plus the copy; on a machine loaded by two test runs at
	// once, a third time: 1 GiB, plus the copy), below an unbounded run
	// (4 GB and more).
	peakRSS = 5 << 29
)

func TestHostileHooksEndWithinTheirLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		source  string
		timeout time.Duration
		exit    int
		outcome emulator.Outcome
		message string
	}{
		{"a Buffer beyond MAX_LENGTH is Node's RangeError", handler(`Buffer.alloc(2**40); cb();`), 20 * time.Second, 1, emulator.OutcomeException, "is invalid for option"},
		{"an ArrayBuffer beyond MAX_LENGTH is Node's RangeError", handler(`new ArrayBuffer(2**40); cb();`), 20 * time.Second, 1, emulator.OutcomeException, "Array buffer allocation failed"},
		{"a string beyond V8's limit is Node's RangeError", handler(`'x'.padStart(2**40); cb();`), 20 * time.Second, 1, emulator.OutcomeException, "Invalid string length"},
		{"repeat beyond every integer is Node's RangeError", handler(`'xy'.repeat(2**62); cb();`), 20 * time.Second, 1, emulator.OutcomeException, "Invalid string length"},
		{"a string doubled in the handler hits the memory limit", handler(`var s = 'xy'.repeat(1e5); while (true) s = s + s;`), 5 * time.Minute, 1, emulator.OutcomeMemoryLimit, "128 MiB"},
		{"a string doubled at the top level hits the memory limit", `var s = 'xy'.repeat(1e5); while (true) s = s + s;` + handler(`cb();`), 5 * time.Minute, 1, emulator.OutcomeMemoryLimit, "128 MiB"},
		{"an endless promise chain hits the memory limit", handler(`var a = []; (function f() { a.push('x'.repeat(1e5) + a.length); return Promise.resolve().then(f); })();`), 5 * time.Minute, 1, emulator.OutcomeMemoryLimit, "128 MiB"},
		{"a million timers hit the memory limit", handler(`for (var i = 0; i < 1e6; i++) setTimeout(function () {}, 1e9);`), 5 * time.Minute, 1, emulator.OutcomeMemoryLimit, "128 MiB"},
		{"JSON.parse of a 100 MB array hits the memory limit", handler(`cb(null, JSON.parse('[' + '1,'.repeat(5e7) + '1]').length);`), 5 * time.Minute, 1, emulator.OutcomeMemoryLimit, "128 MiB"},
		{"a backtracking regular expression ends at the time limit", handler(`while (true) /^(?=(a+)+$)\1/.test('a'.repeat(40) + '!');`), 3 * time.Second, 1, emulator.OutcomeTimeout, "exceeded"},
		{"an endless loop at the top level ends at the time limit", `while (true) {}` + handler(`cb();`), 3 * time.Second, 1, emulator.OutcomeTimeout, "exceeded"},
		{"a response nested 100,000 deep is cut with a marker", handler(`var o = {}; for (var i = 0; i < 100000; i++) o = {next: o}; cb(null, o);`), time.Minute, 0, emulator.OutcomeSuccess, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := runCLI(t, tt.source, "run", "--json", "--timeout", tt.timeout.String())
			outcome, message := c.outcome(t)
			assert.Equal(t, tt.exit, c.exitCode, "stderr: %s", c.stderr)
			assert.Equal(t, string(tt.outcome), outcome, message)
			assert.Contains(t, message, tt.message)
			// Loading and calling are each bounded by the limit plus the
			// margins (a regexp match, then giving up on a stuck built-in).
			margin := emulator.AbandonMargin + emulator.RegexpMatchTimeout
			assert.Less(t, c.wall, 2*(tt.timeout+margin)+startup)
			assert.Less(t, c.peakRSS, int64(peakRSS), "peak RSS")
			assert.NotContains(t, string(c.stderr), "fatal error")
			assert.False(t, strings.Contains(string(c.stderr), "panic"), "stderr: %s", c.stderr)
		})
	}
}

func TestATopLevelRangeErrorIsALoadErrorNotACrash(t *testing.T) {
	t.Parallel()
	c := runCLI(t, `'xy'.repeat(2**62);`+handler(`cb();`), "run", "--timeout", "20s")
	assert.Equal(t, 2, c.exitCode)
	assert.Contains(t, string(c.stderr), "RangeError: Invalid string length")
	assert.Less(t, c.peakRSS, int64(peakRSS), "peak RSS")
}

func TestCheckAndTestEndOnAHangingRegexp(t *testing.T) {
	t.Parallel()
	source := handler(`while (true) /^(?=(a+)+$)\1/.test('a'.repeat(40) + '!');`)
	c := runCLI(t, source, "check", "--timeout", "2s")
	assert.Equal(t, 1, c.exitCode, "stdout: %s\nstderr: %s", c.stdout, c.stderr)
	assert.Less(t, c.peakRSS, int64(peakRSS), "peak RSS")
}

func TestTheMemoryFlagSetsTheLimit(t *testing.T) {
	t.Parallel()
	c := runCLI(t, handler(`cb(null, 'x'.repeat(32 * 1024 * 1024).length);`), "run", "--json", "--memory", "16MiB")
	outcome, message := c.outcome(t)
	assert.Equal(t, 1, c.exitCode)
	assert.Equal(t, string(emulator.OutcomeMemoryLimit), outcome)
	assert.Contains(t, message, "16 MiB")
}
