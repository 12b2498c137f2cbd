package migrate

import (
	"strings"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// stmtEnd is where a statement ends, its semicolon included (goja's tree
// ends an expression statement before it).
func (r *rewriter) stmtEnd(s ast.Statement) int {
	end := r.Offset(s.Idx1())
	i := end
	for i < len(r.Text) && (r.Text[i] == ' ' || r.Text[i] == '\t') {
		i++
	}
	if i < len(r.Text) && r.Text[i] == ';' {
		return i + 1
	}
	return end
}

// extendBack moves a deletion's start back over the blanks before it;
// when they reach the start of the line, over the line break too, so no
// blank line is left behind.
func (r *rewriter) extendBack(offset int) int {
	i := offset
	for i > 0 && (r.Text[i-1] == ' ' || r.Text[i-1] == '\t') {
		i--
	}
	if i > 0 && r.Text[i-1] == '\n' {
		i--
		if i > 0 && r.Text[i-1] == '\r' {
			i--
		}
	}
	return i
}

// firstContent is the offset of the first character after offset that
// is not a space or tab (a line break counts as content).
func (r *rewriter) firstContent(offset int) int {
	for offset < len(r.Text) && (r.Text[offset] == ' ' || r.Text[offset] == '\t') {
		offset++
	}
	return offset
}

// reindent moves the lines that start inside [from, to) from indentation
// old to indent, keeping what is deeper than old. Lines inside a
// template literal keep their text.
func (r *rewriter) reindent(from, to int, old, indent string) {
	if old == indent {
		return
	}
	literals := r.multilineStrings()
	for i := from; i < to; i++ {
		if r.Text[i] != '\n' || i+1 >= to {
			continue
		}
		start := i + 1
		if insideAny(start, literals) {
			continue
		}
		current := r.Indent(start)
		if start+len(current) < len(r.Text) && r.Text[start+len(current)] == '\n' {
			continue // a blank line
		}
		moved := indent + deeperThan(current, old)
		r.indents[start] = moved
		r.ed.replace(start, start+len(current), moved)
	}
}

// indentBy deepens the lines that start inside [from, to) by one unit.
func (r *rewriter) indentBy(from, to int, unit string) {
	for i := from; i < to; i++ {
		if r.Text[i] != '\n' || i+1 >= to || insideAny(i+1, r.multilineStrings()) {
			continue
		}
		r.indents[i+1] = unit + r.Indent(i+1)
		r.ed.insert(i+1, unit)
	}
}

// deeperThan is what indent has beyond old ("" when it is not deeper).
func deeperThan(indent, old string) string {
	if rest, ok := strings.CutPrefix(indent, old); ok {
		return rest
	}
	return ""
}

type span struct{ from, to int }

// multilineStrings are the spans of template literals, whose line starts
// are text, not indentation.
func (r *rewriter) multilineStrings() []span {
	if r.literals != nil {
		return *r.literals
	}
	out := []span{}
	jsast.Walk(r.Tree, func(n ast.Node, _ []ast.Node) bool {
		if t, ok := n.(*ast.TemplateLiteral); ok {
			from, to := r.Span(t)
			if strings.Contains(r.Text[from:to], "\n") {
				out = append(out, span{from, to})
			}
		}
		return true
	})
	r.literals = &out
	return out
}

func insideAny(offset int, spans []span) bool {
	for _, s := range spans {
		if offset > s.from && offset < s.to {
			return true
		}
	}
	return false
}
