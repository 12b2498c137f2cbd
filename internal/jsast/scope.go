package jsast

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// BindingKind is how a name was declared; it decides where the name lives
// (var and function hoist to the function, the rest stay in their block).
type BindingKind int

// The ways to declare a name.
const (
	Var BindingKind = iota
	Let
	Const
	Param
	FunctionDecl
	Class
	CatchParam
	FunctionName // a named function expression's own name
)

// Binding is one declared name.
type Binding struct {
	Name string
	Kind BindingKind
	// Decl is the first declaration; Decls are all of them, Decl first,
	// in the order the engine makes them (hoisted ones before the rest):
	// var x twice, a var over a parameter, a function over one.
	Decl  *ast.Identifier
	Decls []*ast.Identifier
	// Function and Index say which function a parameter belongs to and
	// where in its list (the first parameter is 0); nil and 0 for any
	// other binding.
	Function ast.Node
	Index    int
	// Refs are the identifiers that resolve to this binding, in source
	// order, the declaration's own included.
	Refs []*ast.Identifier
}

// IsParamOf reports whether b is one of fn's own parameters, named
// plainly: the names in a destructured parameter stand at no position,
// and a function declared over a parameter is no parameter any more.
func (b *Binding) IsParamOf(fn ast.Node) bool {
	return fn != nil && b.Kind == Param && b.Function == fn
}

// Scopes is a resolved file: what each name refers to.
type Scopes struct {
	of   map[*ast.Identifier]*Binding
	all  []*Binding
	free map[string][]*ast.Identifier
}

// Resolve resolves every name in root as the engine would: function
// scopes with var and (sloppy-mode) function hoisting; let, const and
// class in blocks; parameters with destructuring, defaults and rest;
// catch parameters; named function expressions; class bodies.
func Resolve(root ast.Node) *Scopes {
	r := &resolver{out: &Scopes{of: map[*ast.Identifier]*Binding{}, free: map[string][]*ast.Identifier{}}}
	r.scope = newScope(nil, true)
	r.visit(root)
	return r.out
}

// Of is the binding id resolves to; nil for a global or undeclared name.
func (s *Scopes) Of(id *ast.Identifier) *Binding { return s.of[id] }

// Bindings lists every declared name, in the order declared.
func (s *Scopes) Bindings() []*Binding { return s.all }

// Free lists the references to name that resolve to no declaration.
func (s *Scopes) Free(name string) []*ast.Identifier { return s.free[name] }

// Taken reports whether name is declared anywhere or used undeclared, so
// a name added to the code cannot capture or shadow it.
func (s *Scopes) Taken(name string) bool {
	if len(s.free[name]) > 0 {
		return true
	}
	for _, b := range s.all {
		if b.Name == name {
			return true
		}
	}
	return false
}

// Params lists fn's own parameters by position (nil where a position
// holds a pattern or is missing).
func (s *Scopes) Params(fn ast.Node) []*Binding {
	var out []*Binding
	for _, b := range s.all {
		if b.Kind != Param || b.Function != fn || b.Decl == nil {
			continue
		}
		for len(out) <= b.Index {
			out = append(out, nil)
		}
		if out[b.Index] == nil {
			out[b.Index] = b
		}
	}
	return out
}

type scope struct {
	parent   *scope
	function bool
	names    map[string]*Binding
}

func newScope(parent *scope, function bool) *scope {
	return &scope{parent: parent, function: function, names: map[string]*Binding{}}
}

func (s *scope) lookup(name string) *Binding {
	for ; s != nil; s = s.parent {
		if b, ok := s.names[name]; ok {
			return b
		}
	}
	return nil
}

type resolver struct {
	out   *Scopes
	scope *scope
}

func (r *resolver) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.Identifier:
		r.resolve(n)
	case *ast.FunctionDeclaration:
		r.function(n.Function, false)
	case *ast.FunctionLiteral:
		r.function(n, true)
	case *ast.ArrowFunctionLiteral:
		r.arrow(n)
	case *ast.ClassLiteral:
		r.class(n)
	case *ast.BlockStatement:
		r.inScope(func(s *scope) { r.declareLexical(n.List, s) }, n)
	case *ast.CatchStatement:
		r.inScope(func(s *scope) { r.declareTarget(n.Parameter, CatchParam, s, nil, 0) }, n)
	case *ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement:
		r.inScope(func(s *scope) { r.declareLoop(n, s) }, n)
	case *ast.SwitchStatement:
		r.visit(n.Discriminant)
		r.inScope(func(s *scope) {
			for _, c := range n.Body {
				r.declareLexical(c.Consequent, s)
			}
		}, &ast.BlockStatement{List: caseList(n)})
	default:
		r.children(n)
	}
}

func (r *resolver) children(n ast.Node) {
	for _, c := range Children(n) {
		r.visit(c)
	}
}

// inScope walks n's children in a new block scope that declare fills.
func (r *resolver) inScope(declare func(*scope), n ast.Node) {
	outer := r.scope
	r.scope = newScope(outer, false)
	declare(r.scope)
	r.children(n)
	r.scope = outer
}

func caseList(s *ast.SwitchStatement) []ast.Statement {
	out := make([]ast.Statement, len(s.Body))
	for i, c := range s.Body {
		out[i] = c
	}
	return out
}

func (r *resolver) resolve(id *ast.Identifier) {
	name := id.Name.String()
	b := r.scope.lookup(name)
	if b == nil {
		r.out.free[name] = append(r.out.free[name], id)
		return
	}
	if _, seen := r.out.of[id]; !seen {
		b.Refs = append(b.Refs, id)
	}
	r.out.of[id] = b
}

func (r *resolver) declare(s *scope, id *ast.Identifier, kind BindingKind) *Binding {
	name := id.Name.String()
	if b, ok := s.names[name]; ok {
		b.Decls = append(b.Decls, id)
		if b.Kind == Param && kind == FunctionDecl {
			// function f(x) { function x() {} }: x is the function now.
			b.Kind, b.Function, b.Index = FunctionDecl, nil, 0
		}
		return b
	}
	b := &Binding{Name: name, Kind: kind, Decl: id, Decls: []*ast.Identifier{id}}
	s.names[name] = b
	r.out.all = append(r.out.all, b)
	return b
}

func (r *resolver) declareTarget(target ast.Expression, kind BindingKind, s *scope, fn ast.Node, index int) {
	for _, id := range Leaves(target) {
		b := r.declare(s, id, kind)
		if kind == Param && id == target {
			b.Function, b.Index = fn, index
		}
	}
}

func (r *resolver) declareLoop(n ast.Node, s *scope) {
	switch n := n.(type) {
	case *ast.ForStatement:
		if init, ok := n.Initializer.(*ast.ForLoopInitializerLexicalDecl); ok {
			for _, b := range init.LexicalDeclaration.List {
				r.declareTarget(b.Target, lexicalKind(init.LexicalDeclaration.Token), s, nil, 0)
			}
		}
	case *ast.ForInStatement:
		r.declareInto(n.Into, s)
	case *ast.ForOfStatement:
		r.declareInto(n.Into, s)
	}
}

func (r *resolver) declareInto(into ast.ForInto, s *scope) {
	if d, ok := into.(*ast.ForDeclaration); ok {
		kind := Let
		if d.IsConst {
			kind = Const
		}
		r.declareTarget(d.Target, kind, s, nil, 0)
	}
}

func lexicalKind(t token.Token) BindingKind {
	if t == token.CONST {
		return Const
	}
	return Let
}

// Leaves lists the names a binding pattern declares (or assigns).
func Leaves(target ast.Expression) []*ast.Identifier {
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
