package check

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// assignTarget walks the left side of an assignment (or ++, or a for-in
// variable): a name written (and read, for compound), a property, or a
// destructuring pattern. value is what is assigned, when known.
func (w *walker) assignTarget(target, value ast.Expression, compound bool) {
	switch t := target.(type) {
	case *ast.Identifier:
		ref := w.reference(t, compound, true, useValue)
		if !compound && ref.binding != nil && value != nil {
			ref.binding.sources = append(ref.binding.sources, source{value: value})
		}
	case *ast.DotExpression, *ast.BracketExpression:
		w.access(t, true, useTest)
	case *ast.ObjectPattern, *ast.ArrayPattern:
		w.bindTarget(t, value, nil, false)
	default:
		w.expr(target, useValue)
	}
}

// bindTarget walks a binding or assignment pattern whose value is value
// reached through path. Declared names (decl) get their sources; assigned
// ones are also references. jsast has resolved both to their bindings.
func (w *walker) bindTarget(target, value ast.Expression, path []pathStep, decl bool) {
	switch t := target.(type) {
	case *ast.Identifier:
		w.bindName(t, value, path, decl)
	case *ast.ObjectPattern:
		w.objectPattern(t, value, path, decl)
	case *ast.ArrayPattern:
		w.arrayPattern(t, value, path, decl)
	case *ast.AssignExpression: // a pattern element with a default
		w.expr(t.Right, useAlias)
		w.bindTarget(t.Left, value, markDefault(path), decl)
		w.addSource(t.Left, source{value: t.Right})
	case nil:
	default: // a property in an assignment pattern: ({a: this.x} = o)
		w.assignTarget(t, nil, false)
		w.noteDestructure(value, path)
	}
}

func (w *walker) bindName(id *ast.Identifier, value ast.Expression, path []pathStep, decl bool) {
	if !decl {
		w.reference(id, false, true, useValue)
	}
	w.addSource(id, source{value: value, path: path})
	w.noteDestructure(value, path)
}

// addSource lets value flow into the variable target names.
func (w *walker) addSource(target ast.Expression, src source) {
	id, ok := target.(*ast.Identifier)
	if !ok {
		return
	}
	b := w.an.resolved(id)
	if b != nil && (src.value != nil || len(src.path) > 0) {
		b.sources = append(b.sources, src)
	}
}

func (w *walker) noteDestructure(value ast.Expression, path []pathStep) {
	if len(path) > 0 {
		w.an.destructures = append(w.an.destructures, source{value: value, path: path})
	}
}

func (w *walker) objectPattern(p *ast.ObjectPattern, value ast.Expression, path []pathStep, decl bool) {
	for _, prop := range p.Properties {
		switch prop := prop.(type) {
		case *ast.PropertyShort:
			step := pathStep{key: prop.Name.Name.String(), known: true, at: prop.Name.Idx}
			if prop.Initializer != nil {
				w.expr(prop.Initializer, useAlias)
				step.hasDefault = true
			}
			w.bindName(&prop.Name, value, extend(path, step), decl)
			if prop.Initializer != nil {
				w.addSource(&prop.Name, source{value: prop.Initializer})
			}
		case *ast.PropertyKeyed:
			step := pathStep{at: prop.Key.Idx0()}
			if prop.Computed {
				w.expr(prop.Key, useValue)
			}
			step.key, step.known = jsast.ConstKey(prop.Key)
			w.bindTarget(prop.Value, value, extend(path, step), decl)
		}
	}
	if p.Rest != nil {
		w.bindTarget(p.Rest, value, extend(path, pathStep{rest: true, at: p.Rest.Idx0()}), decl)
	}
}

func (w *walker) arrayPattern(p *ast.ArrayPattern, value ast.Expression, path []pathStep, decl bool) {
	for _, el := range p.Elements {
		if el != nil {
			w.bindTarget(el, value, extend(path, pathStep{at: el.Idx0()}), decl)
		}
	}
	if p.Rest != nil {
		w.bindTarget(p.Rest, value, extend(path, pathStep{rest: true, at: p.Rest.Idx0()}), decl)
	}
}

// extend copies path with step added, so sibling patterns never share
// (and overwrite) one backing array.
func extend(path []pathStep, step pathStep) []pathStep {
	return append(append(make([]pathStep, 0, len(path)+1), path...), step)
}

// markDefault flags the last step as having a default value.
func markDefault(path []pathStep) []pathStep {
	if len(path) == 0 {
		return path
	}
	out := append([]pathStep(nil), path...)
	out[len(out)-1].hasDefault = true
	return out
}
