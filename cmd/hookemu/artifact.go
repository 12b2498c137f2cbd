package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/results"
)

// artifactHelp is the paragraph of each --help that says what a deploy
// artifact is and how its entry is chosen.
const artifactHelp = `Besides a .js file, the code may be what you deploy: an a0deploy
actions/NAME.json or hooks/NAME.json, an a0deploy folder or tenant.yaml
(--a0-config for keyword mappings; the environment's too), a Terraform
file or folder (--var, --var-file; *.tfvars and TF_VAR_* are read), or
Management API JSON (the deployed version; --draft for the draft). The
code is taken as Auth0 would run it (keywords replaced, HCL evaluated),
with the runtime and dependency versions the artifact declares, and the
values it holds for its declared secrets (exports never hold any: give
them with --secret or --secrets-file, or with --secrets-env from the
environment variables of the declared names). --name picks the entry where the
artifact holds several send-phone-message or custom-phone-provider ones.`

// artifactFlags say how to read a deploy artifact (an a0deploy folder,
// tenant.yaml or action file, a Terraform file or folder, Management API
// JSON) given where a hook file may be: which entry, which variables,
// which keywords.
type artifactFlags struct {
	name     string
	draft    bool
	vars     []string
	varFiles []string
	a0Config string
	// secretsEnv is --secrets-env: declared secrets from the environment.
	secretsEnv bool
}

func (f *artifactFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&f.name, "name", "", "the hook or action to use where the artifact holds several phone entries (its name in the artifact)")
	f.registerReading(fl)
}

// registerReading registers every flag but --name, for diff, whose
// --name names each side.
func (f *artifactFlags) registerReading(fl *pflag.FlagSet) {
	fl.BoolVar(&f.draft, "draft", false, "Management API JSON: use the action's draft (top-level code) instead of its deployed version")
	repeatableVar(fl, &f.vars, "var", "Terraform: set a variable, NAME=VALUE (repeatable; over *.tfvars, as terraform -var)")
	repeatableVar(fl, &f.varFiles, "var-file", "Terraform: a .tfvars file read after terraform.tfvars and *.auto.tfvars (repeatable)")
	fl.BoolVar(&f.secretsEnv, "secrets-env", false, "take each secret the artifact declares from the environment variable of that name (--secrets-file and --secret win)")
	fl.StringVar(&f.a0Config, "a0-config", "", "a0deploy: the config.json whose AUTH0_KEYWORD_REPLACE_MAPPINGS replace ##KEY## and @@KEY@@ (the environment's win, as a0deploy's)")
}

// env is where --secrets-env reads declared secrets: the environment,
// or nil without the flag.
func (f artifactFlags) env() lookupEnv {
	if !f.secretsEnv {
		return nil
	}
	return os.LookupEnv
}

// options are the deploy.Options these flags ask for; the environment is
// read as a0deploy and Terraform read it (keywords, TF_VAR_*).
func (f artifactFlags) options() (deploy.Options, error) {
	opts := deploy.Options{Name: f.name, Draft: f.draft, VarFiles: f.varFiles, ConfigFile: f.a0Config, Getenv: os.Getenv, Environ: os.Environ}
	for _, kv := range f.vars {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return opts, usageError("--var %q: write it as NAME=VALUE, e.g. --var sms_api_key=test", redactValue(kv))
		}
		if opts.Vars == nil {
			opts.Vars = map[string]string{}
		}
		opts.Vars[name] = value
	}
	return opts, nil
}

// redactValue keeps what may be a secret's value out of an error message.
func redactValue(kv string) string {
	if name, _, ok := strings.Cut(kv, "="); ok {
		return name + "=***"
	}
	if len(kv) <= 3 {
		return "***"
	}
	return kv[:3] + "***"
}

// given are the artifact flags set, for the error that says they apply
// only to an artifact.
func (f artifactFlags) given() []string {
	var flags []string
	for _, g := range []struct {
		name string
		set  bool
	}{{"--name", f.name != ""}, {"--draft", f.draft}, {"--var", len(f.vars) > 0}, {"--var-file", len(f.varFiles) > 0}, {"--a0-config", f.a0Config != ""}, {"--secrets-env", f.secretsEnv}} {
		if g.set {
			flags = append(flags, g.name)
		}
	}
	return flags
}

// onlyForArtifacts refuses the artifact flags where no side is an
// artifact: they would be ignored without a word.
func (f artifactFlags) onlyForArtifacts(srcs ...harness.Source) error {
	for _, src := range srcs {
		if src.Deploy != nil {
			return nil
		}
	}
	if given := f.given(); len(given) > 0 {
		return usageError("%s %s a deploy artifact (an a0deploy folder or file, Terraform, Management API JSON), not to a .js file", strings.Join(given, " and "), plural(len(given), "applies only to", "apply only to"))
	}
	return nil
}

// readSource reads the one hook a command runs from path: a .js file, an
// embedded hook, or one entry of a deploy artifact; the artifact flags
// are refused for code.
func (f artifactFlags) readSource(path string) (harness.Source, error) {
	src, err := f.read(path)
	if err != nil {
		return src, err
	}
	return src, f.onlyForArtifacts(src)
}

// read is readSource without the refusal, for diff, whose flags need
// only one side to be an artifact.
func (f artifactFlags) read(path string) (harness.Source, error) {
	opts, err := f.options()
	if err != nil {
		return harness.Source{}, err
	}
	src, err := harness.ReadSourceFrom(path, opts)
	if err != nil {
		return src, &exitError{code: exitUsage, err: err}
	}
	return src, nil
}

// describeArtifact is the JSON description of src's entry, nil for code
// that is not from an artifact. Notes are left to a check's report, which
// words them itself; secrets nil leaves them out.
func describeArtifact(src harness.Source, secrets *secretSet) *results.Artifact {
	d := src.Deploy
	if d == nil {
		return nil
	}
	a := &results.Artifact{Format: d.Artifact.Format, Path: d.Artifact.Path, Entry: d.Entry.Name, Kind: d.Entry.Kind, Source: d.Entry.Source,
		Trigger: d.Entry.Trigger.ID, Version: d.Entry.Trigger.Version, Runtime: d.Runtime(), Notes: []string{}}
	if secrets != nil {
		a.Notes = artifactNotes(src, *secrets)
	}
	return a
}

// artifactNotes are the artifact's notes, and one for the declared
// secrets that have no value: exports never hold them.
func artifactNotes(src harness.Source, secrets secretSet) []string {
	notes := append([]string{}, src.Deploy.Artifact.Notes...)
	var missing []string
	for _, name := range src.Deploy.UnvaluedSecrets() {
		if _, given := secrets.values[name]; !given {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		notes = append(notes, fmt.Sprintf("%s: declared, but the artifact holds no value for %s; pass %s with --secret, --secrets-file or --secrets-env",
			strings.Join(missing, ", "), plural(len(missing), "it", "them"), plural(len(missing), "it", "them")))
	}
	return notes
}

// printArtifactHeading says, above a human report, which entry of which
// artifact it is about and what the artifact declares for it.
func printArtifactHeading(w io.Writer, src harness.Source, secrets *secretSet) {
	a := describeArtifact(src, secrets)
	if a == nil {
		return
	}
	trigger := a.Trigger
	if a.Version != "" {
		trigger += " " + a.Version
	}
	runtime := a.Runtime
	if runtime == "" {
		runtime = runtimes.Default(a.Kind == deploy.KindAction).Name + " (none declared: the default for " + string(a.Kind) + "s)"
	}
	fmt.Fprintf(w, "%s %s from %s %s (%s): %s, %s\n", a.Kind, a.Entry, a.Format, a.Path, a.Source, trigger, runtime)
	for _, note := range a.Notes {
		fmt.Fprintf(w, "note: %s\n", note)
	}
	fmt.Fprintln(w)
}
