package migrate

import (
	"fmt"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/jsast"
)

// pinVersions pins each require without a version to the version the
// hook got in Webtask, where an Action would get another one: the goal is
// the same requests, and a library's new major version rarely sends
// exactly what the old one did (axios 1.x, for one, drops the charset
// from a JSON Content-Type).
func (r *rewriter) pinVersions() {
	jsast.Walk(r.Tree, func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpression)
		if !ok || !r.isWrapperName(call.Callee, "require") || len(call.ArgumentList) != 1 {
			return true
		}
		lit, ok := call.ArgumentList[0].(*ast.StringLiteral)
		if !ok {
			return true
		}
		r.pin(call, lit)
		return true
	})
}

func (r *rewriter) pin(call *ast.CallExpression, lit *ast.StringLiteral) {
	name, version := emulator.SplitModuleSpec(lit.Value.String())
	if version != "" {
		if m, ok := r.opts.Emulator.Module(name); ok && len(m.Versions) > 0 {
			problem, fix := emulator.PinnedInAction(name, version)
			r.note(call, false, problem+": before deploying, "+fix)
		}
		return
	}
	if name != lit.Value.String() {
		return
	}
	m, ok := r.opts.Emulator.Module(name)
	if !ok || m.HookDefault == "" || m.HookDefault == m.ActionDefault {
		return
	}
	from, to := r.Span(lit)
	quote := r.Text[from : from+1]
	r.ed.replace(from, to, quote+name+"@"+m.HookDefault+quote)
	problem, fix := emulator.PinnedInAction(name, m.HookDefault)
	r.note(call, false, fmt.Sprintf("%s pinned to %s, the version the hook ran with (an Action's require('%s') gets %s, which may send different requests), so hookemu diff compares like with like; %s: before deploying, %s, or drop the pin and compare again",
		name, m.HookDefault, name, m.ActionDefault, problem, fix))
}
