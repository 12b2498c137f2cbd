package stream_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAThrowInATickFailsTheRunAndLaterTicksStillRun(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.Provide(events.Module(), buffer.Module())
	env.Require(t, stream.Module(), "", "stream")
	_, err := env.Await(`
		globalThis.after = false;
		const r = new stream.Readable({ read() {} });
		r.on('data', () => { throw new Error('listener failed'); });
		r.push('x');
		const w = new stream.Writable({ write(c, e, cb) { cb(); } });
		w.on('finish', () => { globalThis.after = true; });
		w.end();`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "listener failed")
	assert.Equal(t, "true", env.JSON(t, "globalThis.after"))
}
