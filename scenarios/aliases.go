package scenarios

import (
	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// Limits on what YAML aliases (*name) may add to a file. The parser keeps
// an alias as a pointer to its anchor's node, and the decoder follows it
// every time: a 600-byte file of aliases of aliases ("billion laughs")
// would otherwise expand to gigabytes, and an alias inside the value it
// names would expand forever. The YAML library bounds this only when it
// decodes into Go values itself, which the scenario decoder does not.
const (
	MaxAliasValues    = 100_000  // values (mappings, lists, scalars) aliases may add
	MaxAliasTextBytes = 16 << 20 // bytes of text aliases may add
)

// expansion is how much a node stands for once its aliases are followed.
type expansion struct{ values, text int }

func (e *expansion) add(o expansion) { e.values += o.values; e.text += o.text }

// aliasCheck walks a document once, in file order, and refuses an alias
// that refers to a value containing it, or one that takes what aliases
// add past the limits. It reports in time linear in the file's size: an
// anchor always comes before its aliases, so each anchored value's
// expansion is computed once and looked up after.
type aliasCheck struct {
	errs   *errorList
	sizes  map[*yaml.Node]expansion // anchored values already walked
	open   map[*yaml.Node]bool      // anchored values being walked
	added  expansion
	failed bool
}

// checkAliases reports whether root's aliases are safe to follow.
func checkAliases(root *yaml.Node, errs *errorList) bool {
	c := &aliasCheck{errs: errs, sizes: map[*yaml.Node]expansion{}, open: map[*yaml.Node]bool{}}
	c.walk(root)
	return !c.failed
}

func (c *aliasCheck) walk(n *yaml.Node) expansion {
	if n.Kind == yaml.AliasNode {
		return c.alias(n)
	}
	if known, ok := c.sizes[n]; ok {
		return known
	}
	e := expansion{values: 1, text: len(n.Value)}
	if n.Anchor != "" {
		c.open[n] = true
		defer delete(c.open, n)
	}
	for _, child := range n.Content {
		e.add(c.walk(child))
		if c.failed {
			return e
		}
	}
	if n.Anchor != "" {
		c.sizes[n] = e
	}
	return e
}

func (c *aliasCheck) alias(n *yaml.Node) expansion {
	target := n.Alias
	if target == nil {
		return expansion{}
	}
	if c.open[target] {
		c.failed = true
		c.errs.add(n.Line, n.Column, "the alias *%s is inside the value it names (&%s on line %d), so it would never end; write the value out instead", n.Value, target.Anchor, target.Line)
		return expansion{}
	}
	e := c.walk(target)
	c.added.add(e)
	if !c.failed && (c.added.values > MaxAliasValues || c.added.text > MaxAliasTextBytes) {
		c.failed = true
		c.errs.add(n.Line, n.Column, "aliases expand this file past %d values or %s of text (here, at *%s); write the values out, or alias less", MaxAliasValues, hostfile.FormatSize(MaxAliasTextBytes), n.Value)
	}
	return e
}
