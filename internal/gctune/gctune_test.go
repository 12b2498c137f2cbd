package gctune_test

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/gctune"
)

// current reads the GC percentage and memory limit without changing them.
func current() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// The tests change process-wide settings: none runs in parallel.

func TestManyRunsGetTheTunedCollectorAndUndoRestoresTheDefaults(t *testing.T) {
	percent, limit := current()
	undo := gctune.ForManyRuns(func(string) string { return "" })
	p, l := current()
	assert.Equal(t, gctune.Percent, p)
	assert.Equal(t, int64(gctune.Limit), l)
	undo()
	p, l = current()
	assert.Equal(t, percent, p)
	assert.Equal(t, limit, l)
}

func TestWhatTheUserSetInTheEnvironmentIsLeftAlone(t *testing.T) {
	cases := []struct {
		name        string
		env         map[string]string
		wantTuned   bool
		wantLimited bool
	}{
		{"GOGC set leaves the percentage and still bounds memory", map[string]string{"GOGC": "50"}, false, true},
		{"GOMEMLIMIT set leaves the limit and still tunes the percentage", map[string]string{"GOMEMLIMIT": "1GiB"}, true, false},
		{"both set leave both", map[string]string{"GOGC": "off", "GOMEMLIMIT": "1GiB"}, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			undo := gctune.ForManyRuns(func(k string) string { return tc.env[k] })
			defer undo()
			p, l := current()
			assert.Equal(t, tc.wantTuned, p == gctune.Percent, "percent %d", p)
			assert.Equal(t, tc.wantLimited, l == gctune.Limit, "limit %d", l)
		})
	}
}
