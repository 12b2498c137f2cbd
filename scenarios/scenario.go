package scenarios

import (
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// Suite is every scenario file loaded for one run.
type Suite struct {
	Files []*File
	// Notes are for the user, not errors: files found that were passed
	// over, and why.
	Notes []string
	// unloaded are the scenarios of the files that did not load, as far
	// as they could be read, for Check to compile their hooks.
	unloaded []*Scenario
}

// Scenarios lists every scenario of the suite, file by file, in the order
// the files hold them.
func (s *Suite) Scenarios() []*Scenario {
	var out []*Scenario
	for _, f := range s.Files {
		out = append(out, f.Scenarios...)
	}
	return out
}

// File is one scenario file: a single scenario, or its cases.
type File struct {
	// Path is the file's path as found, with forward slashes.
	Path      string
	Scenarios []*Scenario

	data []byte
	root *yaml.Node // the document node
	doc  *yaml.Node // its top-level mapping, edited by --update
	json bool
}

// dropSource forgets the file's text and YAML tree once its scenarios are
// built; only --update reads them again (see Loader.ForUpdate).
func (f *File) dropSource() {
	f.data, f.root, f.doc = nil, nil, nil
	for _, s := range f.Scenarios {
		s.node, s.inheritedExpect = nil, nil
	}
}

// hasSource tells whether the file kept what --update rewrites.
func (f *File) hasSource() bool { return f.doc != nil }

// Scenario is one runnable scenario: a file's only scenario, or one of its
// cases with the file's top level laid under it.
type Scenario struct {
	File string // the file's Path
	Name string // the file's name key, or the file name without extensions
	Case string // the case's name; "" when the file holds one scenario
	Line int    // where the scenario (or case) starts in the file

	Hook string // as written in the file
	// Variant names the hook when the scenario lists several (hook:
	// [old.js, new.js]): one Scenario runs each, held to the same
	// expectations. "" when it names one.
	Variant string
	Timeout time.Duration
	// Memory is the run's memory limit in bytes; zero leaves the
	// emulator's (hookemu test --memory, or 128 MiB).
	Memory  int64
	Secrets map[string]string
	Payload emulator.Payload
	// Providers configure the fakes, by provider name (from the
	// fakeNAME and providers keys); nil leaves every fake's defaults.
	Providers providers.Configs
	// Stubs answer the hosts no fake knows (the stubs: key, files read).
	Stubs []stubs.Source
	// Skip, when set, is why the scenario is not run.
	Skip string
	// Runtime is the runtime: key ("node12".."node22"); "" leaves it to
	// hookemu test --runtime, the artifact, or the kind's default.
	Runtime string

	hook hookRef
	// timeoutSet says the file set Timeout, which --timeout then leaves.
	timeoutSet bool
	// variantIndex is the hook's place in the scenario's list; variantOf
	// is the first one's Variant, which --update records from.
	variantIndex int
	variantOf    string
	// missingEnv are its secrets whose ${NAME} is not set: it cannot run.
	missingEnv []envGap
	expect     expectation
	// node is the mapping --update writes this scenario's expect into (the
	// case's, in a file with cases); inheritedExpect is the top level's
	// expect that a case's own is laid over (nil for a file's only
	// scenario), whose keys --update drops by writing them as null.
	node            *yaml.Node
	inheritedExpect *yaml.Node
	file            *File
}

// ID names a scenario in output and for --run: "file name" or
// "file name/case", with " [hook.js]" after it when the scenario lists
// several hooks.
func (s *Scenario) ID() string {
	return s.File + " " + s.Title()
}

// Title is the scenario's name without the file: "name" or "name/case",
// and " [hook.js]" for one of several hooks.
func (s *Scenario) Title() string {
	title := s.Name
	if s.Case != "" {
		title += "/" + s.Case
	}
	if s.Variant != "" {
		title += " [" + s.Variant + "]"
	}
	return title
}

// Seed is what the fakes derive a scenario's ids and timestamps from, so
// every run of it, and every hook it lists, gets the same umids, SIDs and
// dates and a recorded answer replays: "name" or "name/case". It leaves
// out the file's path, which depends on where the suite is run from.
func (s *Scenario) Seed() string {
	if s.Case == "" {
		return s.Name
	}
	return s.Name + "/" + s.Case
}

// hookRef is a resolved hook: a file on disk or an embedded hook.
type hookRef struct {
	key  string // the cache key: absolute path, or "embedded:NAME"
	name string // the name reports show
	path string // "" for an embedded hook
	// nodeModules are the node_modules: key's folders, absolute; the key
	// tells apart one hook run with different folders.
	nodeModules []string
	line        int // where the scenario names it
	column      int
	// artifact says path is a deploy artifact, and entry the name of
	// the hook or action in it that runs.
	artifact bool
	entry    string
	// deployed names the artifact and entry in reports; nil for code.
	deployed *JSONArtifact
	// runtime is the Node runtime it runs on ("" for the default); the
	// key tells apart one hook run on different runtimes.
	runtime string
}
