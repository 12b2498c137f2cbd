package check

import (
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/emulator"
)

// Deployment is what a deploy artifact (an a0deploy export, a Terraform
// configuration, Management API JSON) declares of the code checked.
type Deployment struct {
	// Entry is the Action or Hook checked; its Code is what Options.Source
	// holds.
	Entry deploy.Entry
	// Artifact is the whole artifact, for what concerns more than the
	// entry (bindings, the phone provider, the other hooks); nil when only
	// the entry is known.
	Artifact *deploy.Artifact
}

// pins are the declared dependencies, name -> version, as the emulator
// takes them; nil without a deployment.
func (d *Deployment) pins() map[string]string {
	if d == nil || len(d.Entry.Dependencies) == 0 {
		return nil
	}
	out := make(map[string]string, len(d.Entry.Dependencies))
	for _, dep := range d.Entry.Dependencies {
		out[dep.Name] = dep.Version
	}
	return out
}

// declaredSecrets are the names of the declared secrets; nil without a
// deployment.
func (d *Deployment) declaredSecrets() map[string]bool {
	if d == nil {
		return nil
	}
	out := make(map[string]bool, len(d.Entry.Secrets))
	for _, s := range d.Entry.Secrets {
		out[s.Name] = true
	}
	return out
}

// notes say what a reader of the report must know of the artifact: the
// reader's own notes, and that exports hold no secret values, so the
// values the calls use are the ones given to hookemu.
func (d *Deployment) notes() []string {
	if d == nil {
		return nil
	}
	var out []string
	if d.Artifact != nil {
		out = append(out, d.Artifact.Notes...)
	}
	if saysSecretValues(out) {
		return out
	}
	var valueless []string
	for _, s := range d.Entry.Secrets {
		if !s.HasValue {
			valueless = append(valueless, s.Name)
		}
	}
	if len(valueless) > 0 {
		out = append(out, fmt.Sprintf("the %s declares %s by name only (exports never hold secret values, and that is no fault): the calls use the values given with --secret, --secrets-file or --secrets-env",
			d.Entry.Kind, plural(len(valueless), "secret", "secrets")+" ("+strings.Join(valueless, ", ")+")"))
	}
	return out
}

// saysSecretValues: the artifact's reader already said that exports hold
// no secret values (a0deploy's and the Management API's readers do).
func saysSecretValues(notes []string) bool {
	for _, n := range notes {
		if strings.Contains(n, "secret values") {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// keywordChecks are the checks of a0deploy markers left in the code,
// which read its text, not its tree: they are made even when it does not
// parse. None without a deployment.
func (d *Deployment) keywordChecks(code []byte) []Check {
	if d == nil {
		return nil
	}
	return keywordChecks(code, d.Artifact)
}

// deployChecks compare the code with what its artifact declares: what
// Auth0 would refuse, or accept and then break on. None without one.
// They read the tree (lines are the tree's); the keyword checks are
// apart.
// loaded is the code as the emulator loaded it, nil when it did not load.
func deployChecks(opts Options, st staticResult, loaded *emulator.Hook) []Check {
	d := opts.Deploy
	if d == nil {
		return nil
	}
	var checks []Check
	checks = append(checks, dependencyChecks(st.requires, d.Entry, resolverFrom{opts.Emulator, opts.Dir})...)
	checks = append(checks, declaredSecretChecks(st.secrets, d.Entry, st.prof)...)
	checks = append(checks, triggerChecks(d.Entry, st.handler, loaded)...)
	return append(checks, tenantChecks(d.Entry, d.Artifact)...)
}
