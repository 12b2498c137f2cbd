package main

import (
	"slices"

	"encoding/json"
	"strings"

	"github.com/hookemu/hookemu/internal/suggest"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/providers"
)

// fakeFlags configure a run's fakes from the command line, any provider
// alike: --fake NAME.KEY=VALUE sets one key of a provider's configuration
// (the keys `hookemu help providers` lists, as a scenario's fakeNAME:
// takes them), the value read as YAML so that lists and numbers work.
type fakeFlags struct {
	sets []string
}

func (f *fakeFlags) add(fl *pflag.FlagSet) {
	repeatableVar(fl, &f.sets, "fake", "configure a fake: NAME.KEY=VALUE, a key of `hookemu help providers` "+
		"(--fake twilio.auth_token=test --fake 8x8.subaccounts=[acme]; repeatable)")
}

// configs decodes the flags, over base (keys set by other flags), into
// each named provider's configuration; unknown providers and keys are
// refused with the nearest name.
func (f *fakeFlags) configs(base map[string]map[string]any) (providers.Configs, error) {
	keys := map[string]map[string]any{}
	for name, kv := range base {
		keys[name] = kv
	}
	for _, set := range f.sets {
		name, key, value, err := splitFakeFlag(set)
		if err != nil {
			return nil, err
		}
		p, err := providers.Find(name)
		if err != nil {
			return nil, usageError("--fake %s: %v", set, err)
		}
		if !slices.Contains(providers.ConfigKeys(p), key) {
			hint := ""
			if near := suggest.Nearest(key, providers.ConfigKeys(p)); near != "" {
				hint = "did you mean " + near + "? "
			}
			return nil, usageError("--fake %s: the fake %s has no key %q; %sits keys: %s", set, p.Name(), key, hint, strings.Join(providers.ConfigKeys(p), ", "))
		}
		if keys[p.Name()] == nil {
			keys[p.Name()] = map[string]any{}
		}
		keys[p.Name()][key] = value
	}
	out := providers.Configs{}
	for name, kv := range keys {
		body, err := json.Marshal(kv)
		if err != nil {
			return nil, usageError("--fake %s: %v", name, err)
		}
		cfg, err := providers.DecodeConfig(name, body)
		if err != nil {
			return nil, usageError("--fake: %v (its keys: hookemu help providers)", err)
		}
		out[name] = cfg
	}
	return out, nil
}

// splitFakeFlag reads NAME.KEY=VALUE, the value as YAML.
func splitFakeFlag(set string) (name, key string, value any, err error) {
	path, raw, ok := strings.Cut(set, "=")
	name, key, dotted := strings.Cut(path, ".")
	if !ok || !dotted || name == "" || key == "" {
		return "", "", nil, usageError("--fake %q: write NAME.KEY=VALUE, as in --fake twilio.auth_token=test", set)
	}
	if err := yaml.Unmarshal([]byte(raw), &value); err != nil {
		return "", "", nil, usageError("--fake %s: the value is not YAML: %v", set, err)
	}
	return name, key, value, nil
}
