package emulator_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// context.webtask.storage builds get and set on their first read; to a
// hook it must still be the plain object { get, set }, read or not.
func TestStorageBehavesAsAPlainObjectWhetherItsFunctionsWereReadOrNot(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{
			name: "an untouched storage lists get and set and prints as Node prints them",
			src: `var s = c.webtask.storage; console.log(s);
				cb(null, {keys: Object.keys(s), json: JSON.stringify(s), has: 'get' in s && s.hasOwnProperty('set'),
					proto: Object.getPrototypeOf(s) === Object.prototype, desc: Object.getOwnPropertyDescriptor(s, 'set').enumerable});`,
			want: `{"keys":["get","set"],"json":"{}","has":true,"proto":true,"desc":true}`,
		},
		{
			name: "its functions are named, and the same function at every read",
			src:  `var s = c.webtask.storage; cb(null, {same: s.get === s.get && s.set === s.set, names: [s.get.name, s.set.name], type: typeof s.set});`,
			want: `{"same":true,"names":["get","set"],"type":"function"}`,
		},
		{
			name: "properties are added in order, replaced and deleted as on any object",
			src: `var s = c.webtask.storage, mine = function () { return 1; };
				s.extra = 2; s.get = mine; delete s.set;
				cb(null, {keys: Object.keys(s), replaced: s.get === mine, gone: s.set === undefined && !('set' in s), spread: Object.keys(Object.assign({}, s))});`,
			want: `{"keys":["get","extra"],"replaced":true,"gone":true,"spread":["get","extra"]}`,
		},
		{
			name: "a function read before another one is replaced keeps working",
			src: `var s = c.webtask.storage, set = s.set; s.get = null;
				set({n: 2}, function (err) { cb(err, {n: 2, get: s.get}); });`,
			want: `{"n":2,"get":null}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, `module.exports = function (r, t, c, cb) { `+tt.src+` };`)
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
			assert.JSONEq(t, tt.want, string(r.Response.(json.RawMessage)))
		})
	}
	t.Run("console.log shows it as { get, set }", func(t *testing.T) {
		t.Parallel()
		r := runHook(t, `module.exports = function (r, t, c, cb) { console.log(c.webtask.storage); console.log(c.webtask); cb(); };`)
		require.Len(t, r.Logs, 2)
		assert.Equal(t, "{ get: [Function: get], set: [Function: set] }", r.Logs[0].Message)
		assert.Contains(t, r.Logs[1].Message, "storage: { get: [Function: get], set: [Function: set] }")
	})
}
