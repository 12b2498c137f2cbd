package main

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/harness"
)

// secretSet is the secrets a run gets, and where each came from, so a
// message about one can point at the flag or file to fix.
type secretSet struct {
	values  map[string]string
	origins map[string]string // "--secret", or the secrets file's name
	// demo names the documented hooks whose demo secrets these are, or "".
	demo string
}

// loadSecrets takes the values a deploy artifact holds for the secrets it
// declares, then the secrets file over them, then the --secret flags.
// With none of these, and only then, the sides that are documented hooks
// left unchanged (embedded, or a byte-identical copy) get their demo
// secrets: edited code is the user's, and runs with the secrets the user
// gives.
func (f hookFlags) loadSecrets(sides ...harness.Source) (secretSet, error) {
	set, err := f.secretFlags.load()
	if err != nil {
		return set, err
	}
	for _, src := range sides {
		if src.Deploy == nil {
			continue
		}
		for name, value := range src.Deploy.SecretValues() {
			if _, given := set.values[name]; !given {
				set.add(name, value, src.Deploy.Artifact.Path)
			}
		}
	}
	if len(set.values) > 0 {
		return set, nil
	}
	var from []string
	for _, src := range sides {
		if src.Demo != nil && !slices.Contains(from, src.Name) {
			maps.Copy(set.values, src.Demo)
			from = append(from, src.Name)
		}
	}
	set.demo = strings.Join(from, " and ")
	return set, nil
}

// load takes the secrets file, then the --secret flags over it.
func (f secretFlags) load() (secretSet, error) {
	set := secretSet{values: map[string]string{}, origins: map[string]string{}}
	if f.secretsFile != "" {
		file, err := harness.ParseSecretsFile(f.secretsFile)
		if err != nil {
			return set, &exitError{code: exitUsage, err: err}
		}
		for k, v := range file {
			set.add(k, v, filepath.Base(f.secretsFile))
		}
	}
	for _, kv := range f.secrets {
		k, v, err := harness.ParseSecretFlag(kv)
		if err != nil {
			return set, &exitError{code: exitUsage, err: err}
		}
		set.add(k, v, "--secret")
	}
	return set, nil
}

func (s *secretSet) add(name, value, origin string) {
	s.values[name] = value
	s.origins[name] = origin
}
