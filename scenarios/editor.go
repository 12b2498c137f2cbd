package scenarios

import (
	"bytes"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// editor edits a YAML file as text, one mapping entry at a time, using the
// positions the parser recorded: an entry runs from its key's line to the
// line before the next entry (or the end of whatever holds it), less the
// blank lines and comments that lead into what follows.
type editor struct {
	f       *File
	lines   []string
	parent  map[*yaml.Node]*yaml.Node
	splices []splice
	failed  bool
	eol     string // "\r" on files with Windows line ends, to keep them
}

// splice replaces lines[from:to] with lines.
type splice struct {
	from, to int
	lines    []string
}

func newEditor(f *File) *editor {
	e := &editor{f: f, lines: strings.Split(string(f.data), "\n"), parent: map[*yaml.Node]*yaml.Node{}}
	if bytes.Contains(f.data, []byte("\r\n")) {
		e.eol = "\r"
	}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range n.Content {
			e.parent[c] = n
			walk(c)
		}
	}
	walk(f.doc)
	return e
}

// splice plans the text edits for u; false means it cannot be done in
// place.
func (e *editor) splice(u update) bool {
	target := u.scenario.node
	if e.inFlow(target) {
		return false
	}
	exp := valueNode(target, "expect")
	if exp != nil && exp.Kind == yaml.MappingNode && exp.Style&yaml.FlowStyle == 0 && len(exp.Content) > 0 && exp.Anchor == "" {
		e.spliceKeys(exp, u)
	} else if i := pairIndex(target, "expect"); i >= 0 {
		e.replaceEntry(target, i, u.newExpect(exp))
	} else {
		e.insertAtEnd(target, []pair{{"expect", u.newExpect(nil)}})
	}
	return !e.failed
}

func (e *editor) spliceKeys(exp *yaml.Node, u update) {
	added := map[int][]pair{} // by the key index they go before; -1 is the end
	var points []int
	for _, p := range u.ordered() {
		i := pairIndex(exp, p.key)
		if i < 0 {
			at := insertionPoint(exp, p.key)
			if _, seen := added[at]; !seen {
				points = append(points, at)
			}
			added[at] = append(added[at], p)
			continue
		}
		keepComment(exp.Content[i+1], p.value)
		e.replaceEntry(exp, i, p.value)
	}
	for _, key := range u.remove {
		if i := pairIndex(exp, key); i >= 0 {
			e.add(exp.Content[i].Line-1, e.entryEnd(exp, i), nil)
		}
	}
	for _, at := range points {
		if at < 0 {
			e.insertAtEnd(exp, added[at])
			continue
		}
		line := e.entryStart(exp, at)
		e.add(line, line, e.render(added[at], nil, exp.Content[0].Column-1))
	}
}

// entryStart is the line index where entry i (a key index) of m starts,
// with the comment lines just above its key, which are about it.
func (e *editor) entryStart(m *yaml.Node, i int) int {
	start := m.Content[i].Line - 1
	floor := 0
	if i > 0 {
		floor = e.entryEnd(m, i-2)
	}
	for start > floor && isComment(e.lines[start-1]) {
		start--
	}
	return start
}

// replaceEntry rewrites entry i (a key index) of m with value, keeping
// what precedes the key on its line ("  - " for a case's first key).
func (e *editor) replaceEntry(m *yaml.Node, i int, value *yaml.Node) {
	key := m.Content[i]
	start := key.Line - 1
	line := e.lines[start]
	if key.Column-1 > len(line) {
		e.failed = true
		return
	}
	prefix := line[:key.Column-1]
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key.Value, Style: key.Style, LineComment: key.LineComment}
	lines := e.render([]pair{{"", value}}, k, len(prefix))
	if len(lines) == 0 {
		return
	}
	lines[0] = prefix + strings.TrimLeft(lines[0], " ")
	e.add(start, e.entryEnd(m, i), lines)
}

// insertAtEnd adds entries after the last entry of block mapping m.
func (e *editor) insertAtEnd(m *yaml.Node, pairs []pair) {
	if len(m.Content) == 0 {
		e.failed = true
		return
	}
	at := e.entryEnd(m, len(m.Content)-2)
	e.add(at, at, e.render(pairs, nil, m.Content[0].Column-1))
}

// render encodes pairs as a block mapping indented by indent spaces; key,
// when given, replaces the first pair's key node.
func (e *editor) render(pairs []pair, key *yaml.Node, indent int) []string {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i, p := range pairs {
		k := textNode(p.key)
		if i == 0 && key != nil {
			k = key
		}
		m.Content = append(m.Content, k, p.value)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if enc.Encode(m) != nil || enc.Close() != nil {
		e.failed = true
		return nil
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	pad := strings.Repeat(" ", indent)
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return lines
}

// entryEnd is the line index just past entry i (a key index) of m.
func (e *editor) entryEnd(m *yaml.Node, i int) int {
	start := m.Content[i].Line - 1
	next := e.after(m)
	if i+2 < len(m.Content) {
		next = m.Content[i+2].Line - 1
	}
	for next > start+1 && blankOrComment(e.lines[next-1]) {
		next--
	}
	return next
}

// after is the line index where what follows n in its parents starts.
func (e *editor) after(n *yaml.Node) int {
	p := e.parent[n]
	if p == nil {
		return len(e.lines)
	}
	for j, c := range p.Content {
		if c == n && j+1 < len(p.Content) {
			return p.Content[j+1].Line - 1
		}
	}
	return e.after(p)
}

func (e *editor) inFlow(n *yaml.Node) bool {
	for ; n != nil; n = e.parent[n] {
		if n.Style&yaml.FlowStyle != 0 {
			return true
		}
	}
	return false
}

func (e *editor) add(from, to int, lines []string) {
	for i := range lines {
		lines[i] += e.eol
	}
	e.splices = append(e.splices, splice{from: from, to: to, lines: lines})
}

// result applies the splices, last first, and checks that the text reads
// back as the edited syntax tree: if not, the caller encodes the tree.
func (e *editor) result() ([]byte, bool) {
	if e.failed {
		return nil, false
	}
	sort.SliceStable(e.splices, func(i, j int) bool {
		a, b := e.splices[i], e.splices[j]
		if a.from != b.from {
			return a.from > b.from
		}
		return a.to > b.to
	})
	lines := e.lines
	for _, s := range e.splices {
		lines = append(lines[:s.from:s.from], append(append([]string(nil), s.lines...), lines[s.to:]...)...)
	}
	out := []byte(strings.Join(lines, "\n"))
	_, doc := parseDocument(out, newErrorList(e.f.Path))
	if doc == nil || !sameMeaning(doc, e.f.doc) {
		return nil, false
	}
	return out, true
}

func blankOrComment(line string) bool {
	return strings.TrimSpace(line) == "" || isComment(line)
}

func isComment(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), "#")
}
