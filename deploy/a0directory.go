package deploy

import (
	"path/filepath"
	"strconv"
)

// The folders and files of an a0deploy directory (DC
// src/tools/constants.ts and src/context/directory/handlers).
const (
	a0ActionsDir        = "actions"
	a0HooksDir          = "hooks"
	a0TriggersDir       = "triggers"
	a0PhoneProvidersDir = "phone-providers"
	a0PhoneProviderFile = "provider.json"
	a0TenantFile        = "tenant.json"
)

// loadA0Directory reads an a0deploy directory export: actions/*.json (code
// relative to the folder), hooks/*.json (script relative to hooks/), the
// first triggers/*.json, phone-providers/provider.json and tenant.json.
func loadA0Directory(root string, opts Options) (*Artifact, error) {
	cfg, err := loadA0Config(opts)
	if err != nil {
		return nil, err
	}
	r := newA0Reader(root, cfg)
	if err := r.dirEntries(a0ActionsDir, root, readAction); err != nil {
		return nil, err
	}
	if err := r.dirEntries(a0HooksDir, filepath.Join(root, a0HooksDir), readHook); err != nil {
		return nil, err
	}
	if err := r.dirTenantFiles(); err != nil {
		return nil, err
	}
	return r.finish(), nil
}

// dirEntries reads each JSON file of folder as one entry whose code path
// is relative to base.
func (r *a0reader) dirEntries(folder, base string, read func(doc, *value, string) (declared, error)) error {
	files, err := jsonFiles(filepath.Join(r.root, folder))
	if err != nil {
		return err
	}
	for _, file := range files {
		d, err := r.readJSON(file)
		if err != nil {
			return err
		}
		decl, err := read(d, d.root, "")
		if err != nil {
			return err
		}
		if err := r.addEntry(d, d.root, "", decl, base); err != nil {
			return err
		}
	}
	return nil
}

// addEntry loads a declared entry's code and adds it to the artifact.
func (r *a0reader) addEntry(d doc, v *value, prefix string, decl declared, base string) error {
	field := "code"
	if decl.entry.Kind == KindHook {
		field = "script"
	}
	if decl.entry.Name == "" {
		return d.errorf(v, at(prefix, "name"), "an action needs a name; a0deploy refuses one without")
	}
	if decl.code == "" {
		return d.errorf(v, at(prefix, field), "%s %q declares no %s; a0deploy needs the path of its code file", decl.entry.Kind, decl.entry.Name, field)
	}
	code, path, err := r.loadCode(d, decl.at, at(prefix, field), base, decl.code)
	if err != nil {
		return err
	}
	e := decl.entry
	e.Code, e.CodePath = code, path
	e.Source = d.file
	if v.line > 1 {
		e.Source = d.file + ":" + strconv.Itoa(v.line)
	}
	r.art.Entries = append(r.art.Entries, e)
	return nil
}

// dirTenantFiles reads the bindings, phone provider and tenant settings.
func (r *a0reader) dirTenantFiles() error {
	triggers, err := jsonFiles(filepath.Join(r.root, a0TriggersDir))
	if err != nil {
		return err
	}
	if len(triggers) > 0 { // a0deploy reads the first file only
		d, err := r.readJSON(triggers[0])
		if err != nil {
			return err
		}
		if r.art.Bindings, err = readBindings(d, d.root, ""); err != nil {
			return err
		}
	}
	if provider := filepath.Join(r.root, a0PhoneProvidersDir, a0PhoneProviderFile); isFile(provider) {
		d, err := r.readJSON(provider)
		if err != nil {
			return err
		}
		if err := r.setPhoneProvider(d, d.root, ""); err != nil {
			return err
		}
	}
	if tenant := filepath.Join(r.root, a0TenantFile); isFile(tenant) {
		d, err := r.readJSON(tenant)
		if err != nil {
			return err
		}
		if r.art.TenantRuntime, err = readTenantRuntime(d, d.root, ""); err != nil {
			return err
		}
	}
	return nil
}

func (r *a0reader) setPhoneProvider(d doc, v *value, path string) error {
	pp, several, err := readPhoneProviders(d, v, path)
	if err != nil {
		return err
	}
	if several {
		r.note("%s: several phone providers; a tenant has one, so only the first (%s) is used", d.file, pp.Name)
	}
	r.art.PhoneProvider = pp
	return nil
}

// finish adds the notes every reading shares.
func (r *a0reader) finish() *Artifact {
	addSecretsNote(r.art)
	return r.art
}

// addSecretsNote says once that secret values are not in the artifact,
// when some declared secret has none.
func addSecretsNote(a *Artifact) {
	for _, e := range a.Entries {
		for _, s := range e.Secrets {
			if !s.HasValue {
				a.Notes = append(a.Notes, "exports never hold secret values (a0deploy and the Management API leave them out): pass them with --secret, --secrets-file or --secrets-env")
				return
			}
		}
	}
}
