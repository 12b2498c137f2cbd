package deploy

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// yamlSections are the tenant.yaml keys hookemu reads; the others (clients,
// connections, ...) are not converted, so nothing in them can cost time.
var yamlSections = map[string]bool{"actions": true, "hooks": true, "triggers": true, "phoneProviders": true, "tenant": true}

// loadA0YAML reads an a0deploy tenant.yaml (path is the file or the folder
// holding it): keywords replaced in the raw text, then actions:, hooks:,
// triggers:, phoneProviders: and tenant:. Code and script paths are
// relative to AUTH0_BASE_PATH when set, else to the yaml's folder (DC
// src/context/yaml/index.ts loadFile).
func loadA0YAML(path string, opts Options) (*Artifact, error) {
	file := path
	if isDir(path) {
		if file = tenantYAML(path); file == "" {
			return nil, fmt.Errorf("%s holds no tenant.yaml", path)
		}
	}
	cfg, err := loadA0Config(opts)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(file)
	if cfg.basePath != "" {
		base = cfg.basePath
	}
	r := newA0Reader(base, cfg)
	data, err := hostfile.Read(file, maxConfigBytes)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	d, err := parseYAML(r.shown(file), r.kw.replace(data), func(key string) bool { return yamlSections[key] })
	if err != nil {
		return nil, err
	}
	if err := r.yamlEntries(d, "actions", readAction); err != nil {
		return nil, err
	}
	if err := r.yamlEntries(d, "hooks", readHook); err != nil {
		return nil, err
	}
	if err := r.yamlTenant(d); err != nil {
		return nil, err
	}
	return r.finish(), nil
}

func (r *a0reader) yamlEntries(d doc, section string, read func(doc, *value, string) (declared, error)) error {
	items, err := d.list(d.root.get(section), section)
	if err != nil {
		return err
	}
	for i, item := range items {
		prefix := section + "[" + strconv.Itoa(i) + "]"
		decl, err := read(d, item, prefix)
		if err != nil {
			return err
		}
		if err := r.addEntry(d, item, prefix, decl, r.root); err != nil {
			return err
		}
	}
	return nil
}

func (r *a0reader) yamlTenant(d doc) error {
	var err error
	if triggers := d.root.get("triggers"); !triggers.isNull() {
		if r.art.Bindings, err = readBindings(d, triggers, "triggers"); err != nil {
			return err
		}
	}
	if err := r.setPhoneProvider(d, d.root.get("phoneProviders"), "phoneProviders"); err != nil {
		return err
	}
	r.art.TenantRuntime, err = readTenantRuntime(d, d.root.get("tenant"), "tenant")
	return err
}
