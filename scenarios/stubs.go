package scenarios

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/hookemu/hookemu/stubs"
)

// stubsKey is a scenario's stubs: key as written; the builder reads it.
type stubsKey struct{ node *yaml.Node }

func (k *stubsKey) decodeNode(_ *decoder, n *yaml.Node, _ string) {
	if !isNull(n) {
		k.node = resolveAlias(n)
	}
}

// stubSources reads the stubs key: a file, a list of files and inline
// stubs, a map from host to a file or to stubs, or stubs written in any
// form package stubs reads. Files are relative to the scenario, regular
// files only and bounded; each source is parsed here, so a mistake is
// reported at its line before anything runs.
func (b *builder) stubSources(k stubsKey) []stubs.Source {
	n := k.node
	if n == nil {
		return nil
	}
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag == "!!str":
		return b.stubFile(n, "")
	case n.Kind == yaml.SequenceNode && allFiles(n):
		var out []stubs.Source
		for _, item := range n.Content {
			out = append(out, b.stubFile(resolveAlias(item), "")...)
		}
		return out
	case n.Kind == yaml.MappingNode && allHosts(n):
		var out []stubs.Source
		for i := 0; i+1 < len(n.Content); i += 2 {
			host, value := n.Content[i].Value, resolveAlias(n.Content[i+1])
			if value.Kind == yaml.ScalarNode && value.Tag == "!!str" {
				out = append(out, b.stubFile(value, host)...)
				continue
			}
			out = append(out, b.inlineStubs(value, "stubs."+host, host)...)
		}
		return out
	}
	return b.inlineStubs(n, "stubs", "")
}

// stubFile reads the stubs file a scenario names: inside the suite's
// folder tree, as a hook must be, since scenarios may come from a
// stranger's pull request.
func (b *builder) stubFile(n *yaml.Node, host string) []stubs.Source {
	path := n.Value
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(b.file.Path), path)
	}
	if err := b.shared.checkInsideRoots(path, "stubs file"); err != nil {
		b.dec.errorf(n, "stubs: %v", err)
		return nil
	}
	data, err := hostfile.Read(path, stubs.MaxFileBytes)
	if err != nil {
		b.dec.errorf(n, "stubs: %s: %v; give the stubs file's path relative to this scenario file", n.Value, err)
		return nil
	}
	return b.checkedSource(n, stubs.Source{Name: n.Value, Host: host, Data: data})
}

// inlineStubs carries stubs written in the scenario as JSON.
func (b *builder) inlineStubs(n *yaml.Node, name, host string) []stubs.Source {
	var v any
	if err := n.Decode(&v); err != nil {
		b.dec.errorf(n, "%s: %v", name, err)
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		b.dec.errorf(n, "%s: stubs are JSON-like data: keys are text, numbers are finite", name)
		return nil
	}
	return b.checkedSource(n, stubs.Source{Name: name, Host: host, Data: data})
}

func (b *builder) checkedSource(n *yaml.Node, src stubs.Source) []stubs.Source {
	if _, err := stubs.Parse(src.Data, stubs.Options{Source: src.Name, Host: src.Host}); err != nil {
		b.dec.errorf(n, "%v", err)
		return nil
	}
	return []stubs.Source{src}
}

func allFiles(seq *yaml.Node) bool {
	for _, item := range seq.Content {
		if item = resolveAlias(item); item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			return false
		}
	}
	return len(seq.Content) > 0
}

// allHosts tells a map from host to stubs from a stub: a host has a dot
// (or is localhost), and no key of a stub does.
func allHosts(m *yaml.Node) bool {
	for i := 0; i < len(m.Content); i += 2 {
		if k := m.Content[i].Value; !strings.Contains(k, ".") && k != "localhost" {
			return false
		}
	}
	return len(m.Content) > 0
}
