package http

import (
	"context"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enqueueWatcher is a Host that says when a callback was handed to its
// loop, so a test can act between a timer firing and its callback running.
type enqueueWatcher struct {
	*modtest.Env
	enqueued chan struct{}
}

func (w enqueueWatcher) RegisterCallback() func(func() error) {
	enqueue := w.Env.RegisterCallback()
	return func(fn func() error) {
		enqueue(fn)
		w.enqueued <- struct{}{}
	}
}

func TestATimerStoppedAfterItFiredDoesNotCallBack(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, modtest.NoDNS)
	host := enqueueWatcher{Env: env, enqueued: make(chan struct{}, 1)}
	called := false
	fn, ok := goja.AssertFunction(env.RT.ToValue(func() { called = true }))
	require.True(t, ok)
	stop := (&native{h: host}).timer(0, fn)
	<-host.enqueued // fired: its callback waits on the loop
	stop()
	require.NoError(t, env.Loop.Run(context.Background()))
	assert.False(t, called, "a timer stopped before its callback ran must not call back")
}
