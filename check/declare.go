package check

import (
	"github.com/dop251/goja/ast"
)

// declare adds id to s. A second declaration of the same name in the
// same scope (var x twice, var over a parameter) is the same variable.
func (r *resolver) declare(s *scope, id *ast.Identifier, kind declKind) *binding {
	name := id.Name.String()
	if b, ok := s.names[name]; ok {
		return b
	}
	b := &binding{name: name, kind: kind, id: id, scope: s}
	s.names[name] = b
	r.an.bindings = append(r.an.bindings, b)
	return b
}

// declareTarget declares every name a binding pattern introduces.
func (r *resolver) declareTarget(target ast.Expression, kind declKind, s *scope, slot *paramSlot) {
	for _, id := range leaves(target) {
		b := r.declare(s, id, kind)
		if slot != nil && id == target {
			b.param = slot
		}
	}
}

func (r *resolver) declareBindings(list []*ast.Binding, kind declKind, s *scope) {
	for _, b := range list {
		r.declareTarget(b.Target, kind, s, nil)
	}
}

// declareLexical declares what a block's own statements put in its
// scope: let, const, class, and function declarations (which, at the top
// of a function, are the function's own).
func (r *resolver) declareLexical(list []ast.Statement, s *scope) {
	for _, stmt := range list {
		for {
			labelled, ok := stmt.(*ast.LabelledStatement)
			if !ok {
				break
			}
			stmt = labelled.Statement
		}
		switch stmt := stmt.(type) {
		case *ast.LexicalDeclaration:
			r.declareBindings(stmt.List, lexicalKind(stmt.Token), s)
		case *ast.ClassDeclaration:
			if stmt.Class.Name != nil {
				r.declare(s, stmt.Class.Name, declClass)
			}
		case *ast.FunctionDeclaration:
			r.declareFunction(s, stmt.Function)
		}
	}
}

func (r *resolver) declareFunction(s *scope, fn *ast.FunctionLiteral) {
	if fn.Name == nil {
		return
	}
	b := r.declare(s, fn.Name, declFunction)
	if b.kind == declParam { // function f(x) { function x() {} }: x is the function now
		b.kind, b.param = declFunction, nil
	}
	b.sources = append(b.sources, source{value: fn})
}

// hoist declares, in the function scope fs, every var in the function's
// body (in any block, not in nested functions) and, as sloppy-mode Node
// does, every function declared in a nested block.
func (r *resolver) hoist(list []ast.Statement, fs *scope, nested bool) {
	for _, stmt := range list {
		r.hoistStatement(stmt, fs, nested)
	}
}

func (r *resolver) hoistStatement(stmt ast.Statement, fs *scope, nested bool) {
	switch s := stmt.(type) {
	case *ast.VariableStatement:
		r.declareBindings(s.List, declVar, fs)
	case *ast.FunctionDeclaration:
		if nested {
			r.declareFunction(fs, s.Function)
		}
	case *ast.BlockStatement:
		r.hoist(s.List, fs, true)
	case *ast.IfStatement:
		r.hoistStatement(s.Consequent, fs, true)
		if s.Alternate != nil {
			r.hoistStatement(s.Alternate, fs, true)
		}
	case *ast.ForStatement:
		if init, ok := s.Initializer.(*ast.ForLoopInitializerVarDeclList); ok {
			r.declareBindings(init.List, declVar, fs)
		}
		r.hoistStatement(s.Body, fs, true)
	case *ast.ForInStatement:
		r.hoistForInto(s.Into, s.Body, fs)
	case *ast.ForOfStatement:
		r.hoistForInto(s.Into, s.Body, fs)
	default:
		r.hoistNested(stmt, fs)
	}
}

// hoistNested walks the statements that only nest others.
func (r *resolver) hoistNested(stmt ast.Statement, fs *scope) {
	switch s := stmt.(type) {
	case *ast.WhileStatement:
		r.hoistStatement(s.Body, fs, true)
	case *ast.DoWhileStatement:
		r.hoistStatement(s.Body, fs, true)
	case *ast.LabelledStatement:
		r.hoistStatement(s.Statement, fs, true)
	case *ast.WithStatement:
		r.hoistStatement(s.Body, fs, true)
	case *ast.TryStatement:
		r.hoist(s.Body.List, fs, true)
		if s.Catch != nil {
			r.hoist(s.Catch.Body.List, fs, true)
		}
		if s.Finally != nil {
			r.hoist(s.Finally.List, fs, true)
		}
	case *ast.SwitchStatement:
		for _, c := range s.Body {
			r.hoist(c.Consequent, fs, true)
		}
	}
}

func (r *resolver) hoistForInto(into ast.ForInto, body ast.Statement, fs *scope) {
	if v, ok := into.(*ast.ForIntoVar); ok {
		r.declareTarget(v.Binding.Target, declVar, fs, nil)
	}
	r.hoistStatement(body, fs, true)
}

// leaves lists the names a binding pattern declares.
func leaves(target ast.Expression) []*ast.Identifier {
	var out []*ast.Identifier
	var visit func(ast.Expression)
	visit = func(e ast.Expression) {
		switch e := e.(type) {
		case *ast.Identifier:
			out = append(out, e)
		case *ast.AssignExpression:
			visit(e.Left)
		case *ast.ObjectPattern:
			for _, p := range e.Properties {
				switch p := p.(type) {
				case *ast.PropertyShort:
					out = append(out, &p.Name)
				case *ast.PropertyKeyed:
					visit(p.Value)
				}
			}
			visit(e.Rest)
		case *ast.ArrayPattern:
			for _, el := range e.Elements {
				visit(el)
			}
			visit(e.Rest)
		}
	}
	visit(target)
	return out
}
