package scenarios

import (
	"bytes"
	"errors"
	"io"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
)

// Loader reads scenario files. The zero Loader reads the process
// environment for ${NAME} references.
type Loader struct {
	// LookupEnv resolves ${NAME} in secrets; nil means os.LookupEnv.
	LookupEnv func(name string) (string, bool)
}

// Load finds the scenario files under paths (see Discover) and reads them
// all. The error, when not nil, is a LoadErrors holding every problem in
// every file, each with its position.
func Load(paths ...string) (*Suite, error) {
	return Loader{}.Load(paths...)
}

// Load is the package-level Load with this loader's environment.
func (l Loader) Load(paths ...string) (*Suite, error) {
	names, err := Discover(paths...)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, LoadErrors{{File: strings.Join(paths, " "), Message: "no scenario files here: name them *.scenario.yaml, or keep them in a folder called scenarios"}}
	}
	files := make([]*File, len(names))
	errs := make([]LoadErrors, len(names))
	shared := newLoadState()
	// Parsing YAML is most of the cost of loading a large suite.
	parallelFor(len(names), runtime.GOMAXPROCS(0), func(i int) { files[i], errs[i] = l.loadFile(names[i], shared) })
	var all LoadErrors
	for _, e := range errs {
		all = append(all, e...)
	}
	if len(all) > 0 {
		return nil, all
	}
	return &Suite{Files: files}, nil
}

// LoadFile reads one scenario file, whatever its name.
func (l Loader) LoadFile(path string) (*File, LoadErrors) {
	return l.loadFile(path, newLoadState())
}

// loadState is what the files of one Load share.
type loadState struct {
	payload emulator.Payload // the default, laid under every scenario's
	mu      sync.Mutex
	hooks   map[string]bool // hook files found on disk, by absolute path
}

func newLoadState() *loadState {
	return &loadState{payload: emulator.DefaultPayload(), hooks: map[string]bool{}}
}

// hookExists stats a hook file once per Load, however many scenarios
// name it.
func (st *loadState) hookExists(abs string) (bool, error) {
	st.mu.Lock()
	found, known := st.hooks[abs]
	st.mu.Unlock()
	if known {
		return found, nil
	}
	info, err := os.Stat(abs)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, err
	}
	found = err == nil && !info.IsDir()
	st.mu.Lock()
	st.hooks[abs] = found
	st.mu.Unlock()
	return found, nil
}

func (l Loader) loadFile(path string, shared *loadState) (*File, LoadErrors) {
	errs := newErrorList(path)
	data, err := os.ReadFile(path)
	if err != nil {
		errs.add(0, 0, "cannot read the file: %v", err)
		return nil, errs.sorted()
	}
	root, doc := parseDocument(data, errs)
	if doc == nil {
		return nil, errs.sorted()
	}
	f := &File{Path: path, data: data, root: root, doc: doc, json: strings.HasSuffix(strings.ToLower(path), ".json")}
	b := &builder{file: f, shared: shared, dec: &decoder{errs: errs, lookupEnv: l.lookupEnv()}}
	b.build()
	if len(errs.list) > 0 {
		return nil, errs.sorted()
	}
	return f, nil
}

func (l Loader) lookupEnv() func(string) (string, bool) {
	if l.LookupEnv != nil {
		return l.LookupEnv
	}
	return os.LookupEnv
}

// yamlLine finds the line in the YAML parser's messages
// ("yaml: line 3: did not find expected key").
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// parseDocument parses data as one YAML (or JSON) document whose top
// level is a mapping, and returns the document node and that mapping.
func parseDocument(data []byte, errs *errorList) (*yaml.Node, *yaml.Node) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			errs.add(0, 0, "the file is empty; a scenario needs at least a hook (hook: my-hook.js)")
			return nil, nil
		}
		msg := err.Error()
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.TrimPrefix(msg, m[0])
		}
		errs.add(line, 1, "not valid YAML or JSON: %s", strings.TrimPrefix(msg, "yaml: "))
		return nil, nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.add(extra.Line, extra.Column, "a second YAML document (after ---); a file holds one: put several scenarios under cases")
		return nil, nil
	}
	doc := resolveAlias(root.Content[0])
	if doc.Kind != yaml.MappingNode {
		errs.add(doc.Line, doc.Column, "want a mapping (name: ..., hook: ..., expect: ...) at the top of the file, got %s", describeNode(doc))
		return nil, nil
	}
	return &root, doc
}
