package emulator

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSimpleJSONTakesOnlyWhatJSONStringifyWouldWritePlainly pins which
// responses skip JSON.stringify; TestTheResponseIsTheJSONNodeWouldWrite...
// checks that both paths write what Node writes.
func TestSimpleJSONTakesOnlyWhatJSONStringifyWouldWritePlainly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, setup, value, want string
		inGo                     bool
	}{
		{"an empty object", ``, `({})`, `{}`, true},
		{"an empty array", ``, `[]`, `[]`, true},
		{"null", ``, `null`, `null`, true},
		{"true", ``, `true`, `true`, true},
		{"a negative integer", ``, `-42`, `-42`, true},
		{"a fraction", ``, `0.5`, ``, false},
		{"NaN", ``, `NaN`, ``, false},
		{"an integer beyond 1e21", ``, `1e21`, ``, false},
		{"a string", ``, `'x'`, ``, false},
		{"an object with a key", ``, `({a: 1})`, ``, false},
		{"an array with holes", ``, `new Array(3)`, ``, false},
		{"a Boolean object", ``, `new Boolean(false)`, ``, false},
		{"a Date", ``, `new Date(0)`, ``, false},
		{"a class instance", `class A {}`, `new A()`, ``, false},
		{"an object without a prototype", ``, `Object.create(null)`, ``, false},
		{"a proxy", ``, `new Proxy({}, {})`, ``, false},
		{"an object under a toJSON of Object.prototype", `Object.prototype.toJSON = function () { return 1; };`, `({})`, ``, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inv := &invocation{rt: goja.New()}
			_, err := inv.rt.RunString(tt.setup)
			require.NoError(t, err)
			v, err := inv.rt.RunString(tt.value)
			require.NoError(t, err)
			got, ok := inv.simpleJSON(v)
			assert.Equal(t, tt.inGo, ok)
			assert.Equal(t, tt.want, string(got))
		})
	}
}
