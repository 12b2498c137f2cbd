package emulator

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// staticKind learns a file's kind, and an Action's trigger, from its
// syntax tree alone, when its top level is only declarations and exports
// whose evaluation can neither throw, loop, allocate much nor depend on
// anything outside the file: function declarations, directives, variables
// set to literals, functions or, in an Action, a built-in module (const
// axios = require('axios'), when requirable says the shim is what it
// loads), and module.exports or exports.HANDLER set to a function. Evaluating such
// code once to learn its kind, as
// learnKind does for every other file, would give the same answer, so the
// load skips it (about 4% of `run --json`'s page faults). ok is false
// whenever the answer is not certain (a require, a call, a condition, a
// throw, an Action whose handler is not async): the caller then
// evaluates. tree is the CommonJS wrapper as compile parsed it.
func staticKind(tree *ast.Program, requirable func(spec string) bool) (kind Kind, trigger string, ok bool) {
	body, ok := wrapperBody(tree)
	if !ok || len(body) > maxStaticStatements {
		return "", "", false
	}
	s := &staticExports{functions: map[string]bool{}, bound: map[string]bool{}, requirable: requirable}
	for _, stmt := range body {
		if !s.declare(stmt) {
			return "", "", false
		}
	}
	s.exports = &staticObject{props: map[string]staticValue{}}
	s.current = staticValue{object: s.exports}
	for _, stmt := range body {
		if !s.step(stmt) {
			return "", "", false
		}
	}
	kind, trigger, ok = s.current.kind()
	if kind == KindHook && s.requires {
		// A module only Actions have fails to load in a Hook: only the
		// evaluation says so, with the error it throws.
		return "", "", false
	}
	return kind, trigger, ok
}

// maxStaticStatements and maxStaticProperties keep what the analysis
// vouches for small: a file that declares thousands of functions is
// evaluated, so that a memory limit it reaches while loading is reported
// as it is today.
const (
	maxStaticStatements = 256
	maxStaticProperties = 64
)

// wrapperBody is the top level of the user's file inside jsast.Wrap's
// function.
func wrapperBody(tree *ast.Program) ([]ast.Statement, bool) {
	if tree == nil || len(tree.Body) != 1 {
		return nil, false
	}
	stmt, ok := tree.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil, false
	}
	fn, ok := stmt.Expression.(*ast.FunctionLiteral)
	if !ok || fn.Body == nil {
		return nil, false
	}
	return fn.Body.List, true
}

// staticValue is what the analysis knows of a value: a function (async
// or not), an object whose handler properties it tracks, a module's
// exports (opaque: never exported or written to), or a primitive.
type staticValue struct {
	function bool
	async    bool
	object   *staticObject
	opaque   bool
}

// staticObject is a plain object created by the file (the original
// exports, or an object literal): the properties set on it so far.
type staticObject struct {
	props map[string]staticValue
}

// kind is what kindOf and actionHandler would make of module.exports
// holding v, when that is certain.
func (v staticValue) kind() (Kind, string, bool) {
	switch {
	case v.function:
		return KindHook, TriggerSendPhoneMessage, true
	case v.object == nil:
		return "", "", false
	}
	for _, name := range ActionHandlers() {
		h, ok := v.object.props[name]
		if !ok || !h.function {
			continue
		}
		if !h.async {
			return "", "", false // a load error: the evaluation words it
		}
		return KindAction, triggerOf(name), true
	}
	return "", "", false
}

// staticExports follows the top level of a file statement by statement.
type staticExports struct {
	// functions are the names function declarations bind, hoisted: true
	// when the last declaration of the name is an async function.
	functions map[string]bool
	// bound are every name the top level declares.
	bound   map[string]bool
	exports *staticObject // the object exports names
	current staticValue   // module.exports
	// requirable tells the built-in modules whose require cannot fail
	// while an Action loads (nil: none); requires is set once the top
	// level requires one.
	requirable func(spec string) bool
	requires   bool
}

// wrapperNames are the CommonJS wrapper's parameters: code that declares
// one of them changes what module.exports or exports mean.
var wrapperNames = [...]string{"exports", "require", "module", "__filename", "__dirname"}

// declare notes the names stmt binds; false for a statement the analysis
// does not follow, or a name bound twice in different ways.
func (s *staticExports) declare(stmt ast.Statement) bool {
	switch st := stmt.(type) {
	case *ast.FunctionDeclaration:
		fn := st.Function
		if fn.Name == nil {
			return false
		}
		name := fn.Name.Name.String()
		if _, again := s.functions[name]; !again && !s.bind(name) {
			return false
		}
		s.functions[name] = fn.Async && !fn.Generator
	case *ast.VariableStatement:
		return s.declareList(st.List)
	case *ast.LexicalDeclaration:
		return s.declareList(st.List)
	}
	return true
}

func (s *staticExports) declareList(list []*ast.Binding) bool {
	for _, b := range list {
		id, ok := b.Target.(*ast.Identifier)
		if !ok || !s.bind(id.Name.String()) {
			return false
		}
	}
	return true
}

// bind records a declared name; false when it is already bound or is one
// of the wrapper's parameters.
func (s *staticExports) bind(name string) bool {
	for _, w := range wrapperNames {
		if name == w {
			return false
		}
	}
	if s.bound[name] {
		return false
	}
	s.bound[name] = true
	return true
}

// step evaluates one top-level statement; false when its effect is not
// certain.
func (s *staticExports) step(stmt ast.Statement) bool {
	switch st := stmt.(type) {
	case *ast.EmptyStatement, *ast.FunctionDeclaration:
		return true
	case *ast.VariableStatement:
		return s.initializers(st.List)
	case *ast.LexicalDeclaration:
		return s.initializers(st.List)
	case *ast.ExpressionStatement:
		switch e := st.Expression.(type) {
		case *ast.StringLiteral:
			return true // a directive, such as "use strict"
		case *ast.AssignExpression:
			return s.assign(e)
		case *ast.CallExpression:
			return s.required(e)
		}
	}
	return false
}

// initializers checks that declaring list cannot throw: every initializer
// is a literal or a function.
func (s *staticExports) initializers(list []*ast.Binding) bool {
	for _, b := range list {
		if b.Initializer == nil {
			continue
		}
		if _, ok := s.value(b.Initializer); !ok {
			return false
		}
	}
	return true
}

// assign follows module.exports = V, exports.NAME = V and
// module.exports.NAME = V.
func (s *staticExports) assign(e *ast.AssignExpression) bool {
	if e.Operator != token.ASSIGN {
		return false
	}
	v, ok := s.value(e.Right)
	if !ok || v.opaque {
		return false
	}
	if isModuleExports(e.Left) {
		s.current = v
		return true
	}
	target, name, ok := memberOf(e.Left)
	if !ok {
		return false
	}
	var into staticValue
	switch {
	case isIdentifier(target, "exports"):
		into = staticValue{object: s.exports}
	case isModuleExports(target):
		into = s.current
	default:
		return false
	}
	return into.set(name, v)
}

// set assigns a property that no prototype intercepts: on a plain object
// any name but __proto__; on a function not one of its own or
// Function.prototype's special properties (assigning those fails, and
// throws in strict code). A primitive is never assigned to.
func (v staticValue) set(name string, to staticValue) bool {
	switch name {
	case "__proto__", "constructor":
		return false
	}
	switch {
	case v.object != nil:
		v.object.props[name] = to
		return true
	case v.function:
		switch name {
		case "length", "name", "prototype", "caller", "arguments":
			return false
		}
		return true
	}
	return false
}

// value is what evaluating e gives, when that cannot throw or run code:
// a literal, a function, a function declaration's name, or an object
// literal of those.
func (s *staticExports) value(e ast.Expression) (staticValue, bool) {
	switch x := e.(type) {
	case *ast.StringLiteral, *ast.NumberLiteral, *ast.BooleanLiteral, *ast.NullLiteral:
		return staticValue{}, true
	case *ast.TemplateLiteral:
		return staticValue{}, x.Tag == nil && len(x.Expressions) == 0
	case *ast.FunctionLiteral:
		return staticValue{function: true, async: x.Async && !x.Generator}, true
	case *ast.ArrowFunctionLiteral:
		return staticValue{function: true, async: x.Async}, true
	case *ast.Identifier:
		async, ok := s.functions[x.Name.String()]
		return staticValue{function: true, async: async}, ok
	case *ast.ObjectLiteral:
		return s.object(x)
	case *ast.CallExpression:
		return staticValue{opaque: true}, s.required(x)
	}
	return staticValue{}, false
}

// required reports whether call is require('NAME') of a module
// requirable vouches for.
func (s *staticExports) required(call *ast.CallExpression) bool {
	if s.requirable == nil || !isIdentifier(call.Callee, "require") || len(call.ArgumentList) != 1 {
		return false
	}
	spec, ok := call.ArgumentList[0].(*ast.StringLiteral)
	s.requires = true
	return ok && s.requirable(spec.Value.String())
}

// object is a literal whose properties are plain keys with values value
// accepts (but no nested object).
func (s *staticExports) object(lit *ast.ObjectLiteral) (staticValue, bool) {
	if len(lit.Value) > maxStaticProperties {
		return staticValue{}, false
	}
	obj := &staticObject{props: make(map[string]staticValue, len(lit.Value))}
	for _, p := range lit.Value {
		prop, ok := p.(*ast.PropertyKeyed)
		// A method is left to the evaluation: goja's async methods are
		// not AsyncFunctions, which actionHandler refuses.
		if !ok || prop.Computed || prop.Kind != ast.PropertyKindValue {
			return staticValue{}, false
		}
		name, ok := propertyName(prop.Key)
		if !ok || name == "__proto__" {
			return staticValue{}, false
		}
		if _, nested := prop.Value.(*ast.ObjectLiteral); nested {
			return staticValue{}, false
		}
		v, ok := s.value(prop.Value)
		if !ok || v.opaque {
			return staticValue{}, false
		}
		obj.props[name] = v
	}
	return staticValue{object: obj}, true
}

func propertyName(key ast.Expression) (string, bool) {
	switch k := key.(type) {
	case *ast.Identifier:
		return k.Name.String(), true
	case *ast.StringLiteral:
		return k.Value.String(), true
	}
	return "", false
}

// memberOf splits obj.name and obj["name"].
func memberOf(e ast.Expression) (ast.Expression, string, bool) {
	switch m := e.(type) {
	case *ast.DotExpression:
		return m.Left, m.Identifier.Name.String(), true
	case *ast.BracketExpression:
		if lit, ok := m.Member.(*ast.StringLiteral); ok {
			return m.Left, lit.Value.String(), true
		}
	}
	return nil, "", false
}

func isModuleExports(e ast.Expression) bool {
	target, name, ok := memberOf(e)
	return ok && name == "exports" && isIdentifier(target, "module")
}

func isIdentifier(e ast.Expression, name string) bool {
	id, ok := e.(*ast.Identifier)
	return ok && id.Name.String() == name
}
