package emulator_test

import (
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStreamAndZlibShareTheHooksModules(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (recipient, text, context, cb) {
	const EventEmitter = require('events');
	const stream = require('node:stream');
	const zlib = require('zlib');
	const out = {
		emitter: new stream.PassThrough() instanceof EventEmitter,
		promises: require('stream/promises') === stream.promises && require('node:stream/promises') === stream.promises,
		zlibStreams: zlib.createGzip() instanceof stream.Transform,
		roundTrip: zlib.gunzipSync(zlib.gzipSync(text)).toString() === text,
	};
	stream.pipeline(stream.Readable.from([Buffer.from(text)]), zlib.createGzip(), zlib.createGunzip(), new stream.Writable({
		write(chunk, enc, done) { out.piped = chunk.toString(); done(); },
	}), (err) => cb(err, out));
};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"emitter": true, "promises": true, "zlibStreams": true, "roundTrip": true, "piped": "`+emulator.DefaultPayload().Text+`"}`, string(r.Response.(json.RawMessage)))
}

func TestADecompressionBombEndsTheRunAtItsMemoryLimit(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (recipient, text, context, cb) {
	const zlib = require('zlib');
	const member = zlib.gzipSync(Buffer.alloc(4 << 20));
	const bomb = Buffer.concat(Array(256).fill(member)); // some 1 MiB that inflates to 1 GiB
	try { zlib.gunzipSync(bomb); cb(null, 'inflated'); } catch (e) { cb(null, 'caught ' + e.message); }
};`, func(in *emulator.Invocation) { in.Memory = 16 << 20 })
	assert.Equal(t, emulator.OutcomeMemoryLimit, r.Outcome, "%+v", r.Response)
	require.NotNil(t, r.Error)
	assert.Contains(t, r.Error.Message, "memory limit of 16 MiB")
}

func TestAnErrorNoStreamListensToEndsTheRunAsUncaught(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (recipient, text, context, cb) {
	const { Readable } = require('stream');
	const r = new Readable({ read() {} });
	r.destroy(new Error('nobody listens'));
	setTimeout(() => cb(null, 'too late'), 5000); // the error ends the run long before
};`)
	assert.Equal(t, emulator.OutcomeException, r.Outcome)
	require.NotNil(t, r.Error)
	assert.Contains(t, r.Error.Message, "nobody listens")
}
