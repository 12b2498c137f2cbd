package jsast_test

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/jsast"
)

func TestAConstantKeyIsReadAsItsName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		code            string
		key             string // "": not a constant
		isString, isKey bool
	}{
		{"x['apikey']", "apikey", true, true},
		{"x[`apikey`]", "apikey", true, true},
		{"x[0]", "0", false, true},
		{"x[`${k}`]", "", false, false},
		{"x[k]", "", false, false},
		{"x[f`apikey`]", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			t.Parallel()
			member := first[*ast.BracketExpression](t, parse(t, tt.code)).Member
			key, ok := jsast.ConstKey(member)
			assert.Equal(t, tt.isKey, ok)
			if ok {
				assert.Equal(t, tt.key, key)
			}
			_, ok = jsast.ConstString(member)
			assert.Equal(t, tt.isString, ok, "a number is a key but not a string")
		})
	}
}
