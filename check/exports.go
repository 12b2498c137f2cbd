package check

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/jsast"
)

// handler is what the code exports, as far as the tree shows it.
type handler struct {
	kind emulator.Kind // "" when nothing is exported
	// name is the Action handler's export (onExecuteSendPhoneMessage);
	// "" for a hook. exported are all the Action handlers assigned, as
	// code may export more than one.
	name     string
	exported map[string]bool
	line     int
	// fn is the exported function when the tree says which it is (a
	// function literal, or a name bound to one); nil otherwise.
	fn     ast.Node
	params *ast.ParameterList
	async  bool
	// bareExports is the line of `exports = ...`, which exports nothing.
	bareExports int
}

// findHandler looks at every assignment to module.exports (the last one
// wins, as at run time) and to exports.onExecute... (an Action).
func findHandler(an *analysis) handler {
	var h handler
	exported := map[string]bool{}
	for _, a := range an.assigns {
		if a.Operator != token.ASSIGN {
			continue
		}
		switch {
		case isModuleExports(an, a.Left):
			h = exportedValue(an, unchain(a.Right))
			h.line = an.line(a.Idx0())
			clear(exported)
			for _, name := range objectHandlerNames(unchain(a.Right)) {
				exported[name] = true
			}
		case isActionExport(an, a.Left):
			h = handlerOf(an, emulator.KindAction, a.Right)
			_, h.name, _ = memberParts(a.Left)
			h.line = an.line(a.Idx0())
			exported[h.name] = true
		case an.isWrapperParam(asIdentifier(a.Left), "exports") && h.kind == "":
			h.bareExports = an.line(a.Idx0())
		}
	}
	h.exported = exported
	return h
}

// exportedValue reads module.exports = value: a function is a hook, an
// object with an onExecute... handler an Action.
func exportedValue(an *analysis, value ast.Expression) handler {
	if obj, ok := value.(*ast.ObjectLiteral); ok {
		for _, p := range obj.Value {
			if kp, ok := p.(*ast.PropertyKeyed); ok && isActionHandlerKey(kp.Key) {
				h := handlerOf(an, emulator.KindAction, kp.Value)
				h.name, _ = jsast.ConstKey(kp.Key)
				return h
			}
			if ps, ok := p.(*ast.PropertyShort); ok && isActionHandlerName(ps.Name.Name.String()) {
				h := handlerOf(an, emulator.KindAction, &ps.Name)
				h.name = ps.Name.Name.String()
				return h
			}
		}
	}
	return handlerOf(an, emulator.KindHook, value)
}

// objectHandlerNames are the Action handlers an object literal names,
// shorthand ({onExecuteSendPhoneMessage}) included.
func objectHandlerNames(value ast.Expression) []string {
	obj, ok := value.(*ast.ObjectLiteral)
	if !ok {
		return nil
	}
	var names []string
	for _, p := range obj.Value {
		var name string
		switch p := p.(type) {
		case *ast.PropertyKeyed:
			name, _ = jsast.ConstKey(p.Key)
		case *ast.PropertyShort:
			name = p.Name.Name.String()
		}
		if isActionHandlerName(name) {
			names = append(names, name)
		}
	}
	return names
}

func handlerOf(an *analysis, kind emulator.Kind, value ast.Expression) handler {
	h := handler{kind: kind}
	switch fn := resolveFunction(an, value, 0).(type) {
	case *ast.FunctionLiteral:
		h.fn, h.params, h.async = fn, fn.ParameterList, fn.Async
	case *ast.ArrowFunctionLiteral:
		h.fn, h.params, h.async = fn, fn.ParameterList, fn.Async
	}
	return h
}

// resolveFunction follows a name to the function it is bound to.
func resolveFunction(an *analysis, e ast.Expression, depth int) ast.Expression {
	switch e := e.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		return e
	case *ast.Identifier:
		b := an.bindingOf(e)
		if b == nil || depth > 8 {
			return nil
		}
		for _, src := range b.sources {
			if len(src.path) == 0 {
				if fn := resolveFunction(an, src.value, depth+1); fn != nil {
					return fn
				}
			}
		}
	}
	return nil
}

// unchain reads module.exports = exports = fn as fn.
func unchain(e ast.Expression) ast.Expression {
	for {
		a, ok := e.(*ast.AssignExpression)
		if !ok || a.Operator != token.ASSIGN {
			return e
		}
		e = a.Right
	}
}

func isModuleExports(an *analysis, e ast.Expression) bool {
	left, key, ok := memberParts(e)
	return ok && key == "exports" && an.isWrapperParam(asIdentifier(left), "module")
}

func isActionExport(an *analysis, e ast.Expression) bool {
	left, key, ok := memberParts(e)
	if !ok || !isActionHandlerName(key) {
		return false
	}
	return isModuleExports(an, left) || an.isWrapperParam(asIdentifier(left), "exports")
}

func memberParts(e ast.Expression) (ast.Expression, string, bool) {
	switch e := e.(type) {
	case *ast.DotExpression:
		return e.Left, e.Identifier.Name.String(), true
	case *ast.BracketExpression:
		key, ok := jsast.ConstKey(e.Member)
		return e.Left, key, ok
	}
	return nil, "", false
}

func isActionHandlerKey(key ast.Expression) bool {
	name, ok := jsast.ConstKey(key)
	return ok && isActionHandlerName(name)
}

func isActionHandlerName(name string) bool {
	for _, h := range emulator.ActionHandlers() {
		if name == h {
			return true
		}
	}
	return false
}

func asIdentifier(e ast.Expression) *ast.Identifier {
	id, _ := e.(*ast.Identifier)
	return id
}

// signature shows a parameter list as the user wrote it, shortened:
// (recipient, text, context, cb), ({a, b}, ...rest).
func signature(params *ast.ParameterList) string {
	var parts []string
	for _, p := range params.List {
		parts = append(parts, targetText(p.Target))
	}
	if params.Rest != nil {
		parts = append(parts, "..."+targetText(params.Rest))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func targetText(t ast.Expression) string {
	switch t := t.(type) {
	case *ast.Identifier:
		return t.Name.String()
	case *ast.ObjectPattern:
		return "{…}"
	case *ast.ArrayPattern:
		return "[…]"
	}
	return "…"
}
