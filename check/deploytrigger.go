package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/emulator"
)

// triggerChecks: the trigger and version the artifact names exist for
// the kind of code, and the code exports what that trigger calls. Other
// triggers are not hookemu's to judge.
func triggerChecks(e deploy.Entry, h handler, loaded *emulator.Hook) []Check {
	if !e.IsPhone() {
		return nil
	}
	checks := []Check{triggerVersionCheck(e)}
	if c, ok := handlerCheck(e, h, loaded); ok {
		checks = append(checks, c)
	}
	return checks
}

func triggerVersionCheck(e deploy.Entry) Check {
	c := Check{Name: "trigger"}
	id, v := e.Trigger.ID, e.Trigger.Version
	switch {
	case e.Kind == deploy.KindHook && id == deploy.TriggerCustomPhoneProvider:
		c.Status = Fail
		c.Message = "the hook is deployed for custom-phone-provider, a trigger only Actions have: Auth0 refuses it"
		c.Fix = "make it an Action: exports.onExecuteCustomPhoneProvider = async (event, api) => { ... }, trigger custom-phone-provider v1"
	case e.Kind == deploy.KindHook:
		c.Status, c.Message = Pass, "a send-phone-message hook"
	case id == deploy.TriggerSendPhoneMessage && v == "v2":
		c.Status, c.Message = Pass, "send-phone-message v2, the current version"
	case id == deploy.TriggerSendPhoneMessage && v == "v1":
		c.Status = Warn
		c.Message = "send-phone-message v1 is deprecated (v2 is current), and hookemu calls the handler with the v2 event"
		c.Fix = "declare version v2 of the trigger"
	case id == deploy.TriggerCustomPhoneProvider && v == "v1":
		c.Status, c.Message = Pass, "custom-phone-provider v1, its only version"
	default:
		current := map[string]string{deploy.TriggerSendPhoneMessage: "v2", deploy.TriggerCustomPhoneProvider: "v1"}[id]
		c.Status = Fail
		c.Message = fmt.Sprintf("%s has no version %q: Auth0 refuses the Action", id, v)
		c.Fix = fmt.Sprintf("declare version %s of the trigger", current)
	}
	return c
}

// handlerCheck: the code exports what its trigger calls. The loaded
// code, when it loaded, says which kind it is and which handler it has
// (the tree cannot follow every export); the tree says where, and every
// handler assigned. ok is false when neither shows an export (the
// exports check says so already).
func handlerCheck(e deploy.Entry, h handler, loaded *emulator.Hook) (Check, bool) {
	c := Check{Name: "handler", Line: h.line}
	want := emulator.HandlerOf(e.Trigger.ID)
	kind, has := h.kind, h.name
	exportsWant := h.exported[want]
	if loaded != nil && loaded.Trigger != "" {
		kind = loaded.Kind
		if kind == emulator.KindAction && has == "" {
			has = emulator.HandlerOf(loaded.Trigger)
		}
		exportsWant = exportsWant || (kind == emulator.KindAction && loaded.Trigger == e.Trigger.ID)
	}
	switch {
	case kind == "":
		return c, false
	case e.Kind == deploy.KindHook && kind == emulator.KindHook:
		c.Status, c.Message = Pass, "module.exports is a function, which Webtask calls for a send-phone-message hook"
	case e.Kind == deploy.KindHook:
		c.Status = Fail
		c.Message = fmt.Sprintf("the code exports %s, an Action's handler, but the artifact deploys it as a hook, which Webtask calls as module.exports(recipient, text, context, cb)", has)
		c.Fix = "deploy it as an Action, or export " + hookShape
	case kind == emulator.KindHook:
		c.Status = Fail
		c.Message = fmt.Sprintf("module.exports is a function, as a hook's is, but the artifact deploys an Action for %s, which calls exports.%s", e.Trigger.ID, want)
		c.Fix = fmt.Sprintf("export exports.%s = async (event, api) => { ... }", want)
	case exportsWant:
		c.Status, c.Message = Pass, fmt.Sprintf("exports %s, the handler %s calls", want, e.Trigger.ID)
	case has == "":
		return c, false
	default:
		c.Status = Fail
		c.Message = fmt.Sprintf("exports %s, but the artifact deploys the Action for %s, which calls %s: Auth0 finds no handler to run", has, e.Trigger.ID, want)
		c.Fix = fmt.Sprintf("rename it exports.%s, or deploy the Action for the trigger it implements", want)
	}
	return c, true
}

// tenantChecks judge the entry among the rest of the tenant, where the
// artifact holds it: whether it runs at all, and whether the phone
// provider sends through it.
func tenantChecks(e deploy.Entry, art *deploy.Artifact) []Check {
	if art == nil || !e.IsPhone() {
		return nil
	}
	var checks []Check
	switch {
	case e.Kind == deploy.KindHook && e.Trigger.ID == deploy.TriggerSendPhoneMessage:
		if c, ok := enabledHooksCheck(e, art); ok {
			checks = append(checks, c)
		}
	case e.Kind == deploy.KindAction:
		if art.Bindings != nil {
			checks = append(checks, bindingCheck(e, art))
		}
		if e.Trigger.ID == deploy.TriggerCustomPhoneProvider && art.PhoneProvider != nil {
			checks = append(checks, phoneProviderCheck(art.PhoneProvider, art.Format))
		}
	}
	return checks
}

// bindingCheck: an Action runs only once bound to its trigger.
func bindingCheck(e deploy.Entry, art *deploy.Artifact) Check {
	c := Check{Name: "binding"}
	if slices.Contains(art.Bindings[e.Trigger.ID], e.Name) {
		c.Status, c.Message = Pass, fmt.Sprintf("bound to the %s trigger", e.Trigger.ID)
		return c
	}
	c.Status = Warn
	c.Message = fmt.Sprintf("deployed but never runs: %s is not bound to the %s trigger", e.Name, e.Trigger.ID)
	if art.Format == deploy.FormatTerraform {
		c.Fix = fmt.Sprintf(`bind it with an auth0_trigger_actions (or auth0_trigger_action) resource: trigger = "%s", the action's id`, e.Trigger.ID)
	} else {
		c.Fix = fmt.Sprintf(`bind it in the triggers (triggers/triggers.json or triggers: in tenant.yaml): "%s": [{"action_name": "%s", "display_name": "%s"}]`, e.Trigger.ID, e.Name, e.Name)
	}
	return c
}

// enabledHooksCheck: Auth0 runs one send-phone-message hook; a0deploy's
// own check for two enabled ones reads a field its schema lacks, so it
// lets them through. A disabled hook alone says nothing (ok false): an
// export keeps the hook an Action replaced, disabled.
func enabledHooksCheck(e deploy.Entry, art *deploy.Artifact) (Check, bool) {
	c := Check{Name: "enabled hooks"}
	var enabled []string
	for _, other := range art.Entries {
		if other.Kind == deploy.KindHook && other.Trigger.ID == deploy.TriggerSendPhoneMessage && other.Enabled {
			enabled = append(enabled, other.Name)
		}
	}
	switch {
	case len(enabled) > 1:
		c.Status = Fail
		c.Message = fmt.Sprintf("%d send-phone-message hooks are enabled (%s), but Auth0 runs only one at a time", len(enabled), strings.Join(enabled, ", "))
		c.Fix = "enable one of them and set enabled: false on the others"
	case !e.Enabled:
		return c, false
	default:
		c.Status, c.Message = Pass, "the one enabled send-phone-message hook"
	}
	return c, true
}

// phoneProviderCheck: Auth0 sends through a custom-phone-provider Action
// only when the tenant's phone provider is custom and enabled.
func phoneProviderCheck(p *deploy.PhoneProvider, format deploy.Format) Check {
	c := Check{Name: "phone provider"}
	fix := `set the phone provider to custom (phone-providers/provider.json: {"name": "custom", "disabled": false, "configuration": {"delivery_methods": ["text"]}})`
	if format == deploy.FormatTerraform {
		fix = `set the auth0_phone_provider to name = "custom", disabled = false`
	}
	switch {
	case p.Name != "custom":
		c.Status, c.Fix = Fail, fix
		c.Message = fmt.Sprintf("the tenant's phone provider is %s, so Auth0 sends through it and never runs this Action", p.Name)
	case p.Disabled:
		c.Status, c.Fix = Fail, fix
		c.Message = "the tenant's custom phone provider is disabled, so Auth0 never runs this Action"
	default:
		c.Status = Pass
		c.Message = "the tenant's phone provider is custom"
		if len(p.DeliveryMethods) > 0 {
			c.Message += " (delivery methods " + strings.Join(p.DeliveryMethods, ", ") + ")"
		}
	}
	return c
}
