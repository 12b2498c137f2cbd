package loop

import (
	"container/heap"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunGoesIdleWhenNothingIsOutstanding(t *testing.T) {
	t.Parallel()
	l := New()
	var order []int
	l.Enqueue(func() error {
		order = append(order, 1)
		l.Enqueue(func() error { order = append(order, 2); return nil })
		return nil
	})
	require.NoError(t, l.Run(context.Background()))
	assert.Equal(t, []int{1, 2}, order)
}

func TestRunWaitsForACallbackFromAnotherGoroutine(t *testing.T) {
	t.Parallel()
	l := New()
	done := false
	enqueue := l.RegisterCallback()
	go func() {
		time.Sleep(10 * time.Millisecond)
		enqueue(func() error { done = true; return nil })
	}()
	require.NoError(t, l.Run(context.Background()))
	assert.True(t, done)
}

func TestRunReturnsACallbacksErrorAndCanContinue(t *testing.T) {
	t.Parallel()
	l := New()
	boom := errors.New("boom")
	ran := false
	l.Enqueue(func() error { return boom })
	l.Enqueue(func() error { ran = true; return nil })
	assert.ErrorIs(t, l.Run(context.Background()), boom)
	require.NoError(t, l.Run(context.Background()))
	assert.True(t, ran)
}

func TestRunEndsWhenTheContextEnds(t *testing.T) {
	t.Parallel()
	l := New()
	_ = l.RegisterCallback() // never called
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	assert.ErrorIs(t, l.Run(ctx), context.DeadlineExceeded)
}

func TestStopEndsRunAfterTheRunningCallback(t *testing.T) {
	t.Parallel()
	l := New()
	second := false
	l.Enqueue(func() error { l.Stop(); return nil })
	l.Enqueue(func() error { second = true; return nil })
	assert.ErrorIs(t, l.Run(context.Background()), ErrStopped)
	assert.False(t, second)
	require.NoError(t, l.Run(context.Background()))
	assert.True(t, second)
}

func TestTimersFireInOrderOfTheirDelay(t *testing.T) {
	t.Parallel()
	l := New()
	var order []string
	// A second apart: the two AddTimer calls are never that far apart, even
	// on a loaded machine.
	l.AddTimer(time.Second, false, func() error { order = append(order, "late"); return nil })
	l.AddTimer(0, false, func() error { order = append(order, "soon"); return nil })
	require.NoError(t, l.Run(context.Background()))
	assert.Equal(t, []string{"soon", "late"}, order)
}

func TestACanceledTimerNeitherFiresNorKeepsTheLoopBusy(t *testing.T) {
	t.Parallel()
	l := New()
	fired := false
	id := l.AddTimer(time.Hour, false, func() error { fired = true; return nil })
	l.CancelTimer(id)
	l.CancelTimer(id) // twice is harmless, as clearTimeout is
	require.NoError(t, l.Run(context.Background()))
	assert.False(t, fired)
}

func TestAnIntervalRepeatsUntilCanceled(t *testing.T) {
	t.Parallel()
	l := New()
	count := 0
	var id int
	id = l.AddTimer(time.Millisecond, true, func() error {
		count++
		if count == 3 {
			l.CancelTimer(id)
		}
		return nil
	})
	require.NoError(t, l.Run(context.Background()))
	assert.Equal(t, 3, count)
}

func TestCloseCancelsEveryTimer(t *testing.T) {
	t.Parallel()
	l := New()
	l.AddTimer(time.Hour, false, func() error { return nil })
	l.AddTimer(time.Hour, true, func() error { return nil })
	l.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	assert.NoError(t, l.Run(ctx), "no timer may keep the loop busy after Close")
}

// Each timer's Go clock hands its job over on a goroutine of its own, so
// a later timer's job can reach the loop first; the loop still runs the
// timers in due order, as Node does, and the earlier timer's own job then
// does nothing. The jobs are handed over here by hand, in the wrong order.
func TestATimerWhoseJobArrivesFirstRunsTheTimersDueBeforeItFirst(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		repeat bool
		want   []string
	}{
		{"timeouts", false, []string{"first", "second", "third"}},
		{"intervals", true, []string{"first", "second", "third"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := New()
			defer l.Close()
			var order []string
			record := func(name string) func() error {
				return func() error { order = append(order, name); return nil }
			}
			first := l.AddTimer(time.Hour, tt.repeat, record("first"))
			second := l.AddTimer(2*time.Hour, tt.repeat, record("second"))
			third := l.AddTimer(3*time.Hour, tt.repeat, record("third"))
			dueAlready(l, first, second, third)
			l.Enqueue(func() error { return l.fire(third, 1) })
			l.Enqueue(func() error { return l.fire(first, 1) }) // the clocks' own, late jobs
			l.Enqueue(func() error { return l.fire(second, 1) })
			l.Enqueue(func() error { l.Stop(); return nil })
			require.ErrorIs(t, l.Run(context.Background()), ErrStopped)
			assert.Equal(t, tt.want, order)
			if tt.repeat {
				assert.Len(t, l.timerQueue, 3, "every interval is armed again")
			} else {
				assert.Empty(t, l.timers)
			}
		})
	}
}

// A timer run early whose callback clears the timer whose job arrived
// first leaves that one unrun.
func TestATimerClearedByAnEarlierOneDoesNotRun(t *testing.T) {
	t.Parallel()
	l := New()
	var order []string
	var late int
	early := l.AddTimer(time.Hour, false, func() error { order = append(order, "early"); l.CancelTimer(late); return nil })
	late = l.AddTimer(2*time.Hour, false, func() error { order = append(order, "late"); return nil })
	dueAlready(l, early, late)
	l.Enqueue(func() error { return l.fire(late, 1) })
	l.Enqueue(func() error { return l.fire(early, 1) })
	require.NoError(t, l.Run(context.Background()), "both clocks stopped: nothing keeps the loop busy")
	assert.Equal(t, []string{"early"}, order)
}

// dueAlready moves the timers' due times an hour or more into the past,
// keeping their order, as if their hours had passed; their clocks, an
// hour or more away, hand nothing over during the test.
func dueAlready(l *Loop, ids ...int) {
	for _, id := range ids {
		tm := l.timers[id]
		tm.due = tm.due.Add(-4 * time.Hour)
		heap.Fix(&l.timerQueue, tm.index)
	}
}
