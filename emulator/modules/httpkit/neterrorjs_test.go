package httpkit

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected keys are what Node 20 gives for a refused connection and
// for a name that does not resolve.
func TestNetErrorsHaveNodesPropertiesInNodesOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  NetError
		want string
	}{
		{"a refused connection", NetError{Message: "connect ECONNREFUSED 127.0.0.1:1", Code: "ECONNREFUSED", Errno: -111, Syscall: "connect", Address: "127.0.0.1", Port: 1},
			"connect ECONNREFUSED 127.0.0.1:1|errno,code,syscall,address,port"},
		{"a name that does not resolve", NetError{Message: "getaddrinfo ENOTFOUND x.invalid", Code: "ENOTFOUND", Errno: -3008, Syscall: "getaddrinfo", Hostname: "x.invalid"},
			"getaddrinfo ENOTFOUND x.invalid|errno,code,syscall,hostname"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for i := 0; i < 20; i++ { // the order once came from a map's
				rt := goja.New()
				require.NoError(t, rt.Set("e", NetErrorObject(rt, &tt.err)))
				v, err := rt.RunString(`(e instanceof Error) + '|' + e.message + '|' + Object.keys(e).join()`)
				require.NoError(t, err)
				assert.Equal(t, "true|"+tt.want, v.String())
			}
		})
	}
}
