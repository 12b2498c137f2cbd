package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/zclconf/go-cty/cty"
)

// tfModule is one Terraform module folder as hookemu reads it: the
// configuration files (all *.tf and *.tf.json directly in the folder, in
// name order), their variables, locals, resources and module calls. Given
// one file, hookemu reads its whole folder, as Terraform would (variables,
// locals and bindings often sit in other files), and takes the entries
// (and module calls) of that file only.
type tfModule struct {
	// dir is the module's folder; root the root module's, which file()
	// and path.cwd are relative to, as when Terraform runs there; rel the
	// module's folder relative to root ("." for the root module), which
	// is path.module and prefixes its files' names; display is the path
	// as given, for messages; only is the one file whose entries are
	// wanted ("" for the whole folder).
	dir, root, rel, display, only string
	variables                     map[string]*tfVariable
	locals                        map[string]*hcl.Attribute
	resources                     []*tfResource
	calls                         []*hcl.Block
	outputs                       map[string]*hcl.Attribute
	notes                         []string
}

// tfResource is one resource block.
type tfResource struct {
	typ, name string
	block     *hcl.Block
	file      string // the file's name in the module folder
	// source is "main.tf:12", relative to the module folder.
	source string
}

func (r *tfResource) addr() string { return r.typ + "." + r.name }

var tfTopSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "resource", LabelNames: []string{"type", "name"}},
		{Type: "variable", LabelNames: []string{"name"}},
		{Type: "locals"},
		{Type: "module", LabelNames: []string{"name"}},
		{Type: "output", LabelNames: []string{"name"}},
	},
}

// loadTerraform reads a Terraform file or folder: its auth0_action and
// auth0_hook resources with their code evaluated (file(), heredocs,
// var, local, path), the trigger bindings, the phone provider and the
// tenant's sandbox version. Evaluation runs within a budget (see
// ErrTooCostly): a configuration that goes past it is an error.
func loadTerraform(path string, opts Options) (*Artifact, error) {
	limits := defaultTFLimits()
	if opts.tfLimits != nil {
		limits = *opts.tfLimits
	}
	return tfRunBudgeted(newTFBudget(limits), path, func(b *tfBudget) (*Artifact, error) {
		return evalTerraform(path, opts, b)
	})
}

// evalTerraform is loadTerraform's work, spending from b.
func evalTerraform(path string, opts Options, b *tfBudget) (*Artifact, error) {
	m, err := readTFModule(path)
	if err != nil {
		return nil, err
	}
	vv, err := m.variableValues(opts)
	if err != nil {
		return nil, err
	}
	eval, err := newTFEval(m, vv, b)
	if err != nil {
		return nil, err
	}
	r := &tfReader{mod: m, eval: eval, art: &Artifact{}}
	r.art.Notes = append(append(r.art.Notes, m.notes...), vv.notes...)
	seen := map[string]bool{}
	if abs, err := filepath.Abs(m.dir); err == nil {
		seen[abs] = true
	}
	if err := r.read(0, seen); err != nil {
		return nil, err
	}
	return r.art, nil
}

// readTFModule parses the configuration files at path.
func readTFModule(path string) (*tfModule, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	m := newTFModule(path, path, ".")
	if !info.IsDir() {
		m.dir, m.root, m.only = filepath.Dir(path), filepath.Dir(path), filepath.Base(path)
	}
	names, err := tfConfigFiles(m.dir)
	if err != nil {
		return nil, err
	}
	if m.only != "" && !slices.Contains(names, m.only) {
		names = append(names, m.only)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s holds no .tf or .tf.json file: give the folder of your Terraform configuration", path)
	}
	if err := m.addFiles(names); err != nil {
		return nil, err
	}
	return m, nil
}

func newTFModule(dir, root, rel string) *tfModule {
	return &tfModule{
		dir: dir, root: root, rel: rel, display: dir,
		variables: map[string]*tfVariable{}, locals: map[string]*hcl.Attribute{},
		outputs: map[string]*hcl.Attribute{},
	}
}

// addFiles parses the module's files, named relative to the root module.
func (m *tfModule) addFiles(names []string) error {
	for _, name := range names {
		if err := m.addFile(filepath.Join(m.dir, name), filepath.Join(m.rel, name)); err != nil {
			return err
		}
	}
	return nil
}

// tfConfigFiles are the configuration files directly in dir, by name.
func tfConfigFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json")) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

// addFile parses one configuration file and files its blocks.
func (m *tfModule) addFile(path, name string) error {
	file, err := tfParseFile(path, false)
	if err != nil {
		return err
	}
	content, _, diags := file.Body.PartialContent(tfTopSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	for _, block := range content.Blocks {
		if err := m.addBlock(block, name); err != nil {
			return err
		}
	}
	return nil
}

func (m *tfModule) addBlock(block *hcl.Block, name string) error {
	switch block.Type {
	case "resource":
		m.resources = append(m.resources, &tfResource{
			typ: block.Labels[0], name: block.Labels[1], block: block, file: name,
			source: fmt.Sprintf("%s:%d", name, block.DefRange.Start.Line),
		})
	case "variable":
		v, err := readVariable(block)
		if err != nil {
			return err
		}
		m.variables[v.name] = v
	case "locals":
		attrs, diags := block.Body.JustAttributes()
		if diags.HasErrors() {
			return tfDiagError(diags)
		}
		for n, attr := range attrs {
			if prev := m.locals[n]; prev != nil {
				return fmt.Errorf("%s: local.%s is defined twice (also at %s): Terraform refuses this too", tfPos(attr.NameRange), n, tfPos(prev.NameRange))
			}
			m.locals[n] = attr
		}
	case "module":
		if m.only == "" || name == m.only {
			m.calls = append(m.calls, block)
		}
	case "output":
		content, _, diags := block.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value"}}})
		if diags.HasErrors() {
			return tfDiagError(diags)
		}
		if attr := content.Attributes["value"]; attr != nil {
			m.outputs[block.Labels[0]] = attr
		}
	}
	return nil
}

// tfParseFile parses a .tf, .tfvars (native syntax) or .json file, read
// as hostfile reads what a user names: regular files only, bounded. A
// -var-file may also be a pipe (-var-file <(...)), as on Terraform's
// command line.
func tfParseFile(path string, fromArg bool) (*hcl.File, error) {
	read := hostfile.Read
	if fromArg {
		read = hostfile.ReadArg
	}
	src, err := read(path, tfMaxFileBytes)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var file *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
		if err := tfCheckJSON(src, path); err != nil {
			return nil, err
		}
		file, diags = hcljson.Parse(src, path)
	} else {
		tokens, _ := hclsyntax.LexConfig(src, path, hcl.InitialPos)
		if err := tfCheckNative(tokens, path); err != nil {
			return nil, err
		}
		file, diags = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	}
	if diags.HasErrors() {
		return nil, fmt.Errorf("parsing Terraform: %w", tfDiagError(diags))
	}
	return file, nil
}

// newTFEval makes the evaluation context of a module: its variables
// (unset ones unknown), path.root "." and path.cwd the root module's
// folder, as when Terraform runs there, path.module the module's folder
// relative to it, and its locals. Functions spend from b, and a variable
// value over the value bounds is an error.
func newTFEval(m *tfModule, vv *tfVarValues, b *tfBudget) (*tfEval, error) {
	files := &tfFileReader{dir: m.root}
	cwd, err := filepath.Abs(m.root)
	if err != nil {
		cwd = m.root
	}
	e := &tfEval{
		files:  files,
		funcs:  tfFunctions(files, b),
		budget: b,
		path: cty.ObjectVal(map[string]cty.Value{
			"module": cty.StringVal(m.rel), "root": cty.StringVal("."), "cwd": cty.StringVal(cwd),
		}),
		vars:       map[string]cty.Value{},
		unset:      map[string]bool{},
		localExprs: m.locals,
		resources:  map[string]cty.Value{},
	}
	for name, v := range m.variables {
		if val, ok := vv.values[name]; ok {
			if err := tfCheckSize(val); err != nil {
				return nil, fmt.Errorf("%s: var.%s: %w", tfPos(v.decl), name, err)
			}
			e.vars[name] = val
			continue
		}
		e.vars[name] = cty.UnknownVal(v.typ)
		e.unset[name] = true
	}
	e.solveLocals()
	return e, nil
}
