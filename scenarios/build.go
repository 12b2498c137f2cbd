package scenarios

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/hooks"
)

// builder turns one file's document into its scenarios.
type builder struct {
	file   *File
	shared *loadState
	dec    *decoder
}

func (b *builder) build() {
	doc := b.file.doc
	var top scenarioDoc
	b.dec.decode(doc, reflectValue(&top), "")
	name := top.Name
	if name == "" {
		name = baseName(b.file.Path)
	}
	topGaps := b.dec.takeMissingEnv()
	if !top.Cases.set {
		b.add(top, doc, doc, name, "", topGaps)
		return
	}
	seen := map[string]int{}
	for i, c := range top.Cases.nodes {
		merged := b.mergeCase(doc, c)
		var cd scenarioDoc
		b.dec.decode(merged, reflectValue(&cd), "")
		gaps := b.dec.takeMissingEnv()
		caseName := cd.Name
		if caseName == "" {
			caseName = fmt.Sprintf("case %d", i+1)
		}
		if line, dup := seen[caseName]; dup {
			b.dec.errorf(c, "cases[%d]: the name %q is taken by the case on line %d; give each case its own name", i, caseName, line)
			continue
		}
		seen[caseName] = c.Line
		b.add(cd, merged, c, name, caseName, gaps)
	}
}

// inheritedExpect is the top level's expect, which a case's own is laid
// over; nil for a file's only scenario.
func (b *builder) inheritedExpect(own *yaml.Node) *yaml.Node {
	if own == b.file.doc {
		return nil
	}
	return resolveAlias(valueNode(b.file.doc, "expect"))
}

// add checks what the decoder could not (the hook exists, the payload is
// one Auth0 would send) and records the scenario: once per hook when the
// scenario names several.
func (b *builder) add(doc scenarioDoc, merged, own *yaml.Node, name, caseName string, gaps []envGap) {
	payload := b.payload(doc.Payload, merged)
	if len(doc.Hook.names) == 0 {
		b.dec.errorf(merged, "no hook: say which hook this scenario runs, e.g. hook: ../hooks/my-hook.js (relative to this file)")
		return
	}
	refs := make([]hookRef, len(doc.Hook.names))
	for i, hook := range doc.Hook.names {
		refs[i] = b.resolveHook(hook, doc.Hook.nodes[i], doc.Entry)
	}
	folders := b.nodeModulesFolders(doc.NodeModules)
	runtime := b.runtime(doc.Runtime, merged)
	for i := range refs {
		refs[i] = refs[i].withNodeModules(folders).withRuntime(runtime)
	}
	labels := variantLabels(doc.Hook.names, refs)
	stubSources := b.stubSources(doc.Stubs)
	for i, hook := range doc.Hook.names {
		s := &Scenario{
			File: b.file.Path, Name: name, Case: caseName, Line: own.Line,
			Hook: hook, Variant: labels[i], Timeout: emulator.DefaultTimeout, Secrets: make(map[string]string, len(doc.Secrets)),
			Payload: payload, Providers: doc.configs(), Skip: doc.Skip,
			hook: refs[i], variantIndex: i, variantOf: labels[0], missingEnv: gaps,
			expect: doc.Expect, node: own, inheritedExpect: b.inheritedExpect(own), file: b.file,
		}
		s.Memory, s.Stubs, s.Runtime = doc.Memory.bytes, stubSources, runtime
		if doc.Timeout.set {
			s.Timeout, s.timeoutSet = doc.Timeout.d, true
		}
		for k, v := range doc.Secrets {
			s.Secrets[k] = string(v)
		}
		b.file.Scenarios = append(b.file.Scenarios, s)
	}
}

// variantLabels names each hook of a scenario that lists several: its
// file name, or the path as written where two share a file name. A
// scenario with one hook has no label.
func variantLabels(written []string, refs []hookRef) []string {
	labels := make([]string, len(written))
	if len(written) == 1 {
		return labels
	}
	count := map[string]int{}
	for _, ref := range refs {
		count[ref.name]++
	}
	for i, ref := range refs {
		labels[i] = ref.name
		if count[ref.name] > 1 || ref.name == "" {
			labels[i] = written[i]
		}
	}
	return labels
}

// resolveHook finds the hook relative to the scenario file; a documented
// hook's bare name ("8x8.js") not found there is the embedded one.
func (b *builder) resolveHook(hook string, at *yaml.Node, entry string) hookRef {
	path := hook
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(b.file.Path), hook)
	}
	abs, err := filepath.Abs(path)
	if err == nil && isArtifact(abs) {
		return b.resolveArtifact(hook, abs, at, entry)
	}
	if err == nil && entry != "" {
		err = fmt.Errorf("hook %s: entry: %s names a hook or action in a deploy artifact, and %s is code; drop entry: or name the artifact", hook, entry, hook)
	}
	if err == nil {
		if err = b.shared.checkHook(abs); err == nil {
			return hookRef{key: abs, name: filepath.Base(abs), path: abs, line: at.Line, column: at.Column}
		}
	}
	missing := errors.Is(err, fs.ErrNotExist)
	if h, ok := hooks.Lookup(hook); ok && missing && !strings.Contains(strings.TrimPrefix(hook, "hooks/"), "/") {
		return hookRef{key: "embedded:" + h.Name, name: h.Name, line: at.Line, column: at.Column}
	}
	if missing {
		b.dec.errorf(at, "hook %s: no such file (looked for %s); give the hook's path relative to this scenario file", hook, path)
	} else {
		b.dec.errorf(at, "%v", err)
	}
	return hookRef{}
}

// nodeModulesFolders resolves the node_modules key's folders relative to
// the scenario file; each must be a folder inside the suite's tree, as a
// hook must.
func (b *builder) nodeModulesFolders(list folderList) []string {
	var out []string
	for i, name := range list.names {
		path := name
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(b.file.Path), name)
		}
		abs, err := filepath.Abs(path)
		if err == nil {
			err = b.shared.checkInsideRoots(abs, "node_modules folder")
		}
		if err == nil && !isFolder(abs) {
			err = fmt.Errorf("node_modules: %s is not a folder (looked for %s); give the folder you ran npm install in, or its node_modules, relative to this file", name, abs)
		}
		if err != nil {
			b.dec.errorf(list.nodes[i], "%v", err)
			continue
		}
		out = append(out, abs)
	}
	return out
}

func isFolder(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// withNodeModules gives the hook the folders, in its cache key too.
func (r hookRef) withNodeModules(folders []string) hookRef {
	if len(folders) == 0 || r.key == "" {
		return r
	}
	r.nodeModules = folders
	r.key = hookCacheKey(r.key, folders)
	return r
}

// runtime is the runtime key's runtime by its name, or "" after an
// error that lists the choices.
func (b *builder) runtime(name string, merged *yaml.Node) string {
	r, err := runtimes.Parse(name)
	if err != nil {
		b.dec.errorf(valueNode(merged, "runtime"), "runtime: %v", err)
		return ""
	}
	return r.Name
}

// withRuntime makes the hook run on the named runtime, in its cache key
// too; "" leaves it as it is.
func (r hookRef) withRuntime(runtime string) hookRef {
	if runtime == "" || r.key == "" || r.runtime != "" {
		return r
	}
	r.runtime = runtime
	r.key = runtimeCacheKey(r.key, runtime)
	return r
}

// runtimeCacheKey is the key of a hook compiled for a runtime.
func runtimeCacheKey(key, runtime string) string {
	if runtime == "" {
		return key
	}
	return key + "\x00runtime:" + runtime
}

// hookCacheKey is the key of a hook compiled with node_modules folders.
func hookCacheKey(key string, folders []string) string {
	if len(folders) == 0 {
		return key
	}
	return key + "\x00node_modules:" + strings.Join(folders, "\x00")
}

// payload lays the scenario's payload over the Auth0 runner's example and
// refuses one Auth0 would never send.
func (b *builder) payload(v value, merged *yaml.Node) emulator.Payload {
	p := b.shared.payload // read only, shared by the scenarios without a payload
	at := merged
	if v.set {
		at = v.node
		doc, ok := v.v.(map[string]any)
		if !ok {
			b.dec.errorf(at, "payload: want a mapping of recipient, text, context and event, got %s", describeNode(v.node))
			return p
		}
		if !b.textFields(v.node) {
			return p
		}
		merged, err := b.shared.merger.merge(doc)
		if err != nil {
			b.dec.errorf(at, "%v", err)
			return p
		}
		p = merged
	}
	if err := p.Validate(); err != nil {
		b.dec.errorf(at, "%v (Auth0 never sends such a payload, so a scenario with it tests nothing real)", err)
	}
	return p
}

// textFields catches the commonest payload mistake, where it is written:
// YAML reads an unquoted +6512345678 as a number.
func (b *builder) textFields(payload *yaml.Node) bool {
	ok := true
	for _, key := range []string{"recipient", "text"} {
		if n := valueNode(resolveAlias(payload), key); n != nil && (n.Kind != yaml.ScalarNode || n.Tag != "!!str") {
			b.dec.errorf(n, "payload.%s: want text, got %s; quote it, as in %s: \"+6512345678\"", key, describeNode(n), key)
			ok = false
		}
	}
	return ok
}

// mergeable are the keys whose mappings a case merges into the top
// level's key by key (payload and providers all the way down; the
// fakeNAME keys are mergeable too, see mergeableKey); every other key a
// case gives replaces the top level's. In expect, each key's value
// (outcome, response, the requests list) replaces the top level's whole,
// and a case drops an inherited expectation by writing it as null.
var mergeable = map[string]bool{"secrets": true, "payload": true, "providers": true, "stubs": true, "expect": true}

// deepMerged are the mergeable keys merged all the way down.
var deepMerged = map[string]bool{"payload": true, "providers": true}

// mergeableKey says whether a case's value for key merges into the top
// level's.
func mergeableKey(key string) bool {
	_, fake := providerOfKey(key)
	return mergeable[key] || fake
}

// mergeCase lays a case over the top level, as a mapping node the decoder
// reads like any scenario; nodes keep their positions in the file.
func (b *builder) mergeCase(top, c *yaml.Node) *yaml.Node {
	out := &yaml.Node{Kind: yaml.MappingNode, Line: c.Line, Column: c.Column}
	own := map[string]*yaml.Node{}
	for i := 0; i+1 < len(c.Content); i += 2 {
		own[c.Content[i].Value] = c.Content[i+1]
		if c.Content[i].Value == "cases" {
			b.dec.errorf(c.Content[i], "a case cannot have cases of its own; list them all under the top-level cases")
		}
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, value := top.Content[i], top.Content[i+1]
		if key.Value == "cases" || key.Value == "name" {
			continue
		}
		if cv, ok := own[key.Value]; ok {
			value = mergeValue(key.Value, value, cv)
		}
		out.Content = append(out.Content, key, value)
	}
	for i := 0; i+1 < len(c.Content); i += 2 {
		key := c.Content[i]
		if key.Value == "cases" || (key.Value != "name" && valueNode(top, key.Value) != nil) {
			continue
		}
		out.Content = append(out.Content, key, c.Content[i+1])
	}
	return out
}

func mergeValue(key string, top, own *yaml.Node) *yaml.Node {
	top, own = resolveAlias(top), resolveAlias(own)
	if !mergeableKey(key) || top.Kind != yaml.MappingNode || own.Kind != yaml.MappingNode {
		return own
	}
	return mergeMappings(top, own, deepMerged[key])
}

// mergeMappings lays own's pairs over base's; deep merges nested mappings
// too.
func mergeMappings(base, own *yaml.Node, deep bool) *yaml.Node {
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: own.Tag, Line: own.Line, Column: own.Column}
	out.Content = append(out.Content, base.Content...)
	for i := 0; i+1 < len(own.Content); i += 2 {
		key, value := own.Content[i], own.Content[i+1]
		j := pairIndex(out, key.Value)
		switch {
		case j < 0:
			out.Content = append(out.Content, key, value)
		case deep && resolveAlias(out.Content[j+1]).Kind == yaml.MappingNode && resolveAlias(value).Kind == yaml.MappingNode:
			out.Content[j+1] = mergeMappings(resolveAlias(out.Content[j+1]), resolveAlias(value), true)
		default:
			out.Content[j], out.Content[j+1] = key, value
		}
	}
	return out
}

// pairIndex is the index of key's key node in mapping m, or -1 (also
// when m is nil).
func pairIndex(m *yaml.Node, key string) int {
	if m == nil {
		return -1
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// valueNode is the value of key in mapping m, or nil.
func valueNode(m *yaml.Node, key string) *yaml.Node {
	if i := pairIndex(m, key); i >= 0 {
		return m.Content[i+1]
	}
	return nil
}
