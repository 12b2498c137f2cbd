package emulator

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/jsast"
)

// goja's "Object has no member 'p'" is reworded only where the call's
// callee can be that member.
func TestNamesMemberTellsWhichCalleesAMissingMemberCanBe(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, member string
		want               bool
	}{
		{"a dot with that name", "a.b();", "b", true},
		{"a dot with another name", "a.b();", "c", false},
		{"a string key with that name", "a['b']();", "b", true},
		{"a number key", "a[0]();", "0", true},
		{"a key computed from a name may be anything", "a[k]();", "zz", true},
		{"a plain name is no member", "b();", "b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := jsast.Parse("code.js", []byte(tt.code))
			require.NoError(t, err)
			var callee ast.Expression
			jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
				if c, ok := n.(*ast.CallExpression); ok && callee == nil {
					callee = c.Callee
				}
				return true
			})
			require.NotNil(t, callee)
			assert.Equal(t, tt.want, namesMember(callee, tt.member))
		})
	}
}
