package scenarios

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"

	"go.yaml.in/yaml/v3"
)

// writeUpdates writes every file --update changed and lists them.
func (ex *execution) writeUpdates() ([]string, error) {
	var written []string
	for f, updates := range ex.updates {
		data, err := f.rewrite(updates)
		if err != nil {
			return written, err
		}
		if err := writeFileAtomic(f.Path, data); err != nil {
			return written, fmt.Errorf("cannot write the updated scenario file: %w", err)
		}
		written = append(written, f.Path)
	}
	sort.Strings(written)
	return written, nil
}

// rewrite returns the file with the updates made. A YAML file is edited
// in place, line by line, so everything but the rewritten keys stays as
// written: comments, blank lines, quoting, indentation. Where that cannot
// be done safely (flow style, or the edit would not read back as meant),
// and for JSON, which has no comments to keep, the whole file is encoded
// again from its edited syntax tree.
func (f *File) rewrite(updates []update) ([]byte, error) {
	sort.Slice(updates, func(i, j int) bool { return updates[i].scenario.Line < updates[j].scenario.Line })
	e := newEditor(f)
	spliced := !f.json
	for _, u := range updates {
		if !e.splice(u) {
			spliced = false
		}
	}
	for _, u := range updates {
		u.applyTree()
	}
	if spliced {
		if out, ok := e.result(); ok {
			return out, nil
		}
	}
	if f.json {
		return encodeJSON(f.doc, detectIndent(f.data)), nil
	}
	return f.encodeYAML()
}

// applyTree makes the update in the file's syntax tree.
func (u update) applyTree() {
	target := u.scenario.node
	i := pairIndex(target, "expect")
	if i < 0 {
		target.Content = append(target.Content, textNode("expect"), u.newExpect(nil))
		return
	}
	target.Content[i+1] = u.newExpect(target.Content[i+1])
}

// newExpect is the scenario's expect mapping with the update made, in
// block style, as a new node (old is the scenario's own expect, or nil:
// a case writes only what differs from the top level's).
func (u update) newExpect(old *yaml.Node) *yaml.Node {
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if old = resolveAlias(old); old != nil && old.Kind == yaml.MappingNode {
		out.Content = slices.Clone(old.Content)
	}
	for _, p := range u.ordered() {
		if j := pairIndex(out, p.key); j >= 0 {
			keepComment(out.Content[j+1], p.value)
			out.Content[j+1] = p.value
			continue
		}
		if j := insertionPoint(out, p.key); j >= 0 {
			out.Content = slices.Insert(out.Content, j, textNode(p.key), p.value)
			continue
		}
		out.Content = append(out.Content, textNode(p.key), p.value)
	}
	for _, key := range u.remove {
		if j := pairIndex(out, key); j >= 0 {
			out.Content = slices.Delete(out.Content, j, j+2)
		}
	}
	return out
}

// keepComment carries a comment on the old value's line over to the new
// value ("outcome: error  # the provider is down").
func keepComment(old, value *yaml.Node) {
	if old.LineComment != "" && value.LineComment == "" && value.Kind == yaml.ScalarNode {
		value.LineComment = old.LineComment
	}
}

func writeFileAtomic(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// encodeYAML writes the whole edited document, and checks that it reads
// back as meant (it may not, with anchors the edit made dangle).
func (f *File) encodeYAML() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	err := enc.Encode(f.root)
	if err == nil {
		err = enc.Close()
	}
	if err == nil {
		if _, doc := parseDocument(b.Bytes(), newErrorList(f.Path)); doc == nil || !sameMeaning(doc, f.doc) {
			err = fmt.Errorf("the result would not read back as written")
		}
	}
	if err != nil {
		return nil, fmt.Errorf("cannot update %s (%v); update its expectations by hand", f.Path, err)
	}
	return b.Bytes(), nil
}

// sameMeaning tells whether two documents hold the same data, whatever
// their layout.
func sameMeaning(a, b *yaml.Node) bool {
	return reflect.DeepEqual(nodeValue(a), nodeValue(b))
}
