package deploy

import (
	"path/filepath"
)

// loadA0JSON reads one a0deploy file: actions/NAME.json, whose code is
// relative to the config folder (the one above actions/), or
// hooks/NAME.json, whose script is relative to hooks/. Nothing else of
// the tenant is known, so Bindings stay nil.
func loadA0JSON(path string, opts Options) (*Artifact, error) {
	cfg, err := loadA0Config(opts)
	if err != nil {
		return nil, err
	}
	folder := filepath.Dir(path)
	r := newA0Reader(filepath.Dir(folder), cfg)
	d, err := r.readJSON(path)
	if err != nil {
		return nil, err
	}
	read, base := readAction, r.root
	if d.root.get("script") != nil {
		read, base = readHook, folder
	}
	decl, err := read(d, d.root, "")
	if err != nil {
		return nil, err
	}
	if err := r.addEntry(d, d.root, "", decl, base); err != nil {
		return nil, err
	}
	return r.finish(), nil
}
