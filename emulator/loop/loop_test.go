package loop

import (
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
