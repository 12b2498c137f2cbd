package deploy

import (
	"strconv"
	"strings"
	"unicode"
)

// valueNotShown is what a0deploy and the Management API write in place of
// a hook secret's value.
const valueNotShown = "_VALUE_NOT_SHOWN_"

// declared is an entry as its declaration gives it, with the code still a
// reference (a0deploy) or inline text (Management API).
type declared struct {
	entry Entry
	code  string
	at    *value // the code field, for errors
}

// at joins a path prefix and a field for error messages.
func at(prefix, field string) string {
	if prefix == "" {
		return field
	}
	return prefix + "." + field
}

// readAction reads an a0deploy or Management API action's fields (DC
// src/tools/auth0/handlers/actions.ts schema).
func readAction(d doc, v *value, prefix string) (declared, error) {
	if err := d.object(v, prefix); err != nil {
		return declared{}, err
	}
	e := Entry{Kind: KindAction}
	var err error
	if e.Name, err = d.text(v.get("name"), at(prefix, "name")); err != nil {
		return declared{}, err
	}
	if err := readActionVersion(d, v, prefix, &e); err != nil {
		return declared{}, err
	}
	if e.Deployed, err = d.flag(v.get("deployed"), at(prefix, "deployed")); err != nil {
		return declared{}, err
	}
	if e.Modules, err = readModules(d, v.get("modules"), at(prefix, "modules")); err != nil {
		return declared{}, err
	}
	code, err := d.text(v.get("code"), at(prefix, "code"))
	return declared{entry: e, code: code, at: v.get("code")}, err
}

// readActionVersion reads the fields an action and each of its versions
// have: runtime, triggers, dependencies, secrets.
func readActionVersion(d doc, v *value, prefix string, e *Entry) error {
	runtime, err := d.text(v.get("runtime"), at(prefix, "runtime"))
	if err != nil {
		return err
	}
	e.Runtime = NormalizeRuntime(runtime)
	triggers, err := d.list(v.get("supported_triggers"), at(prefix, "supported_triggers"))
	if err != nil {
		return err
	}
	e.Trigger = Trigger{}
	if len(triggers) > 0 {
		path := at(prefix, "supported_triggers[0]")
		if err := d.object(triggers[0], path); err != nil {
			return err
		}
		if e.Trigger.ID, err = d.text(triggers[0].get("id"), path+".id"); err != nil {
			return err
		}
		if e.Trigger.Version, err = d.text(triggers[0].get("version"), path+".version"); err != nil {
			return err
		}
	}
	if e.Dependencies, err = readDependencyList(d, v.get("dependencies"), at(prefix, "dependencies")); err != nil {
		return err
	}
	e.Secrets, err = readSecretList(d, v.get("secrets"), at(prefix, "secrets"))
	return err
}

func readDependencyList(d doc, v *value, path string) ([]Dependency, error) {
	items, err := d.list(v, path)
	if err != nil {
		return nil, err
	}
	var out []Dependency
	for i, item := range items {
		p := path + "[" + strconv.Itoa(i) + "]"
		if err := d.object(item, p); err != nil {
			return nil, err
		}
		var dep Dependency
		if dep.Name, err = d.text(item.get("name"), p+".name"); err != nil {
			return nil, err
		}
		if dep.Version, err = d.text(item.get("version"), p+".version"); err != nil {
			return nil, err
		}
		out = append(out, dep)
	}
	return out, nil
}

// readSecretList reads an action's [{name, value?}]. A secrets field that
// is one text is an @@KEY@@ marker a0deploy would have replaced by a list
// (its keyword preservation writes that): left unreplaced, no secret is
// known.
func readSecretList(d doc, v *value, path string) ([]Secret, error) {
	if v != nil && v.kind == kindString {
		return nil, d.errorf(v, path, "is text, not a list of secrets: an @@KEY@@ marker must be given a list (in the a0deploy config's AUTH0_KEYWORD_REPLACE_MAPPINGS or the environment), or list the secrets as [{\"name\": \"API_KEY\"}]")
	}
	items, err := d.list(v, path)
	if err != nil {
		return nil, err
	}
	var out []Secret
	for i, item := range items {
		p := path + "[" + strconv.Itoa(i) + "]"
		if err := d.object(item, p); err != nil {
			return nil, err
		}
		var s Secret
		if s.Name, err = d.text(item.get("name"), p+".name"); err != nil {
			return nil, err
		}
		val := item.get("value")
		if s.Value, err = d.text(val, p+".value"); err != nil {
			return nil, err
		}
		s.HasValue = !val.isNull() && usableSecret(s.Value)
		if !s.HasValue {
			s.Value = ""
		}
		out = append(out, s)
	}
	return out, nil
}

// usableSecret reports whether an exported secret value is one: not the
// placeholder exports write, not a keyword nothing replaced.
func usableSecret(v string) bool {
	return v != valueNotShown && len(UnreplacedKeywords([]byte(v))) == 0
}

func readModules(d doc, v *value, path string) ([]string, error) {
	items, err := d.list(v, path)
	if err != nil {
		return nil, err
	}
	var out []string
	for i, item := range items {
		p := path + "[" + strconv.Itoa(i) + "]"
		if err := d.object(item, p); err != nil {
			return nil, err
		}
		name, err := d.text(item.get("module_name"), p+".module_name")
		if err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, nil
}

// readHook reads an a0deploy or Management API hook's fields (DC
// src/tools/auth0/handlers/hooks.ts schema): the name as a0deploy loads
// it, lower-cased with white space turned into '-'.
func readHook(d doc, v *value, prefix string) (declared, error) {
	if err := d.object(v, prefix); err != nil {
		return declared{}, err
	}
	e := Entry{Kind: KindHook}
	name, err := d.text(v.get("name"), at(prefix, "name"))
	if err != nil {
		return declared{}, err
	}
	if name == "" {
		return declared{}, d.errorf(v, at(prefix, "name"), "a hook needs a name; a0deploy stops without one")
	}
	e.Name = HookName(name)
	if e.Trigger.ID, err = d.text(v.get("triggerId"), at(prefix, "triggerId")); err != nil {
		return declared{}, err
	}
	if e.Enabled, err = d.flag(v.get("enabled"), at(prefix, "enabled")); err != nil {
		return declared{}, err
	}
	if e.Dependencies, err = readDependencyMap(d, v.get("dependencies"), at(prefix, "dependencies")); err != nil {
		return declared{}, err
	}
	if e.Secrets, err = readSecretMap(d, v.get("secrets"), at(prefix, "secrets")); err != nil {
		return declared{}, err
	}
	code, err := d.text(v.get("script"), at(prefix, "script"))
	return declared{entry: e, code: code, at: v.get("script")}, err
}

// HookName is a hook's name as a0deploy loads it: lower-cased, each white
// space character turned into '-'.
func HookName(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\uFEFF' {
			return '-'
		}
		return r
	}, strings.ToLower(name))
}

func readDependencyMap(d doc, v *value, path string) ([]Dependency, error) {
	if err := d.object(v, path); err != nil || v == nil {
		return nil, err
	}
	var out []Dependency
	for i, name := range v.keys {
		version, err := d.text(v.vals[i], path+"."+name)
		if err != nil {
			return nil, err
		}
		out = append(out, Dependency{Name: name, Version: version})
	}
	return out, nil
}

func readSecretMap(d doc, v *value, path string) ([]Secret, error) {
	if err := d.object(v, path); err != nil || v == nil {
		return nil, err
	}
	var out []Secret
	for i, name := range v.keys {
		val, err := d.text(v.vals[i], path+"."+name)
		if err != nil {
			return nil, err
		}
		s := Secret{Name: name}
		if !v.vals[i].isNull() && usableSecret(val) {
			s.Value, s.HasValue = val, true
		}
		out = append(out, s)
	}
	return out, nil
}

// readBindings reads triggers.json or tenant.yaml's triggers: trigger id
// -> [{action_name, display_name}] in execution order.
func readBindings(d doc, v *value, path string) (map[string][]string, error) {
	if err := d.object(v, path); err != nil {
		return nil, err
	}
	out := map[string][]string{}
	if v == nil {
		return out, nil
	}
	for i, trigger := range v.keys {
		p := at(path, trigger)
		items, err := d.list(v.vals[i], p)
		if err != nil {
			return nil, err
		}
		names := []string{}
		for j, item := range items {
			q := p + "[" + strconv.Itoa(j) + "]"
			if err := d.object(item, q); err != nil {
				return nil, err
			}
			name, err := d.text(item.get("action_name"), q+".action_name")
			if err != nil {
				return nil, err
			}
			names = append(names, name)
		}
		out[trigger] = names
	}
	return out, nil
}

// readPhoneProviders reads provider.json or tenant.yaml's phoneProviders:
// a list of {name, disabled, configuration: {delivery_methods}}. A tenant
// has one; with several, the first is taken and the rest noted.
func readPhoneProviders(d doc, v *value, path string) (*PhoneProvider, bool, error) {
	items, err := d.list(v, path)
	if err != nil || len(items) == 0 {
		return nil, false, err
	}
	p := path + "[0]"
	first := items[0]
	if err := d.object(first, p); err != nil {
		return nil, false, err
	}
	var pp PhoneProvider
	if pp.Name, err = d.text(first.get("name"), p+".name"); err != nil {
		return nil, false, err
	}
	if pp.Disabled, err = d.flag(first.get("disabled"), p+".disabled"); err != nil {
		return nil, false, err
	}
	config := first.get("configuration")
	if err := d.object(config, p+".configuration"); err != nil {
		return nil, false, err
	}
	methods, err := d.list(config.get("delivery_methods"), p+".configuration.delivery_methods")
	if err != nil {
		return nil, false, err
	}
	for i, m := range methods {
		method, err := d.text(m, p+".configuration.delivery_methods["+strconv.Itoa(i)+"]")
		if err != nil {
			return nil, false, err
		}
		pp.DeliveryMethods = append(pp.DeliveryMethods, method)
	}
	return &pp, len(items) > 1, nil
}

// readTenantRuntime reads the tenant's runtime for Hooks: the legacy
// extensibility override (legacy_sandbox_version) when set, else
// sandbox_version; bare numbers ("22") read as node22.
func readTenantRuntime(d doc, v *value, path string) (string, error) {
	if err := d.object(v, path); err != nil || v == nil {
		return "", err
	}
	for _, key := range []string{"legacy_sandbox_version", "sandbox_version"} {
		version, err := d.text(v.get(key), at(path, key))
		if err != nil {
			return "", err
		}
		if version != "" {
			return NormalizeRuntime(version), nil
		}
	}
	return "", nil
}

// NormalizeRuntime names a runtime as hookemu does: node12, node16,
// node18 or node22. The Management API's node18-actions reads as node18
// and a tenant's bare "22" as node22; anything else is kept as written
// (lower-cased) for the checks to refuse by name.
func NormalizeRuntime(runtime string) string {
	r := strings.ToLower(strings.TrimSpace(runtime))
	r = strings.TrimSuffix(r, "-actions")
	if r != "" && strings.Trim(r, "0123456789") == "" {
		return "node" + r
	}
	return r
}
