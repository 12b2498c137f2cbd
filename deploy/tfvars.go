package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// tfVariable is one `variable` block: its type constraint (with the
// defaults of optional object attributes) and its default, if any.
type tfVariable struct {
	name     string
	typ      cty.Type
	defaults *typeexpr.Defaults
	decl     hcl.Range
	def      cty.Value
	hasDef   bool
}

var tfVariableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "type"}, {Name: "default"}},
}

// readVariable reads a variable block's type and default.
func readVariable(block *hcl.Block) (*tfVariable, error) {
	content, _, diags := block.Body.PartialContent(tfVariableSchema)
	if diags.HasErrors() {
		return nil, tfDiagError(diags)
	}
	v := &tfVariable{name: block.Labels[0], typ: cty.DynamicPseudoType, decl: block.DefRange}
	if attr := content.Attributes["type"]; attr != nil {
		typ, defaults, diags := typeexpr.TypeConstraintWithDefaults(attr.Expr)
		if diags.HasErrors() {
			return nil, tfDiagError(diags)
		}
		v.typ, v.defaults = typ, defaults
	}
	if attr := content.Attributes["default"]; attr != nil {
		val, diags := attr.Expr.Value(nil)
		if diags.HasErrors() {
			return nil, tfDiagError(diags)
		}
		def, err := v.convert(val, attr.Expr.Range())
		if err != nil {
			return nil, err
		}
		v.def, v.hasDef = def, true
	}
	return v, nil
}

// convert makes val the variable's type, as Terraform does before any
// expression sees it.
func (v *tfVariable) convert(val cty.Value, at hcl.Range) (cty.Value, error) {
	if v.defaults != nil {
		val = v.defaults.Apply(val)
	}
	if v.typ == cty.DynamicPseudoType {
		return val, nil
	}
	out, err := convert.Convert(val, v.typ)
	if err != nil {
		return cty.NilVal, fmt.Errorf("%s: the value of var.%s is not a %s: %w", tfPos(at), v.name, typeexpr.TypeString(v.typ), err)
	}
	return out, nil
}

// fromString reads a -var or TF_VAR_ value: as text for a variable of a
// primitive or unspecified type, as an HCL expression for a list, map or
// object, the way Terraform reads them.
func (v *tfVariable) fromString(raw, origin string) (cty.Value, error) {
	at := hcl.Range{Filename: origin, Start: hcl.InitialPos, End: hcl.InitialPos}
	if v.typ.IsPrimitiveType() || v.typ == cty.DynamicPseudoType {
		return v.convert(cty.StringVal(raw), at)
	}
	tokens, _ := hclsyntax.LexExpression([]byte(raw), origin, hcl.InitialPos)
	if err := tfCheckNative(tokens, origin); err != nil {
		return cty.NilVal, err
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), origin, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("the value of var.%s: %w", v.name, tfDiagError(diags))
	}
	val, diags := expr.Value(nil)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("the value of var.%s: %w", v.name, tfDiagError(diags))
	}
	return v.convert(val, at)
}

// tfVarValues gathers each variable's value in Terraform's order, each
// later source overriding an earlier one: defaults, TF_VAR_NAME, the
// folder's terraform.tfvars(.json), its *.auto.tfvars(.json) in name
// order, then -var-file files and -var values. A variable with no value
// stays unset: hookemu does not prompt, and reports it where it is needed.
type tfVarValues struct {
	decls  map[string]*tfVariable
	values map[string]cty.Value
	notes  []string
}

func (m *tfModule) variableValues(opts Options) (*tfVarValues, error) {
	vv := &tfVarValues{decls: m.variables, values: map[string]cty.Value{}}
	for name, v := range m.variables {
		if v.hasDef {
			vv.values[name] = v.def
		}
	}
	if err := vv.fromEnv(opts); err != nil {
		return nil, err
	}
	files, err := tfAutoVarFiles(m.dir)
	if err != nil {
		return nil, err
	}
	for _, path := range files {
		if err := vv.fromFile(path, false); err != nil {
			return nil, err
		}
	}
	for _, path := range opts.VarFiles {
		if err := vv.fromFile(path, true); err != nil {
			return nil, err
		}
	}
	for _, name := range tfSortedKeys(opts.Vars) {
		v := vv.decls[name]
		if v == nil {
			return nil, fmt.Errorf("--var %s: no variable %q is declared in %s: declare it with a variable block or drop the --var", name, name, m.display)
		}
		val, err := v.fromString(opts.Vars[name], "--var "+name)
		if err != nil {
			return nil, err
		}
		vv.values[name] = val
	}
	return vv, nil
}

// fromEnv reads TF_VAR_NAME for each declared variable.
func (vv *tfVarValues) fromEnv(opts Options) error {
	env := map[string]string{}
	switch {
	case opts.Environ != nil:
		for _, kv := range opts.Environ() {
			if k, val, ok := strings.Cut(kv, "="); ok {
				env[k] = val
			}
		}
	case opts.Getenv != nil:
		for name := range vv.decls {
			if val := opts.Getenv("TF_VAR_" + name); val != "" {
				env["TF_VAR_"+name] = val
			}
		}
	}
	for _, name := range tfSortedKeys(vv.decls) {
		raw, ok := env["TF_VAR_"+name]
		if !ok {
			continue
		}
		val, err := vv.decls[name].fromString(raw, "TF_VAR_"+name)
		if err != nil {
			return err
		}
		vv.values[name] = val
	}
	return nil
}

// fromFile reads one .tfvars or .tfvars.json file: NAME = value lines,
// values without references.
func (vv *tfVarValues) fromFile(path string, fromArg bool) error {
	file, err := tfParseFile(path, fromArg)
	if err != nil {
		return err
	}
	attrs, diags := file.Body.JustAttributes()
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	for _, name := range tfSortedKeys(attrs) {
		attr := attrs[name]
		v := vv.decls[name]
		if v == nil {
			vv.notes = append(vv.notes, fmt.Sprintf("%s sets %s, which no variable block declares: ignored, as Terraform does", tfPos(attr.NameRange), name))
			continue
		}
		val, diags := attr.Expr.Value(nil)
		if diags.HasErrors() {
			return tfDiagError(diags)
		}
		if val, err = v.convert(val, attr.Expr.Range()); err != nil {
			return err
		}
		vv.values[name] = val
	}
	return nil
}

// tfAutoVarFiles are the variable files Terraform reads by itself from the
// root module folder, in its order.
func tfAutoVarFiles(dir string) ([]string, error) {
	var out []string
	for _, name := range []string{"terraform.tfvars", "terraform.tfvars.json"} {
		path := filepath.Join(dir, name)
		if info, err := os.Stat(path); err == nil && !info.IsDir() {
			out = append(out, path)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	var auto []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json")) {
			auto = append(auto, filepath.Join(dir, n))
		}
	}
	sort.Strings(auto)
	return append(out, auto...), nil
}
