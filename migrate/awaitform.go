package migrate

import (
	"strings"

	"github.com/dop251/goja/ast"
)

// awaitForm writes the common chain as awaits:
//
//	p.then(function (r) { A }).catch(function (e) { cb(e); });
//	=> const r = await p; A
//
//	p.then(function (r) { A }).catch(function (e) { B });
//	=> try { const r = await p; A } catch (e) { B }
//
// with the callbacks' bodies moved to the indentation of their new place.
func (r *rewriter) awaitForm(s ast.Statement, ch chain, plan awaitPlan, at place) bool {
	stmtFrom := r.Start(s)
	baseFrom, baseTo := r.Span(ch.base)
	outer := r.Indent(stmtFrom)
	inner := outer
	tryForm := plan.onError != nil
	if tryForm {
		inner = outer + r.unit
	}
	head := r.awaitHead(plan.onValue)
	if tryForm {
		head = "try {\n" + inner + head
		r.indentBy(baseFrom, baseTo, r.unit)
	}
	r.ed.replace(stmtFrom, baseFrom, head)
	end, ends, trailer := r.inline(baseTo, plan.onValue, ";", inner, place{tail: true, inList: true, caught: at.caught || tryForm})
	if tryForm {
		catchHead := trailer + "\n" + outer + "} catch {"
		if p := plan.onError.param; p != nil {
			catchHead = trailer + "\n" + outer + "} catch (" + p.Name.String() + ") {"
		}
		var caught bool
		end, caught, trailer = r.inline(end, *plan.onError, catchHead, inner, place{tail: true, inList: true, caught: at.caught})
		ends = ends && caught
		trailer += "\n" + outer + "}"
	}
	r.ed.replace(end, r.stmtEnd(s), trailer)
	if plan.unhandled {
		r.note(s, false, noteUnhandled)
	}
	if plan.passedOn != nil {
		r.consume(plan.passedOn)
	}
	return ends
}

// awaitHead is `await ` or, when the value callback reads its
// parameter, `const r = await ` (let when it assigns to it).
func (r *rewriter) awaitHead(cb callback) string {
	if cb.param == nil {
		return "await "
	}
	b := r.sc.Of(cb.param)
	refs := r.uses(b)
	if len(refs) == 0 {
		return "await "
	}
	keyword := "const "
	for _, ref := range refs {
		if r.isWrite(ref) {
			keyword = "let "
		}
	}
	return keyword + b.Name + " = await "
}

// inline replaces the text from `from` up to a callback's body with
// lead, moves the body to indent and converts its cb calls. It returns
// where the kept body ends, whether it ends the function, and what must
// follow it (";" after a cb call that was an arrow's whole body).
func (r *rewriter) inline(from int, cb callback, lead, indent string, at place) (int, bool, string) {
	if cb.block == nil {
		callFrom, callTo := r.Span(cb.call)
		r.ed.replace(from, callFrom, lead+"\n"+indent)
		return callTo, r.exit(nil, cb.call, asStatement, at), ";"
	}
	lb, rb := r.Offset(cb.block.LeftBrace), r.Offset(cb.block.RightBrace)
	old := r.Indent(lb) + r.unit
	if fc := r.firstContent(lb + 1); fc < rb && r.Text[fc] != '\n' && r.Text[fc] != '\r' {
		r.ed.replace(from, fc, lead+"\n"+indent)
	} else {
		r.ed.replace(from, lb+1, lead)
		if len(cb.block.List) > 0 {
			old = r.Indent(r.Start(cb.block.List[0]))
		}
	}
	r.reindent(lb+1, rb, old, indent)
	ends := r.statements(cb.block.List, at)
	return r.extendBack(rb), ends, ""
}

// gapsArePlain tells whether the text the await form removes around the
// callbacks holds no comment, which it would lose.
func (r *rewriter) gapsArePlain(s ast.Statement, ch chain, plan awaitPlan) bool {
	_, baseTo := r.Span(ch.base)
	cut := []int{baseTo}
	for _, cb := range []*callback{&plan.onValue, plan.onError} {
		if cb == nil {
			continue
		}
		if cb.block != nil {
			cut = append(cut, r.Offset(cb.block.LeftBrace), r.Offset(cb.block.RightBrace))
		} else {
			from, to := r.Span(cb.call)
			cut = append(cut, from, to)
		}
	}
	cut = append(cut, r.stmtEnd(s))
	for i := 0; i+1 < len(cut); i += 2 {
		gap := r.Text[cut[i]:cut[i+1]]
		if strings.Contains(gap, "//") || strings.Contains(gap, "/*") {
			return false
		}
	}
	return true
}
