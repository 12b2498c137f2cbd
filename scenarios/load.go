package scenarios

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/internal/hostfile"
)

// Loader reads scenario files. The zero Loader reads the process
// environment for ${NAME} references.
type Loader struct {
	// LookupEnv resolves ${NAME} in secrets; nil means os.LookupEnv.
	LookupEnv func(name string) (string, bool)
	// AllowOutsideRoot lets a scenario's hook be anywhere on disk, not
	// only inside the suite's folder tree (see suiteRoots).
	AllowOutsideRoot bool
	// ForUpdate keeps each file's text and YAML tree after its scenarios
	// are built, for a Runner with Update to rewrite. Without it they are
	// dropped as each file is loaded: a suite of thousands of files would
	// otherwise hold all of them (about 15 KB per scenario) for the whole
	// run, for nothing.
	ForUpdate bool
	// Found, when set, is told how many files Load found before it reads
	// any: hookemu test starts its worker processes then, so that their
	// start overlaps the reading.
	Found func(files int)
}

// Load finds the scenario files under paths (see Discover) and reads them
// all. The error, when not nil, is a LoadErrors holding every problem in
// every file, each with its position; the suite is never nil and holds
// the files that did load, so that a caller can check their hooks too
// (Runner.Check) and list every error in one round.
func Load(paths ...string) (*Suite, error) {
	return Loader{}.Load(paths...)
}

// Load is the package-level Load with this loader's environment.
func (l Loader) Load(paths ...string) (*Suite, error) {
	suite := &Suite{}
	names, err := Discover(paths...)
	if err != nil {
		return suite, err
	}
	if l.Found != nil {
		l.Found(len(names))
	}
	loaded := make([]fileLoad, len(names))
	shared := l.newLoadState(paths)
	// Parsing YAML is most of the cost of loading a large suite.
	parallelFor(len(names), runtime.GOMAXPROCS(0), func(i int) { loaded[i] = l.loadFile(names[i], shared) })
	var all LoadErrors
	for _, fl := range loaded {
		all = append(all, fl.errs...)
		if fl.note != "" {
			suite.Notes = append(suite.Notes, fl.note)
		}
		if fl.file != nil {
			suite.Files = append(suite.Files, fl.file)
		}
		suite.unloaded = append(suite.unloaded, fl.unloaded...)
	}
	if len(all) > 0 {
		return suite, all
	}
	if len(suite.Files) == 0 {
		return suite, LoadErrors{{File: strings.Join(searched(paths), " "), Message: "no scenario files here: name them *.scenario.yaml, or keep them in a folder called scenarios"}}
	}
	return suite, nil
}

// searched is the paths Discover searched: the current folder when none
// are given.
func searched(paths []string) []string {
	if len(paths) == 0 {
		return []string{"."}
	}
	return paths
}

// LoadFile reads one scenario file, whatever its name.
func (l Loader) LoadFile(path string) (*File, LoadErrors) {
	fl := l.loadFile(path, l.newLoadState([]string{path}))
	return fl.file, fl.errs
}

// fileLoad is what reading one file gave: the file, or its errors, or a
// note saying why it was passed over.
type fileLoad struct {
	file *File
	errs LoadErrors
	note string
	// unloaded are the scenarios of a file with errors, as far as they
	// could be read: their hooks are checked all the same.
	unloaded []*Scenario
}

// loadState is what the files of one Load share.
type loadState struct {
	payload emulator.Payload // the default, laid under every scenario's
	merger  *payloadMerger   // lays a scenario's payload over it
	roots   []string         // where hooks may be; nil: anywhere
	mu      sync.Mutex
	hooks   map[string]error // hook files checked, by absolute path
	// tooCostly is the first deploy artifact whose evaluation went past
	// its budget (deploy.ErrTooCostly): its evaluation may still run, so
	// no other artifact is read after it.
	tooCostly string
}

func (l Loader) newLoadState(paths []string) *loadState {
	payload := emulator.DefaultPayload()
	st := &loadState{payload: payload, merger: newPayloadMerger(payload), hooks: map[string]error{}}
	if !l.AllowOutsideRoot {
		st.roots = suiteRoots(paths)
	}
	return st
}

// checkInsideRoots refuses a file (a hook, a stubs file) outside the
// suite's folder tree, unless the loader allows it.
func (st *loadState) checkInsideRoots(path, what string) error {
	abs, err := filepath.Abs(path)
	if err != nil || st.roots == nil || insideAny(realPath(abs), st.roots) {
		return err
	}
	return fmt.Errorf("%s %s is outside the suite's folder tree (%s): move it inside, or run with --allow-outside-root", what, abs, strings.Join(st.roots, ", "))
}

// checkHook applies harness.CheckHookFile and the suite's roots to a hook
// file once per Load, however many scenarios name it. The error wraps
// fs.ErrNotExist when there is no such file.
func (st *loadState) checkHook(abs string) error {
	st.mu.Lock()
	err, known := st.hooks[abs]
	st.mu.Unlock()
	if known {
		return err
	}
	err = harness.CheckHookFile(abs)
	if err == nil {
		err = st.checkInsideRoots(abs, "hook")
	}
	st.mu.Lock()
	st.hooks[abs] = err
	st.mu.Unlock()
	return err
}

func (l Loader) loadFile(path string, shared *loadState) fileLoad {
	errs := newErrorList(path)
	data, err := hostfile.Read(path, hostfile.MaxScenarioBytes)
	if err != nil {
		errs.add(0, 0, "cannot read the file: %v", err)
		return fileLoad{errs: errs.sorted()}
	}
	return l.parseFile(path, data, shared)
}

// parseFile reads the scenarios in data, the contents of the file at path.
func (l Loader) parseFile(path string, data []byte, shared *loadState) fileLoad {
	errs := newErrorList(path)
	if err := hostfile.CheckText(data); err != nil {
		var te *hostfile.TextError
		errors.As(err, &te)
		errs.add(te.Line, te.Column, "%s; a scenario file is YAML or JSON text", te.Problem)
		return fileLoad{errs: errs.sorted()}
	}
	root, doc := parseDocument(data, errs)
	if doc == nil {
		return fileLoad{errs: errs.sorted()}
	}
	if !hasScenarioName(path) && looksLikePayload(doc) {
		return fileLoad{note: path + ": skipped: it has no hook but a recipient, text or context, so it looks like a payload (for hookemu run --payload), not a scenario; give a scenario a hook"}
	}
	f := &File{Path: path, data: data, root: root, doc: doc, json: strings.HasSuffix(strings.ToLower(path), ".json")}
	b := &builder{file: f, shared: shared, dec: &decoder{errs: errs, lookupEnv: l.lookupEnv()}}
	b.build()
	if len(errs.list) > 0 {
		return fileLoad{errs: errs.sorted(), unloaded: f.Scenarios}
	}
	if !l.ForUpdate {
		f.dropSource()
	}
	return fileLoad{file: f}
}

// looksLikePayload tells a data file kept among the scenarios, such as a
// payload for hookemu run, from a scenario that forgot its hook: it has
// no hook, and has what a payload has at its top.
func looksLikePayload(doc *yaml.Node) bool {
	if pairIndex(doc, "hook") >= 0 {
		return false
	}
	for _, key := range []string{"recipient", "text", "context"} {
		if pairIndex(doc, key) >= 0 {
			return true
		}
	}
	return false
}

func (l Loader) lookupEnv() func(string) (string, bool) {
	if l.LookupEnv != nil {
		return l.LookupEnv
	}
	return os.LookupEnv
}

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
		addSyntaxError(data, err, errs)
		return nil, nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.add(extra.Line, extra.Column, "a second YAML document (after ---); a file holds one: put several scenarios under cases")
		return nil, nil
	}
	if !checkAliases(&root, errs) {
		return nil, nil
	}
	doc := resolveAlias(root.Content[0])
	if doc.Kind != yaml.MappingNode {
		errs.add(doc.Line, doc.Column, "want a mapping (name: ..., hook: ..., expect: ...) at the top of the file, got %s", describeNode(doc))
		return nil, nil
	}
	return &root, doc
}
