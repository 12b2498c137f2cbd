package emulator_test

import (
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Node's core modules are reachable by name and with node:, and the ones
// hookemu only has for load-time checks fail with their code when used.
func TestCoreModulesAreRequirableAsInNode(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var names = ['events', 'node:events', 'string_decoder', 'path', 'node:path', 'os', 'assert', 'assert/strict', 'timers',
			'timers/promises', 'net', 'tls', 'dns', 'dns/promises', 'fs', 'node:fs/promises', 'child_process', 'worker_threads'];
		var kinds = names.map(function (n) { return typeof require(n); });
		var EventEmitter = require('events');
		var same = require('node:events') === EventEmitter && require('fs').promises === require('fs/promises');
		var failure;
		try { require('fs').readFileSync('/etc/hosts'); } catch (e) { failure = e.code; }
		cb(null, {kinds: kinds, same: same, failure: failure, cwd: require('path').resolve('x')});
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	var got struct {
		Kinds   []string
		Same    bool
		Failure string
		Cwd     string
	}
	require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &got))
	assert.Equal(t, []string{"function", "function", "object", "object", "object", "object", "function", "function", "object",
		"object", "object", "object", "object", "object", "object", "object", "object", "object"}, got.Kinds)
	assert.True(t, got.Same, "node: names and promise namespaces must be the very modules")
	assert.Equal(t, "ERR_HOOKEMU_UNSUPPORTED", got.Failure)
	assert.Equal(t, "/data/x", got.Cwd, "path.resolve starts from the run's process.cwd()")
}

// The timer functions return Node's Timeout and Immediate objects, which
// packages unref() and pass back to clear*; the expected values are what
// Node 20 gives.
func TestTimersReturnNodesTimerObjects(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var t1 = setTimeout(function () {}, 60000);
		var seen = [typeof t1, t1.constructor.name, t1.hasRef(), t1.unref() === t1, t1.hasRef(), t1.ref() === t1, typeof +t1, +t1 > 0];
		clearTimeout(t1);
		var im = setImmediate(function () {});
		seen.push(im.constructor.name, typeof im.refresh, typeof im.hasRef);
		clearImmediate(im);
		var n = 0;
		var t2 = setTimeout(function () { n++; }, 5);
		t2.refresh();
		var t3 = setTimeout(function () { n += 100; }, 5);
		clearTimeout(+t3);
		var t4 = setInterval(function () { n += 10; t4.close(); }, 5);
		// Far after the 5 ms timers: each timer's Go clock hands its job
		// to the loop on a goroutine of its own, so on a starved machine
		// two timers due 45 ms apart can reach the loop out of order.
		setTimeout(function () { cb(null, seen.concat([n])); }, 1000);
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `["object","Timeout",true,true,false,true,"number",true,"Immediate","undefined","function",11]`, string(r.Response.(json.RawMessage)))
}

// The global text classes are util's, as in Node.
func TestTheGlobalTextClassesAreUtils(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var util = require('util');
		cb(null, util.TextEncoder === TextEncoder && util.TextDecoder === TextDecoder && new TextDecoder().decode(new TextEncoder().encode('é')) === 'é');
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, "true", string(r.Response.(json.RawMessage)))
}

// The module globals are their modules' exports, and code can replace
// them as in Node.
func TestModuleGlobalsAreTheirModulesExports(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var same = [Buffer === require('buffer').Buffer, URL === require('url').URL,
			URLSearchParams === require('url').URLSearchParams, TextEncoder === require('util').TextEncoder];
		Buffer = 1;
		cb(null, {same: same, replaced: Buffer, module: typeof require('buffer').Buffer});
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"same":[true,true,true,true],"replaced":1,"module":"function"}`, string(r.Response.(json.RawMessage)))
}
