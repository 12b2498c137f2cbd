package jsast

import "github.com/dop251/goja/ast"

// ConstKey is the property name that a computed key stands for when it
// is a constant: x['apikey'], x[`apikey`], x[0]. A number is its literal
// as written (0x10 stays "0x10"), which is the name whenever it is
// written plainly, as code writes indexes.
func ConstKey(e ast.Expression) (string, bool) {
	if n, ok := e.(*ast.NumberLiteral); ok {
		return n.Literal, true
	}
	return ConstString(e)
}

// ConstString is the value of a string that is a constant: a literal,
// or a template with nothing substituted (`apikey`). Use it over
// ConstKey where only a name can match (a field of Auth0's context),
// so an index is not mistaken for one.
func ConstString(e ast.Expression) (string, bool) {
	switch e := e.(type) {
	case *ast.StringLiteral:
		return e.Value.String(), true
	case *ast.TemplateLiteral:
		if e.Tag == nil && len(e.Expressions) == 0 && len(e.Elements) == 1 {
			return e.Elements[0].Parsed.String(), true
		}
	}
	return "", false
}
