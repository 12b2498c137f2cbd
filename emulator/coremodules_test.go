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
