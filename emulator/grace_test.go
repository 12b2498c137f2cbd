package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// The grace after cb ends JavaScript that is still running when it runs
// out (a timer of its own interrupts it), long before the run's limit.
func TestAnEndlessLoopAfterTheCallbackIsStoppedAtTheEndOfTheGrace(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, {}); setTimeout(function () { while (true) {} }, 0); };`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	require.Len(t, r.Problems, 1)
	assert.Contains(t, r.Problems[0].Message, "work was still running")
	assert.Less(t, r.Duration, testLimit, "the grace ended the loop, not the run's limit")
}
