package deploy

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// The parts of each resource hookemu reads (terraform-provider-auth0
// v1.55.0 schemas); everything else in a resource body is ignored.
var (
	tfActionSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "name", Required: true}, {Name: "code", Required: true},
			{Name: "runtime"}, {Name: "deploy"},
		},
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "supported_triggers"}, {Type: "dependencies"},
			{Type: "secrets"}, {Type: "secrets_wo"}, {Type: "modules"},
		},
	}
	tfTriggerSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "id", Required: true}, {Name: "version", Required: true},
	}}
	tfNameVersionSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "name", Required: true}, {Name: "version", Required: true},
	}}
	tfSecretSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "name", Required: true}, {Name: "value"},
	}}
	tfModuleRefSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "module_id", Required: true}, {Name: "module_version_id"},
	}}
	tfHookSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "name", Required: true}, {Name: "script", Required: true},
		{Name: "trigger_id", Required: true}, {Name: "enabled"},
		{Name: "secrets"}, {Name: "dependencies"},
	}}
)

// readAction reads one auth0_action instance.
func (r *tfReader) readAction(res *tfResource, inst tfInstance, body hcl.Body) error {
	content, _, diags := body.PartialContent(tfActionSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	addr, attrs := tfInstanceAddr(res, inst), content.Attributes
	e := Entry{Kind: KindAction, Source: res.source}
	var err error
	if e.Name, err = r.eval.needString(inst.ctx, attrs["name"], "name of "+addr); err != nil {
		return err
	}
	if e.Code, e.CodePath, err = r.code(inst.ctx, attrs["code"], "code of "+addr); err != nil {
		return err
	}
	runtime, err := r.eval.optString(inst.ctx, attrs, "runtime", "runtime of "+addr)
	if err != nil {
		return err
	}
	e.Runtime = tfNormRuntime(runtime)
	if e.Deployed, err = r.eval.optBool(inst.ctx, attrs, "deploy", "deploy of "+addr, false); err != nil {
		return err
	}
	if e.Trigger, err = r.actionTrigger(inst.ctx, content, res, addr); err != nil {
		return err
	}
	if err := r.actionLists(inst.ctx, content.Blocks, addr, &e); err != nil {
		return err
	}
	r.addEntry(res, e)
	return nil
}

// addEntry adds an entry unless only another file's entries are wanted.
func (r *tfReader) addEntry(res *tfResource, e Entry) {
	if r.mod.only == "" || res.file == r.mod.only {
		r.art.Entries = append(r.art.Entries, e)
	}
}

// code evaluates an action's code or a hook's script; path is the file it
// came from when it is one file()'s (or templatefile()'s) text.
func (r *tfReader) code(ctx *hcl.EvalContext, attr *hcl.Attribute, what string) (code []byte, path string, err error) {
	r.eval.files.read = nil
	text, err := r.eval.needString(ctx, attr, what)
	if err != nil {
		return nil, "", err
	}
	if read := r.eval.files.read; len(read) == 1 {
		path = read[0]
	}
	return []byte(text), path, nil
}

// actionTrigger is the one supported_triggers block Terraform requires.
func (r *tfReader) actionTrigger(ctx *hcl.EvalContext, content *hcl.BodyContent, res *tfResource, addr string) (Trigger, error) {
	var blocks []*hcl.Block
	for _, b := range content.Blocks {
		if b.Type == "supported_triggers" {
			blocks = append(blocks, b)
		}
	}
	if len(blocks) != 1 {
		return Trigger{}, fmt.Errorf("%s: %s has %d supported_triggers blocks: Terraform requires exactly one (id and version)", res.source, addr, len(blocks))
	}
	tc, diags := blocks[0].Body.Content(tfTriggerSchema)
	if diags.HasErrors() {
		return Trigger{}, tfDiagError(diags)
	}
	id, err := r.eval.needString(ctx, tc.Attributes["id"], "trigger id of "+addr)
	if err != nil {
		return Trigger{}, err
	}
	version, err := r.eval.needString(ctx, tc.Attributes["version"], "trigger version of "+addr)
	return Trigger{ID: id, Version: version}, err
}

// actionLists reads the dependencies, secrets, secrets_wo and modules
// blocks, dynamic ones expanded, in the order written.
func (r *tfReader) actionLists(ctx *hcl.EvalContext, blocks hcl.Blocks, addr string, e *Entry) error {
	for _, b := range blocks {
		var err error
		switch b.Type {
		case "dependencies":
			err = r.dependency(ctx, b, addr, e)
		case "secrets", "secrets_wo":
			err = r.secretBlock(ctx, b, addr, e)
		case "modules":
			err = r.moduleRef(ctx, b, addr, e)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *tfReader) dependency(ctx *hcl.EvalContext, b *hcl.Block, addr string, e *Entry) error {
	c, diags := b.Body.Content(tfNameVersionSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	name, err := r.eval.needString(ctx, c.Attributes["name"], "dependency name of "+addr)
	if err != nil {
		return err
	}
	version, err := r.eval.needString(ctx, c.Attributes["version"], "version of dependency "+name+" of "+addr)
	if err != nil {
		return err
	}
	e.Dependencies = append(e.Dependencies, Dependency{Name: name, Version: version})
	return nil
}

func (r *tfReader) secretBlock(ctx *hcl.EvalContext, b *hcl.Block, addr string, e *Entry) error {
	c, diags := b.Body.Content(tfSecretSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	name, err := r.eval.needString(ctx, c.Attributes["name"], "secret name of "+addr)
	if err != nil {
		return err
	}
	s := Secret{Name: name}
	if attr := c.Attributes["value"]; attr != nil {
		var why string
		s.Value, s.HasValue, why, err = r.eval.secretValue(ctx, attr.Expr, "value of secret "+name+" of "+addr)
		if err != nil {
			return err
		}
		if why != "" {
			r.noteNoValue(attr.Expr.Range(), name, addr, why)
		}
	}
	e.Secrets = append(e.Secrets, s)
	return nil
}

func (r *tfReader) noteNoValue(at hcl.Range, name, addr, why string) {
	r.art.Notes = append(r.art.Notes, fmt.Sprintf("%s: secret %s of %s has no value in the configuration: %s", tfPos(at), name, addr, why))
}

// moduleRef records a shared module an action uses: by its
// auth0_action_module's name when it is in the configuration.
func (r *tfReader) moduleRef(ctx *hcl.EvalContext, b *hcl.Block, addr string, e *Entry) error {
	c, diags := b.Body.Content(tfModuleRefSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	attr := c.Attributes["module_id"]
	if why := r.eval.blockers(attr.Expr); len(why) > 0 {
		r.art.Notes = append(r.art.Notes, fmt.Sprintf("%s: a module of %s is left out, since %s", tfPos(attr.Expr.Range()), addr, strings.Join(why, "; ")))
		return nil
	}
	id, err := r.eval.needString(ctx, attr, "module_id of "+addr)
	if err != nil {
		return err
	}
	e.Modules = append(e.Modules, id)
	return nil
}

// readHook reads one auth0_hook instance.
func (r *tfReader) readHook(res *tfResource, inst tfInstance, body hcl.Body) error {
	content, _, diags := body.PartialContent(tfHookSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	addr, attrs := tfInstanceAddr(res, inst), content.Attributes
	e := Entry{Kind: KindHook, Source: res.source}
	var err error
	if e.Name, err = r.eval.needString(inst.ctx, attrs["name"], "name of "+addr); err != nil {
		return err
	}
	if e.Code, e.CodePath, err = r.code(inst.ctx, attrs["script"], "script of "+addr); err != nil {
		return err
	}
	if e.Trigger.ID, err = r.eval.needString(inst.ctx, attrs["trigger_id"], "trigger_id of "+addr); err != nil {
		return err
	}
	if e.Enabled, err = r.eval.optBool(inst.ctx, attrs, "enabled", "enabled of "+addr, false); err != nil {
		return err
	}
	if attr := attrs["secrets"]; attr != nil {
		if e.Secrets, err = r.hookSecrets(inst.ctx, attr, addr); err != nil {
			return err
		}
	}
	if attr := attrs["dependencies"]; attr != nil {
		if e.Dependencies, err = r.hookDependencies(inst.ctx, attr, addr); err != nil {
			return err
		}
	}
	r.addEntry(res, e)
	return nil
}

// hookSecrets reads a hook's secrets map. Written as { NAME = value },
// each value stands alone (one may be unknown while the names are known);
// a map from elsewhere must be known as a whole to name its secrets.
func (r *tfReader) hookSecrets(ctx *hcl.EvalContext, attr *hcl.Attribute, addr string) ([]Secret, error) {
	pairs, diags := hcl.ExprMap(attr.Expr)
	if diags.HasErrors() {
		return r.hookSecretsWhole(ctx, attr, addr)
	}
	var out []Secret
	for _, kv := range pairs {
		name, err := r.eval.needString(ctx, &hcl.Attribute{Name: "secret", Expr: kv.Key, Range: kv.Key.Range()}, "secret name of "+addr)
		if err != nil {
			return nil, err
		}
		s := Secret{Name: name}
		var why string
		if s.Value, s.HasValue, why, err = r.eval.secretValue(ctx, kv.Value, "value of secret "+name+" of "+addr); err != nil {
			return nil, err
		}
		if why != "" {
			r.noteNoValue(kv.Value.Range(), name, addr, why)
		}
		out = append(out, s)
	}
	return out, nil
}

func (r *tfReader) hookSecretsWhole(ctx *hcl.EvalContext, attr *hcl.Attribute, addr string) ([]Secret, error) {
	m, err := r.stringMap(ctx, attr, "secrets of "+addr)
	if err != nil {
		return nil, err
	}
	var out []Secret
	for _, name := range tfSortedKeys(m) {
		out = append(out, Secret{Name: name, Value: m[name], HasValue: true})
	}
	return out, nil
}

// hookDependencies reads a hook's dependencies map (name -> version), in
// name order (a map has no other).
func (r *tfReader) hookDependencies(ctx *hcl.EvalContext, attr *hcl.Attribute, addr string) ([]Dependency, error) {
	m, err := r.stringMap(ctx, attr, "dependencies of "+addr)
	if err != nil {
		return nil, err
	}
	var out []Dependency
	for _, name := range tfSortedKeys(m) {
		out = append(out, Dependency{Name: name, Version: m[name]})
	}
	return out, nil
}

// stringMap evaluates a map of strings.
func (r *tfReader) stringMap(ctx *hcl.EvalContext, attr *hcl.Attribute, what string) (map[string]string, error) {
	val, err := r.eval.need(ctx, attr, what)
	if err != nil {
		return nil, err
	}
	m, cerr := convert.Convert(val, cty.Map(cty.String))
	if cerr != nil {
		return nil, fmt.Errorf("%s: %s must be a map of strings, not %s", tfPos(attr.Expr.Range()), what, val.Type().FriendlyName())
	}
	out := map[string]string{}
	for k, v := range m.AsValueMap() {
		if v.IsNull() {
			return nil, fmt.Errorf("%s: %s: %s is null", tfPos(attr.Expr.Range()), what, k)
		}
		out[k] = v.AsString()
	}
	return out, nil
}
