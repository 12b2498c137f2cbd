package scenarios

import (
	"go.yaml.in/yaml/v3"
)

// scenarioDoc is the top level of a file, and each case laid over it. The
// field order is the order the manual and error messages list keys in;
// the fakeNAME keys, one per registered provider, come after payload
// (see decodeNode).
type scenarioDoc struct {
	Name string   `yaml:"name"`
	Hook hookList `yaml:"hook"`
	// Entry names the hook or action to run where hook names a deploy
	// artifact holding several.
	Entry     string                 `yaml:"entry"`
	Timeout   duration               `yaml:"timeout"`
	Memory    memorySize             `yaml:"memory"`
	Secrets   map[string]secretValue `yaml:"secrets"`
	Payload   value                  `yaml:"payload"`
	Providers providerConfigs        `yaml:"providers"`
	Stubs     stubsKey               `yaml:"stubs"`
	// NodeModules are folders of real packages, relative to the file.
	NodeModules folderList `yaml:"node_modules"`
	// Runtime is the Node runtime the hook runs on: node12..node22.
	Runtime string      `yaml:"runtime"`
	Expect  expectation `yaml:"expect"`
	Skip    string      `yaml:"skip"`
	Cases   caseList    `yaml:"cases"`
	// fakes are the fakeNAME keys, read by decodeNode.
	fakes providerConfigs
}

// hookList is the hook key: one file, or a list of files that must all
// meet the same expectations (a hook and the Action migrated from it).
type hookList struct {
	names []string
	nodes []*yaml.Node
}

func (h *hookList) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return // reported as "no hook" with the scenario
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
		if len(items) == 0 {
			d.errorf(n, "%s: the list names no hook; give one or more files, e.g. hook: [old-hook.js, new-action.js]", where)
		}
	}
	for _, item := range items {
		item = resolveAlias(item)
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" || item.Value == "" {
			d.errorf(item, "%s: want a file name, got %s", where, describeNode(item))
			continue
		}
		for i, name := range h.names {
			if name == item.Value {
				d.errorf(item, "%s: %s is listed twice (first on line %d); list each file once", where, name, h.nodes[i].Line)
			}
		}
		h.names, h.nodes = append(h.names, item.Value), append(h.nodes, item)
	}
}

// folderList is the node_modules key: one folder, or a list of them.
type folderList struct {
	names []string
	nodes []*yaml.Node
}

func (f *folderList) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	for _, item := range items {
		item = resolveAlias(item)
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" || item.Value == "" {
			d.errorf(item, "%s: want a folder, got %s; give node_modules (relative to this file), or a list of folders", where, describeNode(item))
			continue
		}
		f.names, f.nodes = append(f.names, item.Value), append(f.nodes, item)
	}
}

// expectation is what a scenario asserts. A nil pointer or unset field is
// not checked.
type expectation struct {
	Outcome      outcome               `yaml:"outcome"`
	Error        *pattern              `yaml:"error"`
	Response     matcher               `yaml:"response"`
	RequestCount *int                  `yaml:"request_count"`
	Requests     *[]requestExpectation `yaml:"requests"`
	Logs         []pattern             `yaml:"logs"`
	Problems     *[]pattern            `yaml:"problems"`
	lines        map[string]int        // line of each key, for failure messages
}

// requestExpectation describes one request the hook must make.
type requestExpectation struct {
	Method  string             `yaml:"method"`
	URL     *pattern           `yaml:"url"`
	Headers map[string]pattern `yaml:"headers"`
	JSON    *matcher           `yaml:"json"`
	Form    *formMatcher       `yaml:"form"`
	Body    *pattern           `yaml:"body"`
	Status  *int               `yaml:"status"`
	Exact   bool               `yaml:"exact"`
	line    int
}

func (e *expectation) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	d.decodeStruct(n, reflectValue(e), where)
	e.lines = map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		e.lines[n.Content[i].Value] = n.Content[i].Line
	}
}

func (r *requestExpectation) decodeNode(d *decoder, n *yaml.Node, where string) {
	r.line = n.Line
	if isNull(n) {
		return // "- " alone: any request
	}
	d.decodeStruct(n, reflectValue(r), where)
	if r.Exact && r.JSON == nil && r.Form == nil {
		d.errorf(n, "%s: exact: true compares a json or form body; add one, or remove exact", where)
	}
}
