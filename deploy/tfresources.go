package deploy

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/dynblock"
	"github.com/zclconf/go-cty/cty"
)

// tfReader turns a module's resources into an Artifact.
type tfReader struct {
	mod  *tfModule
	eval *tfEval
	art  *Artifact
}

// tfInstance is one instance of a resource: the single one, or one per
// for_each element or count index, with each.* or count.index set.
type tfInstance struct {
	keyed bool      // false for a resource without for_each or count
	key   cty.Value // the for_each key or count index
	ctx   *hcl.EvalContext
}

var tfRepetitionSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "for_each"}, {Name: "count"}},
}

// read reads the module: its actions' ids first, then the modules it
// calls (whose outputs it may refer to), then its own resources, whose
// entries come before the child modules'.
func (r *tfReader) read(depth int, seen map[string]bool) error {
	if err := r.resolveReferences(); err != nil {
		return err
	}
	before := len(r.art.Entries)
	if err := r.readModuleCalls(depth, seen); err != nil {
		return err
	}
	children := slices.Clone(r.art.Entries[before:])
	r.art.Entries = r.art.Entries[:before]
	for _, res := range r.mod.resources {
		if err := r.readResource(res); err != nil {
			return err
		}
	}
	r.art.Entries = append(r.art.Entries, children...)
	return nil
}

// tfModelled are the resource types hookemu reads; others are skipped
// before anything in them is evaluated.
var tfModelled = map[string]bool{
	"auth0_action": true, "auth0_hook": true, "auth0_trigger_actions": true,
	"auth0_trigger_action": true, "auth0_phone_provider": true, "auth0_tenant": true,
}

func (r *tfReader) readResource(res *tfResource) error {
	if !tfModelled[res.typ] {
		return nil
	}
	insts, err := r.instances(res, r.eval.ctx())
	if err != nil {
		return err
	}
	for _, inst := range insts {
		body := dynblock.Expand(res.block.Body, inst.ctx)
		switch res.typ {
		case "auth0_action":
			err = r.readAction(res, inst, body)
		case "auth0_hook":
			err = r.readHook(res, inst, body)
		case "auth0_trigger_actions", "auth0_trigger_action":
			err = r.readBinding(res, inst, body)
		case "auth0_phone_provider":
			err = r.readPhoneProvider(res, inst, body)
		case "auth0_tenant":
			err = r.readTenant(res, inst, body)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// resolveReferences gives auth0_action.NAME and auth0_action_module.NAME
// their id and name before anything refers to them. Auth0 gives an action
// its id on creation; hookemu uses its name as id, so a binding to
// auth0_action.sms.id names the action it binds. Locals are then solved
// again, since one may refer to an action.
func (r *tfReader) resolveReferences() error {
	byType := map[string]map[string]cty.Value{}
	for _, res := range r.mod.resources {
		if res.typ != "auth0_action" && res.typ != "auth0_action_module" {
			continue
		}
		val, err := r.referenceValue(res)
		if err != nil {
			return err
		}
		if byType[res.typ] == nil {
			byType[res.typ] = map[string]cty.Value{}
		}
		byType[res.typ][res.name] = val
	}
	for typ, objs := range byType {
		r.eval.resources[typ] = cty.ObjectVal(objs)
	}
	r.eval.solveLocals()
	return nil
}

// referenceValue is what auth0_action.NAME evaluates to: {id, name} for a
// single resource, an object of them by key under for_each, a tuple under
// count. A name hookemu cannot evaluate is unknown here; reading the
// resource itself reports why.
func (r *tfReader) referenceValue(res *tfResource) (cty.Value, error) {
	insts, err := r.instances(res, r.eval.ctx())
	if err != nil {
		return cty.NilVal, err
	}
	values := make([]cty.Value, len(insts))
	for i, inst := range insts {
		name := cty.UnknownVal(cty.String)
		content, _, _ := res.block.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "name"}}})
		if attr := content.Attributes["name"]; attr != nil && len(r.eval.blockers(attr.Expr)) == 0 {
			if v, diags := attr.Expr.Value(inst.ctx); !diags.HasErrors() && v.Type() == cty.String {
				name = v
			}
		}
		values[i] = cty.ObjectVal(map[string]cty.Value{"id": name, "name": name})
	}
	switch {
	case len(insts) == 1 && !insts[0].keyed:
		return values[0], nil
	case tfUsesCount(res):
		return cty.TupleVal(values), nil
	}
	byKey := map[string]cty.Value{}
	for i, inst := range insts {
		byKey[inst.key.AsString()] = values[i]
	}
	return tfObject(byKey), nil
}

func tfUsesCount(res *tfResource) bool {
	content, _, _ := res.block.Body.PartialContent(tfRepetitionSchema)
	return content.Attributes["count"] != nil
}

// instances expands a resource's for_each (a map, object or set of
// strings) or count into its instances.
func (r *tfReader) instances(res *tfResource, ctx *hcl.EvalContext) ([]tfInstance, error) {
	content, _, diags := res.block.Body.PartialContent(tfRepetitionSchema)
	if diags.HasErrors() {
		return nil, tfDiagError(diags)
	}
	if attr := content.Attributes["count"]; attr != nil {
		return r.countInstances(res, attr, ctx)
	}
	attr := content.Attributes["for_each"]
	if attr == nil {
		return []tfInstance{{ctx: ctx}}, nil
	}
	val, err := r.eval.need(ctx, attr, "for_each of "+res.addr())
	if err != nil {
		return nil, err
	}
	ty := val.Type()
	isStringSet := ty.IsSetType() && ty.ElementType() == cty.String
	if !ty.IsMapType() && !ty.IsObjectType() && !isStringSet {
		return nil, fmt.Errorf("%s: for_each of %s must be a map or a set of strings, not %s (use toset() for a list)", tfPos(attr.Expr.Range()), res.addr(), ty.FriendlyName())
	}
	var out []tfInstance
	for it := val.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if isStringSet {
			if v.IsNull() {
				return nil, fmt.Errorf("%s: for_each of %s holds a null, which Terraform refuses too", tfPos(attr.Expr.Range()), res.addr())
			}
			k = v
		}
		child := ctx.NewChild()
		child.Variables = map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})}
		out = append(out, tfInstance{keyed: true, key: k, ctx: child})
	}
	return out, nil
}

func (r *tfReader) countInstances(res *tfResource, attr *hcl.Attribute, ctx *hcl.EvalContext) ([]tfInstance, error) {
	val, err := r.eval.need(ctx, attr, "count of "+res.addr())
	if err != nil {
		return nil, err
	}
	if val.Type() != cty.Number {
		return nil, fmt.Errorf("%s: count of %s must be a number", tfPos(attr.Expr.Range()), res.addr())
	}
	count, acc := val.AsBigFloat().Int64()
	if acc != big.Exact || count < 0 || count > 1000 {
		return nil, fmt.Errorf("%s: count of %s must be a whole number from 0 to 1000", tfPos(attr.Expr.Range()), res.addr())
	}
	out := make([]tfInstance, count)
	for i := range out {
		child := ctx.NewChild()
		child.Variables = map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(int64(i))})}
		out[i] = tfInstance{keyed: true, key: cty.NumberIntVal(int64(i)), ctx: child}
	}
	return out, nil
}

// tfInstanceAddr is res's address with the instance key: auth0_action.x["a"].
func tfInstanceAddr(res *tfResource, inst tfInstance) string {
	switch {
	case !inst.keyed:
		return res.addr()
	case inst.key.Type() == cty.String:
		return fmt.Sprintf("%s[%q]", res.addr(), inst.key.AsString())
	}
	return fmt.Sprintf("%s[%s]", res.addr(), inst.key.AsBigFloat().String())
}

// tfNormRuntime is a runtime as hookemu names them: node18-actions (the
// API's name for node18) reads as node18, a tenant's bare "22" as node22.
func tfNormRuntime(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "-actions")
	if s != "" && strings.Trim(s, "0123456789") == "" {
		return "node" + s
	}
	return s
}
