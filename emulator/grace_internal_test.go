package emulator

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTheGraceShortcutEndsAsTheLoopWould holds grace's shortcut (nothing
// left to run: no timer is armed) to what running the loop for the grace
// gives, with nothing left and with a timer left.
func TestTheGraceShortcutEndsAsTheLoopWould(t *testing.T) {
	t.Parallel()
	em := New(Config{Grace: time.Minute})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) { cb(); };`))
	require.NoError(t, err)
	run := func(grace func(*invocation), leaveTimer bool) (ran bool, problems []Problem) {
		inv := em.newInvocation(context.Background(), hook, Invocation{Payload: DefaultPayload(), Timeout: time.Minute})
		defer inv.close()
		if leaveTimer {
			inv.loop.AddTimer(0, false, func() error { ran = true; return nil })
		}
		grace(inv)
		return ran, inv.result.Problems
	}
	for _, tt := range []struct {
		name       string
		leaveTimer bool
	}{
		{"with nothing left the shortcut ends as the loop would", false},
		{"with a timer left the grace runs it", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ran, problems := run((*invocation).grace, tt.leaveTimer)
			wantRan, wantProblems := run((*invocation).graceRun, tt.leaveTimer)
			assert.Equal(t, wantRan, ran)
			assert.Equal(t, tt.leaveTimer, ran)
			assert.Equal(t, wantProblems, problems)
		})
	}
}
