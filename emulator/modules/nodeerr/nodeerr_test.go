package nodeerr_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// The expectations are what Node 20 shows of util.promisify(1)'s error
// (an internal one) and of new TextDecoder().decode(1)'s (a C++ one).
func TestErrorsReadAsNodesOwnDo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		make func(rt *goja.Runtime) *goja.Object
		want string
	}{
		{"an internal error names its code in its string and stack", func(rt *goja.Runtime) *goja.Object {
			return nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, "bad")
		}, "true|TypeError|ERR_INVALID_ARG_TYPE|bad|TypeError [ERR_INVALID_ARG_TYPE]: bad|TypeError [ERR_INVALID_ARG_TYPE]: bad|code"},
		{"a range error is a RangeError", func(rt *goja.Runtime) *goja.Object {
			return nodeerr.RangeError(rt, nodeerr.ErrOutOfRange, "too big")
		}, "false|RangeError|ERR_OUT_OF_RANGE|too big|RangeError [ERR_OUT_OF_RANGE]: too big|RangeError [ERR_OUT_OF_RANGE]: too big|code"},
		{"a native error keeps the plain string", func(rt *goja.Runtime) *goja.Object {
			return nodeerr.Native(rt, "TypeError", nodeerr.ErrInvalidArgType, "bad")
		}, "true|TypeError|ERR_INVALID_ARG_TYPE|bad|TypeError: bad|TypeError: bad|code"},
		{"an unknown class is an Error", func(rt *goja.Runtime) *goja.Object {
			return nodeerr.New(rt, "NoSuchError", "ERR_X", "odd")
		}, "false|Error|ERR_X|odd|Error [ERR_X]: odd|Error [ERR_X]: odd|code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rt := goja.New()
			require.NoError(t, rt.Set("e", tt.make(rt)))
			v, err := rt.RunString(`[e instanceof TypeError, e.name, e.code, e.message, String(e), e.stack.split('\n')[0], Object.keys(e).join()].join('|')`)
			require.NoError(t, err)
			assert.Equal(t, tt.want, v.String())
		})
	}
}
