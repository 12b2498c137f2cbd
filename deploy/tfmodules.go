package deploy

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// tfMaxModuleDepth bounds how deep module calls are followed.
const tfMaxModuleDepth = 8

// tfModuleMeta are a module block's arguments that are not inputs.
var tfModuleMeta = map[string]bool{
	"source": true, "version": true, "providers": true, "depends_on": true, "count": true, "for_each": true,
}

// readModuleCalls follows the module blocks whose source is a local
// folder (./ or ../), as Terraform does: each child module's variables
// are its defaults and the inputs its caller passes (tfvars and TF_VAR_
// concern the root module only), and its entries join the artifact, named
// by their file relative to the root. Registry and git sources, and
// modules called with count or for_each, are noted, not read.
func (r *tfReader) readModuleCalls(depth int, seen map[string]bool) error {
	outputs := map[string]cty.Value{}
	defer func() {
		if len(r.mod.calls) > 0 {
			r.eval.resources["module"] = tfObject(outputs)
			r.eval.solveLocals()
		}
	}()
	for _, call := range r.mod.calls {
		outputs[call.Labels[0]] = cty.DynamicVal
		child, vv, why, err := r.moduleCall(call, depth, seen)
		if err != nil {
			return err
		}
		if child == nil {
			continue
		}
		abs, _ := filepath.Abs(child.dir)
		eval, err := newTFEval(child, vv, r.eval.budget)
		if err != nil {
			return err
		}
		cr := &tfReader{mod: child, eval: eval, art: r.art}
		cr.eval.unsetWhy = why
		r.art.Notes = append(r.art.Notes, child.notes...)
		if err := cr.read(depth+1, seen); err != nil {
			return err
		}
		delete(seen, abs)
		outputs[call.Labels[0]] = cr.outputs()
	}
	return nil
}

// moduleCall reads the module one block calls and its inputs; a nil
// module means it is not followed, with a note saying why.
func (r *tfReader) moduleCall(call *hcl.Block, depth int, seen map[string]bool) (*tfModule, *tfVarValues, map[string]string, error) {
	label := fmt.Sprintf("%s: module %q", tfPos(call.DefRange), call.Labels[0])
	attrs, diags := call.Body.JustAttributes()
	if diags.HasErrors() {
		return nil, nil, nil, tfDiagError(diags)
	}
	if attrs["source"] == nil {
		return nil, nil, nil, fmt.Errorf("%s has no source", label)
	}
	source, err := r.eval.needString(r.eval.ctx(), attrs["source"], "source of module "+call.Labels[0])
	if err != nil {
		return nil, nil, nil, err
	}
	skip := ""
	switch {
	case !strings.HasPrefix(source, "./") && !strings.HasPrefix(source, "../"):
		skip = fmt.Sprintf("its source %s is not a local folder; hookemu follows ./ and ../ sources only: run it on the module's own folder", source)
	case attrs["count"] != nil || attrs["for_each"] != nil:
		skip = "it is called with count or for_each: run hookemu on the module's own folder"
	case depth >= tfMaxModuleDepth:
		skip = fmt.Sprintf("modules are followed %d calls deep", tfMaxModuleDepth)
	}
	dir := filepath.Join(r.mod.dir, source)
	abs, err := filepath.Abs(dir)
	if skip == "" && (err != nil || seen[abs]) {
		skip = "it calls itself, through the modules it calls"
	}
	if skip != "" {
		r.art.Notes = append(r.art.Notes, label+" is not read: "+skip)
		return nil, nil, nil, nil
	}
	seen[abs] = true
	child, err := readTFChild(dir, r.mod.root, filepath.Join(r.mod.rel, source))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", label, err)
	}
	vv, why, err := r.moduleInputs(call.Labels[0], child, attrs)
	return child, vv, why, err
}

// readTFChild reads a child module's folder.
func readTFChild(dir, root, rel string) (*tfModule, error) {
	m := newTFModule(dir, root, rel)
	names, err := tfConfigFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s holds no .tf or .tf.json file", dir)
	}
	return m, m.addFiles(names)
}

// moduleInputs are a child module's variable values: its defaults, then
// what the caller passes, evaluated in the caller's context. An input that
// needs what only apply knows leaves the variable unset, with the reason.
func (r *tfReader) moduleInputs(name string, child *tfModule, attrs hcl.Attributes) (*tfVarValues, map[string]string, error) {
	vv := &tfVarValues{decls: child.variables, values: map[string]cty.Value{}}
	why := map[string]string{}
	for n, v := range child.variables {
		if v.hasDef {
			vv.values[n] = v.def
		} else {
			why[n] = fmt.Sprintf("module %q passes no %s", name, n)
		}
	}
	for _, n := range tfSortedKeys(attrs) {
		attr := attrs[n]
		if tfModuleMeta[n] {
			continue
		}
		v := child.variables[n]
		if v == nil {
			return nil, nil, fmt.Errorf("%s: module %q passes %s, which its folder declares no variable for", tfPos(attr.NameRange), name, n)
		}
		if b := r.eval.blockers(attr.Expr); len(b) > 0 {
			delete(vv.values, n)
			why[n] = fmt.Sprintf("module %q passes %s, and %s", name, n, strings.Join(b, "; "))
			continue
		}
		val, diags := attr.Expr.Value(r.eval.ctx())
		if diags.HasErrors() {
			return nil, nil, tfDiagErrorOf(diags, fmt.Sprintf("input %s of module %q", n, name))
		}
		if val.IsNull() { // null passes nothing: the default stands
			continue
		}
		if err := tfCheckSize(val); err != nil {
			return nil, nil, fmt.Errorf("%s: input %s of module %q: %w", tfPos(attr.Expr.Range()), n, name, err)
		}
		var err error
		if vv.values[n], err = v.convert(val, attr.Expr.Range()); err != nil {
			return nil, nil, err
		}
		delete(why, n)
	}
	return vv, why, nil
}

// outputs is what module.NAME evaluates to in the caller: each output's
// value, unknown where it needs what only apply knows (or fails, or is
// over the value bounds).
func (r *tfReader) outputs() cty.Value {
	vals := map[string]cty.Value{}
	for name, attr := range r.mod.outputs {
		vals[name] = cty.DynamicVal
		if len(r.eval.blockers(attr.Expr)) > 0 {
			continue
		}
		if v, diags := attr.Expr.Value(r.eval.ctx()); !diags.HasErrors() && tfCheckSize(v) == nil {
			vals[name] = v
		}
	}
	return tfObject(vals)
}
