package harness

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/hooks"
)

// Deployed is the deploy artifact entry a Source was read from: what the
// artifact declares beside the code (runtime, dependencies, secrets,
// trigger), which the load options and the checks take from it.
type Deployed struct {
	Artifact *deploy.Artifact
	Entry    deploy.Entry
}

// Runtime is the runtime the entry runs on: its own, or for a Hook the
// tenant's when the artifact holds it; "" leaves the default of its kind.
func (d *Deployed) Runtime() string {
	if d.Entry.Runtime != "" || d.Entry.Kind != deploy.KindHook {
		return d.Entry.Runtime
	}
	return d.Artifact.TenantRuntime
}

// Dependencies are the declared packages as name -> version pins.
func (d *Deployed) Dependencies() map[string]string {
	if len(d.Entry.Dependencies) == 0 {
		return nil
	}
	pins := make(map[string]string, len(d.Entry.Dependencies))
	for _, dep := range d.Entry.Dependencies {
		pins[dep.Name] = dep.Version
	}
	return pins
}

// SecretValues are the values the artifact holds for its declared
// secrets (a Terraform variable, a replaced keyword); exports hold none.
func (d *Deployed) SecretValues() map[string]string {
	values := map[string]string{}
	for _, s := range d.Entry.Secrets {
		if s.HasValue {
			values[s.Name] = s.Value
		}
	}
	return values
}

// UnvaluedSecrets are the declared secrets the artifact holds no value
// for, in declaration order.
func (d *Deployed) UnvaluedSecrets() []string {
	var names []string
	for _, s := range d.Entry.Secrets {
		if !s.HasValue {
			names = append(names, s.Name)
		}
	}
	return names
}

// LoadOptions are what loading the source needs besides limits: the
// folder require starts from and, for an artifact entry, the runtime and
// pinned dependencies it declares.
func (s Source) LoadOptions() emulator.LoadOptions {
	opts := emulator.LoadOptions{Dir: s.Dir}
	if s.Deploy != nil {
		opts.Runtime = s.Deploy.Runtime()
		opts.Dependencies = s.Deploy.Dependencies()
	}
	return opts
}

// ReadSources reads path: a hook file (or an embedded hook's name) is one
// Source; a deploy artifact is one Source per send-phone-message and
// custom-phone-provider entry, or only the one opts.Name names.
func ReadSources(path string, opts deploy.Options) ([]Source, error) {
	a, err := loadArtifact(path, opts)
	if err != nil {
		return nil, err
	}
	if a == nil {
		src, err := ReadSource(path)
		if err != nil {
			return nil, err
		}
		return []Source{src}, nil
	}
	return ArtifactSources(a, opts.Name)
}

// ArtifactSources are the artifact's phone entries as Sources, or only
// the entry named when name is not empty.
func ArtifactSources(a *deploy.Artifact, name string) ([]Source, error) {
	if name != "" {
		src, err := ArtifactSource(a, name)
		if err != nil {
			return nil, err
		}
		return []Source{src}, nil
	}
	entries := a.PhoneEntries()
	if len(entries) == 0 {
		return nil, noPhoneEntries(a)
	}
	out := make([]Source, len(entries))
	for i, e := range entries {
		out[i] = entrySource(a, e)
	}
	return out, nil
}

// ReadSourceFrom is ReadSource for what runs one hook: a deploy artifact
// gives its one phone entry, or the one opts.Name names.
func ReadSourceFrom(path string, opts deploy.Options) (Source, error) {
	a, err := loadArtifact(path, opts)
	if err != nil {
		return Source{}, err
	}
	if a == nil {
		return ReadSource(path)
	}
	return ArtifactSource(a, opts.Name)
}

// loadArtifact reads path when it is a deploy artifact; nil, nil when it
// is code to run as it is (a .js file, an embedded hook's name).
func loadArtifact(path string, opts deploy.Options) (*deploy.Artifact, error) {
	if path == "" || hasHookExtension(path) {
		return nil, nil // code, even when it is not a file (ReadSource says so)
	}
	_, ok, err := deploy.Detect(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && !ok) {
		return nil, nil // ReadSource says what is wrong, or finds the embedded hook
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return deploy.Load(path, opts)
}

// ArtifactSource is the artifact's one phone entry, or the one named.
func ArtifactSource(a *deploy.Artifact, name string) (Source, error) {
	e, err := a.Select(name)
	if err != nil {
		return Source{}, err
	}
	return entrySource(a, e), nil
}

func noPhoneEntries(a *deploy.Artifact) error {
	return fmt.Errorf("%s (%s) holds no send-phone-message or custom-phone-provider hook or action: give the artifact that deploys your phone message code", a.Path, a.Format)
}

// entrySource is the Source of one artifact entry. Its demo secrets and
// stubs are those of the documented hook its code is, unchanged, so the
// examples that deploy them run as the hooks themselves do.
func entrySource(a *deploy.Artifact, e deploy.Entry) Source {
	src := Source{Name: e.Name, Code: e.Code, Deploy: &Deployed{Artifact: a, Entry: e}}
	if e.CodePath != "" {
		src.Dir = filepath.Dir(e.CodePath)
	}
	if h, ok := documentedCode(e.Code); ok {
		src.Demo = h.Secrets
		src.DemoStubs = DemoStubs(h.Name, e.Code)
	}
	return src
}

// documentedCode finds the documented hook whose code is code, unchanged.
func documentedCode(code []byte) (hooks.Hook, bool) {
	for _, h := range hooks.List() {
		embedded, err := hooks.Source(h.Name)
		if err == nil && bytes.Equal(code, embedded) {
			return h, true
		}
	}
	return hooks.Hook{}, false
}
