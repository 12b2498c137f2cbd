package migrate

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// program is the parsed hook with what every step of the rewrite reads:
// what each name refers to, and what each node is inside.
type program struct {
	*jsast.File
	sc      *jsast.Scopes
	parents jsast.Parents
}

// rewriter turns one hook into an Action. Each step records edits and
// notes; nothing touches the text until all steps are done.
type rewriter struct {
	*program
	opts  Options
	h     handler
	event string // the handler's parameter names, "event" and "api"
	api   string
	unit  string // one level of the file's indentation
	ed    edits

	cb *jsast.Binding
	// consumed are the references to cb a conversion took care of; any
	// other is left as it was, with a note.
	consumed map[*ast.Identifier]bool
	// prologue are statements to put first in the handler's body.
	prologue []string
	notes    []pendingNote
	// indents are the new indentation of lines the rewrite moved, by the
	// offset where the line starts, so comments above them line up.
	indents map[int]string
	// literals caches the spans of multi-line template literals.
	literals *[]span
}

// pendingNote is a note and where its comment goes: above the line of
// at; at < 0 when the comment is part of inserted code already.
type pendingNote struct {
	Note
	at int
}

func newRewriter(f *jsast.File, opts Options) (*rewriter, error) {
	p := &program{File: f, sc: jsast.Resolve(f.Tree), parents: jsast.ParentsOf(f.Tree)}
	h, err := findHandler(p)
	if err != nil {
		return nil, err
	}
	rw := &rewriter{
		program: p, opts: opts, h: h,
		event: p.freshName("event"), api: p.freshName("api"),
		consumed: map[*ast.Identifier]bool{}, indents: map[int]string{},
	}
	rw.unit = rw.indentUnit()
	return rw, nil
}

// rewrite runs every step and splices the edits in.
func (r *rewriter) rewrite() ([]byte, []Note, error) {
	if err := r.header(); err != nil {
		return nil, nil, err
	}
	if err := r.parameters(); err != nil {
		return nil, nil, err
	}
	r.callbacks()
	r.leftoverCallbacks()
	r.processEnvWrites()
	if !r.opts.Unpinned {
		r.pinVersions()
	}
	r.writePrologue()
	r.writeComments()
	out, err := r.ed.apply(r.Text)
	if err != nil {
		return nil, nil, err
	}
	return []byte(out), r.sortedNotes(), nil
}

// freshName is base, or base with a number, whichever the hook does not
// use anywhere.
func (p *program) freshName(base string) string {
	name := base
	for i := 2; p.sc.Taken(name); i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}

// indentUnit is one level of indentation as the handler's body has it.
func (r *rewriter) indentUnit() string {
	if len(r.h.body.List) == 0 {
		return "  "
	}
	outer := r.Indent(r.Offset(r.h.body.LeftBrace))
	inner := r.Indent(r.Start(r.h.body.List[0]))
	if unit, ok := strings.CutPrefix(inner, outer); ok && unit != "" {
		return unit
	}
	return "  "
}

// note records a `// hookemu:` comment above the line of node.
func (r *rewriter) note(node ast.Node, todo bool, message string) {
	at := r.Start(node)
	if stmt := r.parents.Statement(node); stmt != nil {
		at = r.Start(stmt)
	}
	for _, n := range r.notes {
		if n.at >= 0 && r.LineStart(n.at) == r.LineStart(at) && n.Message == message {
			return
		}
	}
	r.notes = append(r.notes, pendingNote{Note: Note{Line: r.Line(at), Todo: todo, Message: message}, at: at})
}

// writeComments puts each note above its line, indented as the line is
// once rewritten.
func (r *rewriter) writeComments() {
	for _, n := range r.notes {
		if n.at < 0 {
			continue // written with the code it is about (the prologue)
		}
		start := r.LineStart(n.at)
		indent, moved := r.indents[start]
		if !moved {
			indent = r.Indent(n.at)
		}
		r.ed.insert(start, indent+"// hookemu: "+n.Message+"\n")
	}
}

func (r *rewriter) sortedNotes() []Note {
	out := make([]Note, len(r.notes))
	for i, n := range r.notes {
		out[i] = n.Note
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// writePrologue puts the statements the handler needs first (a local
// copy of a parameter the hook assigns to, the rebuilt context) at the
// top of its body.
func (r *rewriter) writePrologue() {
	if len(r.prologue) == 0 {
		return
	}
	indent := r.Indent(r.Offset(r.h.body.LeftBrace)) + r.unit
	var b strings.Builder
	for _, stmt := range r.prologue {
		b.WriteString("\n" + indent + strings.ReplaceAll(stmt, "\n", "\n"+indent))
	}
	r.ed.insert(r.Offset(r.h.body.LeftBrace)+1, b.String())
}
