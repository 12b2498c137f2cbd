package deploy

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// tfEval holds what a configuration's expressions may refer to: var,
// local, path, terraform.workspace, the auth0_action (and
// auth0_action_module) resources' id and name, and the functions. Anything
// else (other resources, data sources, module outputs) exists only after
// terraform apply; expressions that need it are reported, not guessed.
type tfEval struct {
	files  *tfFileReader
	funcs  map[string]function.Function
	budget *tfBudget
	path   cty.Value

	vars  map[string]cty.Value
	unset map[string]bool // declared variables with no value from anywhere
	// unsetWhy says why a child module's variable has no value (its
	// caller passes none, or passes what only apply knows).
	unsetWhy map[string]string

	localExprs map[string]*hcl.Attribute
	locals     map[string]cty.Value
	localErrs  map[string]hcl.Diagnostics

	// resources holds, per resource type hookemu models, an object of
	// resource name -> instance value(s).
	resources map[string]cty.Value
}

func (e *tfEval) ctx() *hcl.EvalContext {
	vars := map[string]cty.Value{
		"var":       tfObject(e.vars),
		"local":     tfObject(e.locals),
		"path":      e.path,
		"terraform": cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")}),
	}
	for name, v := range e.resources {
		vars[name] = v
	}
	return &hcl.EvalContext{Variables: vars, Functions: e.funcs}
}

// tfObject is an object value of attrs, the empty object when there are none.
func tfObject(attrs map[string]cty.Value) cty.Value {
	if len(attrs) == 0 {
		return cty.EmptyObjectVal
	}
	return cty.ObjectVal(attrs)
}

// solveLocals evaluates every local in dependency order: a local is
// evaluated once the locals it names are, until none is left or a cycle
// remains. A local that fails keeps its diagnostics and an unknown value;
// the error surfaces only if an entry needs it.
func (e *tfEval) solveLocals() {
	e.locals = map[string]cty.Value{}
	e.localErrs = map[string]hcl.Diagnostics{}
	pending := make(map[string]*hcl.Attribute, len(e.localExprs))
	for name, attr := range e.localExprs {
		pending[name] = attr
	}
	for progress := true; progress && len(pending) > 0; {
		progress = false
		for _, name := range tfSortedKeys(pending) {
			attr := pending[name]
			if e.waitsOnLocal(attr.Expr, pending) {
				continue
			}
			val, diags := attr.Expr.Value(e.ctx())
			if !diags.HasErrors() {
				diags = e.inheritedErrs(attr.Expr)
			}
			if !diags.HasErrors() {
				diags = tfSizeDiags(val, attr.Expr.Range())
			}
			if diags.HasErrors() {
				e.localErrs[name] = diags
				val = cty.DynamicVal
			}
			e.locals[name] = val
			delete(pending, name)
			progress = true
		}
	}
	for name, attr := range pending {
		e.locals[name] = cty.DynamicVal
		e.localErrs[name] = hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Local value cycle",
			Detail:   fmt.Sprintf("local.%s depends on itself through other locals; Terraform refuses this too.", name),
			Subject:  attr.Expr.Range().Ptr(),
		}}
	}
}

// tfSizeDiags is the error of a local's value over the value bounds.
func tfSizeDiags(val cty.Value, at hcl.Range) hcl.Diagnostics {
	err := tfCheckSize(val)
	if err == nil {
		return nil
	}
	return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Value too large", Detail: err.Error() + ".", Subject: at.Ptr()}}
}

// inheritedErrs are the diagnostics of a failed local that expr names:
// a local built on one that failed fails for the same reason.
func (e *tfEval) inheritedErrs(expr hcl.Expression) hcl.Diagnostics {
	for _, tr := range expr.Variables() {
		if name, ok := tfAttrOf(tr, "local"); ok && e.localErrs[name].HasErrors() {
			return e.localErrs[name]
		}
	}
	return nil
}

// waitsOnLocal reports whether expr names a local not yet evaluated.
func (e *tfEval) waitsOnLocal(expr hcl.Expression, pending map[string]*hcl.Attribute) bool {
	for _, tr := range expr.Variables() {
		if name, ok := tfAttrOf(tr, "local"); ok && pending[name] != nil {
			return true
		}
	}
	return false
}

// tfAttrOf returns NAME for a traversal root.NAME.
func tfAttrOf(tr hcl.Traversal, root string) (string, bool) {
	if tr.RootName() != root || len(tr) < 2 {
		return "", false
	}
	attr, ok := tr[1].(hcl.TraverseAttr)
	return attr.Name, ok
}

// blockers explains why expr cannot have a value before terraform apply:
// the unset variables and the references to things only apply knows
// (other resources, data sources, modules), through locals too. Empty
// when nothing stands in the way.
func (e *tfEval) blockers(expr hcl.Expression) []string {
	seen := map[string]bool{}
	var out []string
	e.collectBlockers(expr, seen, &out)
	sort.Strings(out)
	return out
}

func (e *tfEval) collectBlockers(expr hcl.Expression, seen map[string]bool, out *[]string) {
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		switch root {
		case "var":
			name, ok := tfAttrOf(tr, "var")
			if !ok || seen["var."+name] {
				continue
			}
			seen["var."+name] = true
			if _, declared := e.vars[name]; !declared {
				*out = append(*out, fmt.Sprintf("var.%s is declared by no variable block in the folder", name))
			} else if why := e.unsetWhy[name]; e.unset[name] && why != "" {
				*out = append(*out, fmt.Sprintf("var.%s has no value: %s", name, why))
			} else if e.unset[name] {
				*out = append(*out, fmt.Sprintf("var.%s has no value (pass --var %s=VALUE, set TF_VAR_%s, or give it in terraform.tfvars)", name, name, name))
			}
		case "local":
			name, ok := tfAttrOf(tr, "local")
			if ok && !seen["local."+name] && e.localExprs[name] != nil {
				seen["local."+name] = true
				e.collectBlockers(e.localExprs[name].Expr, seen, out)
			}
		case "path", "terraform", "each", "count":
		default:
			if _, ok := e.resources[root]; ok {
				continue
			}
			ref := tfRefName(tr)
			if !seen[ref] {
				seen[ref] = true
				*out = append(*out, ref+" is known only once Terraform has applied the configuration")
			}
		}
	}
}

// tfRefName is the first two steps of a reference: "auth0_client.app",
// "data.auth0_tenant.t", "module.x".
func tfRefName(tr hcl.Traversal) string {
	parts := []string{tr.RootName()}
	for _, step := range tr[1:] {
		attr, ok := step.(hcl.TraverseAttr)
		if !ok || len(parts) == 3 || (len(parts) == 2 && parts[0] != "data") {
			break
		}
		parts = append(parts, attr.Name)
	}
	return strings.Join(parts, ".")
}

// tfNeed evaluates a value an entry cannot do without (code, name,
// trigger): anything that keeps it from having one is an error naming the
// file and line and what to do.
func (e *tfEval) need(ctx *hcl.EvalContext, attr *hcl.Attribute, what string) (cty.Value, error) {
	if why := e.blockers(attr.Expr); len(why) > 0 {
		return cty.NilVal, fmt.Errorf("%s: hookemu cannot evaluate %s: %s", tfPos(attr.Expr.Range()), what, strings.Join(why, "; "))
	}
	val, diags := attr.Expr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, tfDiagErrorOf(diags, what)
	}
	if err := e.localFailure(attr.Expr, what); err != nil && !val.IsWhollyKnown() {
		return cty.NilVal, err
	}
	if !val.IsWhollyKnown() {
		return cty.NilVal, fmt.Errorf("%s: %s has no value hookemu can know before terraform apply", tfPos(attr.Expr.Range()), what)
	}
	if val.IsNull() {
		return cty.NilVal, fmt.Errorf("%s: %s is null: give it a value", tfPos(attr.Expr.Range()), what)
	}
	if err := tfCheckSize(val); err != nil {
		return cty.NilVal, fmt.Errorf("%s: %s: %w", tfPos(attr.Expr.Range()), what, err)
	}
	return val, nil
}

// localFailure is the error of a local expr names, if one failed.
func (e *tfEval) localFailure(expr hcl.Expression, what string) error {
	for _, tr := range expr.Variables() {
		if name, ok := tfAttrOf(tr, "local"); ok && e.localErrs[name].HasErrors() {
			return fmt.Errorf("%s: %s uses local.%s, which failed: %w", tfPos(expr.Range()), what, name, tfDiagError(e.localErrs[name]))
		}
	}
	return nil
}

// needString is need for a string attribute.
func (e *tfEval) needString(ctx *hcl.EvalContext, attr *hcl.Attribute, what string) (string, error) {
	val, err := e.need(ctx, attr, what)
	if err != nil {
		return "", err
	}
	s, err := convert.Convert(val, cty.String)
	if err != nil {
		return "", fmt.Errorf("%s: %s must be a string, not %s", tfPos(attr.Expr.Range()), what, val.Type().FriendlyName())
	}
	return s.AsString(), nil
}

// optString is needString for an optional attribute ("" when absent).
func (e *tfEval) optString(ctx *hcl.EvalContext, attrs hcl.Attributes, name, what string) (string, error) {
	attr := attrs[name]
	if attr == nil {
		return "", nil
	}
	return e.needString(ctx, attr, what)
}

// optBool is need for an optional bool attribute (def when absent).
func (e *tfEval) optBool(ctx *hcl.EvalContext, attrs hcl.Attributes, name, what string, def bool) (bool, error) {
	attr := attrs[name]
	if attr == nil {
		return def, nil
	}
	val, err := e.need(ctx, attr, what)
	if err != nil {
		return false, err
	}
	b, err := convert.Convert(val, cty.Bool)
	if err != nil {
		return false, fmt.Errorf("%s: %s must be true or false", tfPos(attr.Expr.Range()), what)
	}
	return b.True(), nil
}

// secretValue evaluates a secret's value. A value that depends on an
// unset variable or on another resource is simply absent (configs and
// exports often lack them; the run takes it from --secrets-file), with the
// reason; anything else that fails is an error.
func (e *tfEval) secretValue(ctx *hcl.EvalContext, expr hcl.Expression, what string) (value string, ok bool, why string, err error) {
	if b := e.blockers(expr); len(b) > 0 {
		return "", false, strings.Join(b, "; "), nil
	}
	val, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return "", false, "", tfDiagErrorOf(diags, what)
	}
	if !val.IsWhollyKnown() || val.IsNull() {
		return "", false, nullWhy(expr), nil
	}
	s, cerr := convert.Convert(val, cty.String)
	if cerr != nil {
		return "", false, "", fmt.Errorf("%s: %s must be a string, not %s", tfPos(expr.Range()), what, val.Type().FriendlyName())
	}
	return s.AsString(), true, "", nil
}

// nullWhy says why a secret's value came out null or unknown: the
// variables it reads (whose default is null), and what to pass instead.
func nullWhy(expr hcl.Expression) string {
	var vars []string
	for _, tr := range expr.Variables() {
		if name, ok := tfAttrOf(tr, "var"); ok && !slices.Contains(vars, "var."+name) {
			vars = append(vars, "var."+name)
		}
	}
	switch len(vars) {
	case 0:
		return "its value is null here; give the secret with --secret or --secrets-file"
	case 1:
		name := strings.TrimPrefix(vars[0], "var.")
		return fmt.Sprintf("%s is null here (pass --var %s=VALUE, set TF_VAR_%s, or give the secret with --secret or --secrets-file)", vars[0], name, name)
	}
	return fmt.Sprintf("%s is null here (pass --var NAME=VALUE, set TF_VAR_NAME, or give the secret with --secret or --secrets-file)", strings.Join(vars, " or "))
}

// tfPos is "file:line" of a range.
func tfPos(r hcl.Range) string {
	return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
}

// tfDiagError makes HCL diagnostics one error: each error as
// "file:line: summary: detail", and what to do about an unknown function.
func tfDiagError(diags hcl.Diagnostics) error { return tfDiagErrorOf(diags, "") }

// tfDiagErrorOf is tfDiagError naming what was evaluated after the
// position: "main.tf:7: code of auth0_action.sms: Call to unknown ...".
func tfDiagErrorOf(diags hcl.Diagnostics, what string) error {
	var msgs []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		if d.Summary == "Call to unknown function" {
			msg += " hookemu evaluates file, templatefile and Terraform's string, collection, encoding and number functions; compute this value outside and pass it with --var NAME=VALUE"
		}
		if what != "" {
			msg = what + ": " + msg
		}
		if d.Subject != nil {
			msg = tfPos(*d.Subject) + ": " + msg
		}
		msgs = append(msgs, msg)
	}
	if len(msgs) == 0 {
		return errors.New("invalid Terraform configuration")
	}
	return errors.New(strings.Join(msgs, "; "))
}

func tfSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
