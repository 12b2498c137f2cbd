package main

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/deploy"
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
// declares, then (with --secrets-env, when env is not nil) the
// environment's variables of the declared names over them, then the
// secrets file, then the --secret flags.
// With none of these, and only then, the sides that are documented hooks
// left unchanged (embedded, or a byte-identical copy) get their demo
// secrets: edited code is the user's, and runs with the secrets the user
// gives.
func (f hookFlags) loadSecrets(env lookupEnv, sides ...harness.Source) (secretSet, error) {
	set, err := f.secretFlags.load()
	if err != nil {
		return set, err
	}
	for _, src := range sides {
		if src.Deploy == nil {
			continue
		}
		set.addDeclaredFrom(env, src.Deploy.Entry.Secrets)
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

// lookupEnv reads one environment variable (os.LookupEnv).
type lookupEnv func(name string) (string, bool)

// addDeclaredFrom takes each declared secret not given yet from the
// environment variable of its name: only names the artifact declares, so
// no other variable of the machine reaches the code.
func (s *secretSet) addDeclaredFrom(env lookupEnv, declared []deploy.Secret) {
	if env == nil {
		return
	}
	for _, d := range declared {
		if _, given := s.values[d.Name]; given {
			continue
		}
		if v, ok := env(d.Name); ok {
			s.add(d.Name, v, "the environment")
		}
	}
}
