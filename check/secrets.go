package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

// secretRead is one place the code reads a secret by name.
type secretRead struct {
	name       string
	line       int
	hasDefault bool
}

// secretUse is what the code does with its secrets: the names it reads,
// and the places where the names cannot be told (a computed name, the
// whole object handed to other code).
type secretUse struct {
	reads   []secretRead
	dynamic []int
	escapes []int
}

// secretsAnalysis finds the secrets object however the code reaches it:
// context.webtask.secrets.X, secrets['X'], destructuring
// (const {a, b} = context.webtask.secrets, const {secrets} =
// context.webtask) and aliases (const s = context.webtask.secrets; s.X),
// following variables to what flows into them.
type secretsAnalysis struct {
	an    *analysis
	prof  profile
	roles map[*binding]role
}

// findSecrets reads the secrets use off an analysed program; seeds gives
// bindings a role up front (an Action's event parameter).
func findSecrets(an *analysis, prof profile, seeds map[*binding]role) secretUse {
	sa := &secretsAnalysis{an: an, prof: prof, roles: map[*binding]role{}}
	for b, r := range seeds {
		sa.roles[b] = r
	}
	sa.settleRoles()
	var out secretUse
	sa.memberReads(&out)
	sa.destructuredReads(&out)
	sa.escapes(&out)
	return out
}

// settleRoles gives every variable the strongest role of the values that
// flow into it, repeating until nothing changes (an alias of an alias).
// Roles only grow and there are few, so this ends.
func (sa *secretsAnalysis) settleRoles() {
	for changed := true; changed; {
		changed = false
		for _, b := range sa.an.bindings {
			for _, src := range b.sources {
				if r := sa.roleOfSource(src); r > sa.roles[b] {
					sa.roles[b] = r
					changed = true
				}
			}
		}
	}
}

func (sa *secretsAnalysis) roleOfSource(src source) role {
	r := sa.roleOf(src.value)
	for _, step := range src.path {
		r = sa.follow(r, step)
	}
	return r
}

// follow is the role of what a pattern step takes from a value of role r.
func (sa *secretsAnalysis) follow(r role, step pathStep) role {
	switch {
	case step.rest: // the rest of an object keeps what it had
		return r
	case !step.known:
		return roleNone
	}
	return sa.prof.step(r, step.key)
}

// roleOf tells what an expression evaluates to.
func (sa *secretsAnalysis) roleOf(e ast.Expression) role {
	switch e := e.(type) {
	case *ast.Identifier:
		if b := sa.an.bindingOf(e); b != nil {
			return sa.roles[b]
		}
	case *ast.DotExpression:
		return sa.prof.step(sa.roleOf(e.Left), e.Identifier.Name.String())
	case *ast.BracketExpression:
		if key, ok := jsast.ConstKey(e.Member); ok {
			return sa.prof.step(sa.roleOf(e.Left), key)
		}
	case *ast.OptionalChain:
		return sa.roleOf(e.Expression)
	case *ast.Optional:
		return sa.roleOf(e.Expression)
	case *ast.BinaryExpression:
		switch e.Operator {
		case token.LOGICAL_OR, token.COALESCE:
			return max(sa.roleOf(e.Left), sa.roleOf(e.Right))
		case token.LOGICAL_AND:
			return sa.roleOf(e.Right)
		}
	case *ast.AssignExpression:
		if e.Operator == token.ASSIGN {
			return sa.roleOf(e.Right)
		}
	case *ast.ConditionalExpression:
		return max(sa.roleOf(e.Consequent), sa.roleOf(e.Alternate))
	case *ast.SequenceExpression:
		return sa.roleOf(e.Sequence[len(e.Sequence)-1])
	case *ast.AwaitExpression:
		return sa.roleOf(e.Argument)
	}
	return roleNone
}

// memberReads: secrets.X and secrets['X'] (or secrets[name]).
func (sa *secretsAnalysis) memberReads(out *secretUse) {
	for _, m := range sa.an.members {
		if sa.roleOf(m.left) != roleSecrets {
			continue
		}
		line := sa.an.line(m.node.Idx0())
		if m.known {
			out.reads = append(out.reads, secretRead{name: m.key, line: line})
		} else {
			out.dynamic = append(out.dynamic, line)
		}
	}
}

// destructuredReads: const {X, Y: y, Z = 'default'} = secrets, at any
// depth of a pattern.
func (sa *secretsAnalysis) destructuredReads(out *secretUse) {
	for _, d := range sa.an.destructures {
		r := sa.roleOf(d.value)
		for _, step := range d.path {
			if r == roleSecrets {
				out.noteStep(step, sa.an.line(step.at))
				break
			}
			r = sa.follow(r, step)
		}
	}
}

// noteStep records the key a pattern takes from the secrets object.
func (out *secretUse) noteStep(step pathStep, line int) {
	switch {
	case step.rest:
		out.escapes = append(out.escapes, line)
	case step.known:
		out.reads = append(out.reads, secretRead{name: step.key, line: line, hasDefault: step.hasDefault})
	default:
		out.dynamic = append(out.dynamic, line)
	}
}

// escapes: the secrets object (or what holds it) handed on as a value
// (an argument, a return value, a spread, a property of another object),
// after which the code that reads it cannot be seen.
func (sa *secretsAnalysis) escapes(out *secretUse) {
	for _, u := range sa.an.uses {
		if u.use != useValue {
			continue
		}
		if r := sa.roleOf(u.expr); r == roleSecrets || r == roleWebtask {
			out.escapes = append(out.escapes, sa.an.line(u.expr.Idx0()))
		}
	}
}
