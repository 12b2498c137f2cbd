package check

import (
	"github.com/dop251/goja/ast"
)

// assignTarget walks the left side of an assignment (or ++, or a for-in
// variable): a name written (and read, for compound), a property, or a
// destructuring pattern. value is what is assigned, when known.
func (r *resolver) assignTarget(target, value ast.Expression, compound bool) {
	switch t := target.(type) {
	case *ast.Identifier:
		ref := r.reference(t, compound, true, useValue)
		if !compound && ref.binding != nil && value != nil {
			ref.binding.sources = append(ref.binding.sources, source{value: value})
		}
	case *ast.DotExpression:
		r.expr(t.Left, useBase)
		r.member(t, t.Left, t.Identifier.Name.String(), true, true, useTest)
	case *ast.BracketExpression:
		r.expr(t.Left, useBase)
		r.expr(t.Member, useValue)
		key, known := constKey(t.Member)
		r.member(t, t.Left, key, known, true, useTest)
	case *ast.ObjectPattern, *ast.ArrayPattern:
		r.bindTarget(t, value, nil, false)
	default:
		r.expr(target, useValue)
	}
}

// bindTarget walks a binding or assignment pattern whose value is value
// reached through path. Declared names (decl) were declared on entering
// their scope and now get their sources; assigned ones are references.
func (r *resolver) bindTarget(target, value ast.Expression, path []pathStep, decl bool) {
	switch t := target.(type) {
	case *ast.Identifier:
		r.bindName(t, value, path, decl)
	case *ast.ObjectPattern:
		r.objectPattern(t, value, path, decl)
	case *ast.ArrayPattern:
		r.arrayPattern(t, value, path, decl)
	case *ast.AssignExpression: // a pattern element with a default
		r.expr(t.Right, useAlias)
		r.bindTarget(t.Left, value, markDefault(path), decl)
		r.addSource(t.Left, source{value: t.Right}, decl)
	case nil:
	default: // a property in an assignment pattern: ({a: this.x} = o)
		r.assignTarget(t, nil, false)
		r.noteDestructure(value, path)
	}
}

func (r *resolver) bindName(id *ast.Identifier, value ast.Expression, path []pathStep, decl bool) {
	if !decl {
		r.reference(id, false, true, useValue)
	}
	r.addSource(id, source{value: value, path: path}, decl)
	r.noteDestructure(value, path)
}

// addSource lets value flow into the variable target names.
func (r *resolver) addSource(target ast.Expression, src source, decl bool) {
	id, ok := target.(*ast.Identifier)
	if !ok {
		return
	}
	var b *binding
	if decl {
		b = r.scope.lookup(id.Name.String())
	} else if ref := r.an.refOf[id]; ref != nil {
		b = ref.binding
	}
	if b != nil && (src.value != nil || len(src.path) > 0) {
		b.sources = append(b.sources, src)
	}
}

func (r *resolver) noteDestructure(value ast.Expression, path []pathStep) {
	if len(path) > 0 {
		r.an.destructures = append(r.an.destructures, source{value: value, path: path})
	}
}

func (r *resolver) objectPattern(p *ast.ObjectPattern, value ast.Expression, path []pathStep, decl bool) {
	for _, prop := range p.Properties {
		switch prop := prop.(type) {
		case *ast.PropertyShort:
			step := pathStep{key: prop.Name.Name.String(), known: true, at: prop.Name.Idx}
			if prop.Initializer != nil {
				r.expr(prop.Initializer, useAlias)
				step.hasDefault = true
			}
			r.bindName(&prop.Name, value, extend(path, step), decl)
			if prop.Initializer != nil {
				r.addSource(&prop.Name, source{value: prop.Initializer}, decl)
			}
		case *ast.PropertyKeyed:
			step := pathStep{at: prop.Key.Idx0()}
			if prop.Computed {
				r.expr(prop.Key, useValue)
			}
			step.key, step.known = constKey(prop.Key)
			r.bindTarget(prop.Value, value, extend(path, step), decl)
		}
	}
	if p.Rest != nil {
		r.bindTarget(p.Rest, value, extend(path, pathStep{rest: true, at: p.Rest.Idx0()}), decl)
	}
}

func (r *resolver) arrayPattern(p *ast.ArrayPattern, value ast.Expression, path []pathStep, decl bool) {
	for _, el := range p.Elements {
		if el != nil {
			r.bindTarget(el, value, extend(path, pathStep{at: el.Idx0()}), decl)
		}
	}
	if p.Rest != nil {
		r.bindTarget(p.Rest, value, extend(path, pathStep{rest: true, at: p.Rest.Idx0()}), decl)
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
