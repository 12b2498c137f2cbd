package deploy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Limits on what YAML aliases (*name) may make of a file. The parser keeps
// an alias as a pointer to its anchor's value and converting follows it
// every time, so a short file of aliases of aliases ("billion laughs")
// would stand for gigabytes; an alias inside the value it names would
// never end. Each is far above what a tenant.yaml section holds.
const (
	maxYAMLValues    = 200_000  // values the converted sections may hold
	maxYAMLTextBytes = 32 << 20 // bytes of text they may hold
)

// parseYAML reads data as one YAML document whose top level is a mapping
// (js-yaml's load: one document, no duplicate keys, YAML 1.2 core
// schema), converting only the top-level keys keep accepts.
func parseYAML(file string, data []byte, keep func(key string) bool) (doc, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return doc{file: file, root: &value{kind: kindObject}}, nil
		}
		return doc{}, &fieldError{file: file, msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return doc{}, &fieldError{file: file, line: extra.Line, msg: "a second YAML document (after ---); a0deploy reads one"}
	}
	c := yamlConverter{file: file, open: map[*yaml.Node]bool{}}
	top := c.deref(root.Content[0])
	if top.Kind == yaml.ScalarNode && top.ShortTag() == "!!null" {
		return doc{file: file, root: &value{kind: kindObject}}, nil
	}
	if top.Kind != yaml.MappingNode {
		return doc{}, &fieldError{file: file, line: top.Line, msg: "want a mapping (hooks:, actions:, ...) at the top of the file"}
	}
	out := &value{kind: kindObject, line: top.Line}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key := c.deref(top.Content[i])
		if !keep(key.Value) {
			continue
		}
		if out.get(key.Value) != nil {
			return doc{}, c.errorf(key, "the key %s appears twice; js-yaml refuses a duplicated key", key.Value)
		}
		v, err := c.convert(top.Content[i+1], 1)
		if err != nil {
			return doc{}, err
		}
		out.set(key.Value, v)
	}
	return doc{file: file, root: out}, nil
}

type yamlConverter struct {
	file         string
	values, text int
	open         map[*yaml.Node]bool // anchored values being converted
}

func (c *yamlConverter) errorf(n *yaml.Node, format string, args ...any) error {
	return &fieldError{file: c.file, line: n.Line, msg: fmt.Sprintf(format, args...)}
}

func (c *yamlConverter) deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < maxDepth; i++ {
		n = n.Alias
	}
	return n
}

func (c *yamlConverter) convert(n *yaml.Node, depth int) (*value, error) {
	if depth > maxDepth {
		return nil, c.errorf(n, "nested deeper than %d levels", maxDepth)
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil || c.open[n.Alias] {
			return nil, c.errorf(n, "the alias *%s is inside the value it names, so it would never end; write the value out instead", n.Value)
		}
		return c.convert(n.Alias, depth+1)
	}
	c.values++
	c.text += len(n.Value)
	if c.values > maxYAMLValues || c.text > maxYAMLTextBytes {
		return nil, c.errorf(n, "aliases expand this file past %d values or %d MiB of text; write the values out, or alias less", maxYAMLValues, maxYAMLTextBytes>>20)
	}
	if n.Anchor != "" {
		c.open[n] = true
		defer delete(c.open, n)
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return scalarValue(n), nil
	case yaml.SequenceNode:
		out := &value{kind: kindList, line: n.Line}
		for _, item := range n.Content {
			v, err := c.convert(item, depth+1)
			if err != nil {
				return nil, err
			}
			out.items = append(out.items, v)
		}
		return out, nil
	case yaml.MappingNode:
		return c.mapping(n, depth)
	}
	return nil, c.errorf(n, "a YAML value hookemu cannot read")
}

func scalarValue(n *yaml.Node) *value {
	v := &value{kind: kindString, text: n.Value, line: n.Line}
	switch n.ShortTag() {
	case "!!null":
		v.kind, v.text = kindNull, ""
	case "!!bool":
		v.kind, v.text = kindBool, strings.ToLower(n.Value)
	case "!!int", "!!float":
		v.kind = kindNumber
	}
	return v
}

// mapping converts a mapping; merge keys (<<) add the keys the mapping
// does not give itself, as js-yaml does.
func (c *yamlConverter) mapping(n *yaml.Node, depth int) (*value, error) {
	out := &value{kind: kindObject, line: n.Line}
	var merges []*value
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := c.deref(n.Content[i])
		if key.Kind != yaml.ScalarNode {
			return nil, c.errorf(key, "a key that is not text; write keys as plain names")
		}
		v, err := c.convert(n.Content[i+1], depth+1)
		if err != nil {
			return nil, err
		}
		if key.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		if out.get(key.Value) != nil {
			return nil, c.errorf(key, "the key %s appears twice; js-yaml refuses a duplicated key", key.Value)
		}
		out.set(key.Value, v)
	}
	for _, m := range merges {
		sources := []*value{m}
		if m.kind == kindList {
			sources = m.items
		}
		for _, src := range sources {
			if src.kind != kindObject {
				return nil, &fieldError{file: c.file, line: src.line, msg: "a merge (<<) of something that is not a mapping"}
			}
			for i, k := range src.keys {
				if out.get(k) == nil {
					out.set(k, src.vals[i])
				}
			}
		}
	}
	return out, nil
}
