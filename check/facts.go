package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/internal/jsast"
)

// binding is one declared name, as jsast resolved it, with what the walk
// learns of it. Sources are the values the code gives it (initializers,
// assignments, destructured parts, a function declaration's function),
// which the secrets analysis follows to recognise aliases of
// context.webtask.secrets.
type binding struct {
	*jsast.Binding
	sources []source
	// used counts the references that resolved to this binding.
	used int
}

// source is a value flowing into a binding: value, then each step of
// path (a destructuring pattern's keys). value is nil when unknown (a
// parameter's argument).
type source struct {
	value ast.Expression
	path  []pathStep
}

// pathStep is one key taken by destructuring: {apikey} takes "apikey",
// {...rest} takes everything that is left.
type pathStep struct {
	key        string
	known      bool // false for a computed key or an array index
	rest       bool
	hasDefault bool
	at         file.Idx
}

// reference is one use of a name in an expression.
type reference struct {
	id      *ast.Identifier
	binding *binding // nil: not declared in the file
	read    bool
	write   bool
	// typeofOnly marks `typeof x`, the one read of an undeclared name
	// that does not throw.
	typeofOnly bool
	// inWith marks names inside a with statement, which may be properties
	// of its object: they cannot be judged.
	inWith bool
}

// use is how an expression's value is used by its parent; the secrets
// analysis asks it to tell an alias or a member access of the secrets
// object from code that hands the whole object on.
type use int

const (
	useValue use = iota // handed on: an argument, a return value, a spread
	useBase             // the object of a member access: x.y, x[y], x.y()
	useAlias            // stored into a variable (or destructured)
	useTest             // only tested or dropped: if (x), !x, x && y, x;
)

// exprUse records how one identifier or member expression was used.
type exprUse struct {
	expr ast.Expression
	use  use
}

// member is one property access, with the key when it is a constant.
type member struct {
	node  ast.Expression
	left  ast.Expression
	key   string
	known bool
	write bool
}
