package deploy

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

var (
	tfTriggerActionsSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "trigger", Required: true}},
		Blocks:     []hcl.BlockHeaderSchema{{Type: "actions"}},
	}
	tfBoundActionSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "id", Required: true}, {Name: "display_name"},
	}}
	tfTriggerActionSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "trigger", Required: true}, {Name: "action_id", Required: true}, {Name: "display_name"},
	}}
	tfPhoneProviderSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "name", Required: true}, {Name: "disabled"}},
		Blocks:     []hcl.BlockHeaderSchema{{Type: "configuration"}},
	}
	tfPhoneConfigSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "delivery_methods"}}}
	tfTenantSchema      = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "sandbox_version"}}}
)

// readBinding reads auth0_trigger_actions (the whole ordered list of a
// trigger) or auth0_trigger_action (one more action appended) into
// Bindings, by action name (an auth0_action's id is its name here).
func (r *tfReader) readBinding(res *tfResource, inst tfInstance, body hcl.Body) error {
	addr := tfInstanceAddr(res, inst)
	schema := tfTriggerActionsSchema
	if res.typ == "auth0_trigger_action" {
		schema = tfTriggerActionSchema
	}
	content, _, diags := body.PartialContent(schema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	trigger, err := r.eval.needString(inst.ctx, content.Attributes["trigger"], "trigger of "+addr)
	if err != nil {
		return err
	}
	if r.art.Bindings == nil {
		r.art.Bindings = map[string][]string{}
	}
	if r.art.Bindings[trigger] == nil {
		r.art.Bindings[trigger] = []string{}
	}
	if res.typ == "auth0_trigger_action" {
		return r.bind(inst.ctx, trigger, content.Attributes["action_id"], addr)
	}
	for _, b := range content.Blocks {
		c, diags := b.Body.Content(tfBoundActionSchema)
		if diags.HasErrors() {
			return tfDiagError(diags)
		}
		if err := r.bind(inst.ctx, trigger, c.Attributes["id"], addr); err != nil {
			return err
		}
	}
	return nil
}

// bind appends one bound action; one hookemu cannot resolve (a data
// source's id) is left out with a note.
func (r *tfReader) bind(ctx *hcl.EvalContext, trigger string, attr *hcl.Attribute, addr string) error {
	if why := r.eval.blockers(attr.Expr); len(why) > 0 {
		r.art.Notes = append(r.art.Notes, fmt.Sprintf("%s: an action bound by %s is not counted as bound, since %s", tfPos(attr.Expr.Range()), addr, strings.Join(why, "; ")))
		return nil
	}
	name, err := r.eval.needString(ctx, attr, "bound action of "+addr)
	if err != nil {
		return err
	}
	r.art.Bindings[trigger] = append(r.art.Bindings[trigger], name)
	return nil
}

// readPhoneProvider reads auth0_phone_provider (one per tenant).
func (r *tfReader) readPhoneProvider(res *tfResource, inst tfInstance, body hcl.Body) error {
	addr := tfInstanceAddr(res, inst)
	content, _, diags := body.PartialContent(tfPhoneProviderSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	p := &PhoneProvider{}
	var err error
	if p.Name, err = r.eval.needString(inst.ctx, content.Attributes["name"], "name of "+addr); err != nil {
		return err
	}
	if p.Disabled, err = r.eval.optBool(inst.ctx, content.Attributes, "disabled", "disabled of "+addr, false); err != nil {
		return err
	}
	for _, b := range content.Blocks {
		c, diags := b.Body.Content(tfPhoneConfigSchema)
		if diags.HasErrors() {
			return tfDiagError(diags)
		}
		if p.DeliveryMethods, err = r.stringList(inst.ctx, c.Attributes["delivery_methods"], "delivery_methods of "+addr); err != nil {
			return err
		}
	}
	if r.art.PhoneProvider != nil {
		return fmt.Errorf("%s: a second auth0_phone_provider (%s): a tenant has one phone provider", res.source, addr)
	}
	r.art.PhoneProvider = p
	return nil
}

// stringList evaluates an optional list or set of strings.
func (r *tfReader) stringList(ctx *hcl.EvalContext, attr *hcl.Attribute, what string) ([]string, error) {
	if attr == nil {
		return nil, nil
	}
	val, err := r.eval.need(ctx, attr, what)
	if err != nil {
		return nil, err
	}
	list, cerr := convert.Convert(val, cty.List(cty.String))
	if cerr != nil {
		return nil, fmt.Errorf("%s: %s must be a list of strings, not %s", tfPos(attr.Expr.Range()), what, val.Type().FriendlyName())
	}
	var out []string
	for _, v := range list.AsValueSlice() {
		if v.IsNull() {
			return nil, fmt.Errorf("%s: %s holds a null", tfPos(attr.Expr.Range()), what)
		}
		out = append(out, v.AsString())
	}
	return out, nil
}

// readTenant reads auth0_tenant's sandbox_version: the Node version
// Hooks run on ("22" reads as node22).
func (r *tfReader) readTenant(res *tfResource, inst tfInstance, body hcl.Body) error {
	content, _, diags := body.PartialContent(tfTenantSchema)
	if diags.HasErrors() {
		return tfDiagError(diags)
	}
	v, err := r.eval.optString(inst.ctx, content.Attributes, "sandbox_version", "sandbox_version of "+tfInstanceAddr(res, inst))
	if err != nil {
		return err
	}
	if v != "" {
		r.art.TenantRuntime = tfNormRuntime(v)
	}
	return nil
}
