package harness

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/hookemu/hookemu/stubs"
)

// Source is hook code ready to load: its name for messages, its bytes,
// and, for the documented hooks, the demo secrets (and demo stubs) that
// make it run against the fakes.
type Source struct {
	Name     string
	Code     []byte
	Embedded bool
	Demo     map[string]string
	// DemoStubs answer the hosts no fake knows that the documented hook
	// calls (a Slack webhook); none for other code.
	DemoStubs []stubs.Source
	// Dir is the folder the file is in, where require looks for
	// node_modules; empty for an embedded hook.
	Dir string
	// Deploy is the deploy artifact entry the code was read from; nil
	// for a .js file or an embedded hook.
	Deploy *Deployed
}

// ReadSource reads the hook at path. An empty path is the default embedded
// hook; a path that does not exist on disk but names an embedded hook
// ("8x8.js", "hooks/8x8.js") is that hook, so the README's commands work
// from any directory.
func ReadSource(path string) (Source, error) {
	if path == "" {
		path = hooks.Default
	}
	code, err := ReadHookFile(path)
	if err == nil {
		return Source{Name: filepath.Base(path), Code: code, Demo: DemoSecrets(path, code), DemoStubs: DemoStubs(path, code), Dir: filepath.Dir(path)}, nil
	}
	if h, ok := hooks.Lookup(path); ok && errors.Is(err, fs.ErrNotExist) {
		code, embedErr := hooks.Source(h.Name)
		if embedErr == nil {
			return Source{Name: h.Name, Code: code, Embedded: true, Demo: h.Secrets, DemoStubs: DemoStubs(h.Name, code)}, nil
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return Source{}, fmt.Errorf("hook file %s does not exist: give the path of your hook's .js file, or one of the documented hooks (%s)", path, embeddedNames())
	}
	return Source{}, err
}

// DemoSecrets returns the demo secrets of the documented hook named name
// when code is that hook unchanged, and nil otherwise: an unchanged
// documented hook, embedded or copied, is the only code demo secrets may
// fill in for, in every subcommand. An edited copy is the user's code.
func DemoSecrets(name string, code []byte) map[string]string {
	h, ok := documented(name, code)
	if !ok {
		return nil
	}
	return h.Secrets
}

// DemoStubs returns the demo stubs of the documented hook named name when
// code is that hook unchanged (as DemoSecrets decides), and nil otherwise
// or when it has none. Each stub names its host.
func DemoStubs(name string, code []byte) []stubs.Source {
	h, ok := documented(name, code)
	if !ok || h.Stubs == "" {
		return nil
	}
	data, err := hooks.Source(h.Stubs)
	if err != nil {
		return nil // hooks' tests hold every Stubs file to exist
	}
	return []stubs.Source{{Name: "hooks/" + h.Stubs, Data: data}}
}

// documented finds the documented hook that code is, unchanged.
func documented(name string, code []byte) (hooks.Hook, bool) {
	h, ok := hooks.Lookup(filepath.Base(name))
	if !ok {
		return hooks.Hook{}, false
	}
	embedded, err := hooks.Source(h.Name)
	if err != nil || !bytes.Equal(code, embedded) {
		return hooks.Hook{}, false
	}
	return h, true
}

func embeddedNames() string {
	var names []string
	for _, h := range hooks.List() {
		names = append(names, h.Name)
	}
	return strings.Join(names, ", ")
}

// ParseSecretsFile reads a dotenv file (KEY=VALUE lines, comments, quotes,
// export prefixes) into secrets, at most hostfile.MaxSecretsBytes of it.
func ParseSecretsFile(path string) (map[string]string, error) {
	data, err := hostfile.ReadArg(path, hostfile.MaxSecretsBytes)
	if err != nil {
		return nil, fmt.Errorf("cannot read secrets file %s: %w", path, err)
	}
	secrets, err := ParseSecrets(data)
	if err != nil {
		return nil, fmt.Errorf("secrets file %s %w", path, err)
	}
	return secrets, nil
}

// ParseSecretFlag reads one KEY=VALUE.
func ParseSecretFlag(kv string) (string, string, error) {
	key, value, ok := strings.Cut(kv, "=")
	if !ok || strings.TrimSpace(key) == "" {
		return "", "", fmt.Errorf("--secret %q: write it as KEY=VALUE, e.g. --secret apikey=my-key", redactAllButKey(kv))
	}
	return key, value, nil
}

// redactAllButKey keeps a malformed --secret argument out of error
// messages except for what looks like its key.
func redactAllButKey(kv string) string {
	if len(kv) <= 3 {
		return "***"
	}
	return kv[:3] + "***"
}
