package emulator_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

func TestProblemsOfAnActionSpeakOfTheAction(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"work left running", `exports.onExecuteSendPhoneMessage = async () => { setInterval(function () {}, 10); };`,
			"after the Action returned and was abandoned; Auth0 may freeze the Action before such work finishes: await every request before returning"},
		{"a throw after returning", `exports.onExecuteSendPhoneMessage = async () => { setTimeout(function () { throw new Error('late'); }, 1); };`,
			"uncaught exception after the Action returned: Error: late"},
		{"a rejection after returning", `exports.onExecuteSendPhoneMessage = async () => { setTimeout(function () { Promise.reject(new Error('lost')); }, 1); };`,
			"it came after the Action returned, so the failure goes unnoticed: await the promise before returning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runAction(t, tt.src)
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome)
			assert.True(t, hasProblem(r, tt.want), "%v", r.Problems)
			for _, p := range r.Problems {
				assert.NotContains(t, p.Message, "cb")
				assert.NotContains(t, p.Message, "Node 12")
			}
		})
	}
}

func TestNoGoNameReachesScripts(t *testing.T) {
	t.Parallel()
	r := runHook(t, `module.exports = function (r, t, c, cb) {
		var stack; try { require('nope'); } catch (e) { stack = e.stack; }
		cb(null, {stack: stack, names: [require.name, setTimeout.name, setImmediate.name, clearTimeout.name, queueMicrotask.name,
			console.log.name, console.trace.name, c.webtask.storage.get.name, c.webtask.storage.set.name, cb.name]});
	};`)
	require.True(t, r.OK(), "%+v", r.Error)
	var got struct {
		Stack string
		Names []string
	}
	require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &got))
	assert.Contains(t, got.Stack, "at require (native)")
	assert.Equal(t, []string{"require", "setTimeout", "setImmediate", "clearTimeout", "queueMicrotask", "log", "trace", "get", "set", "callback"}, got.Names)
	for _, name := range append(got.Names, got.Stack) {
		assert.False(t, strings.Contains(name, "github.com/") || strings.Contains(name, "-fm"), "a Go symbol in %q", name)
	}
}
