package check

import (
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jsast"
)

// staticResult is what reading the code, without running it, found.
type staticResult struct {
	prof   profile
	checks []Check
	// missing are the secrets the code reads, with no default, that were
	// not provided.
	missing []string
	// What the deploy checks compare with the artifact.
	requires []requireCall
	secrets  secretUse
	handler  handler
}

// static runs the checks that read the syntax tree. hook, when the
// emulator loaded the code, settles whether it is a Hook or an Action;
// otherwise the tree does.
func static(f *jsast.File, opts Options, hook *emulator.Hook) staticResult {
	an := analyze(f)
	h := findHandler(an)
	kind := h.kind
	if hook != nil {
		kind = hook.Kind
	}
	node := runtimes.Runtime{}
	if hook != nil {
		node = hook.Runtime
	} else if parsed, err := runtimes.Parse(opts.runtime()); err == nil {
		node = parsed
	}
	prof := profileOn(kind, node)
	checks := []Check{parsesCheck(string(opts.Source), prof)}
	checks = append(checks, exportsCheck(an, h))
	requires := findRequires(an)
	checks = append(checks, requireChecks(requires, installedFrom{opts.Emulator, opts.Dir}, prof, opts.Deploy.pins())...)
	use := findSecrets(an, prof, seeds(an, h, prof))
	declared := opts.Deploy.declaredSecrets()
	checks = append(checks, secretChecks(use, opts.Secrets, declared, prof)...)
	checks = append(checks, identifierChecks(an, prof)...)
	return staticResult{prof: prof, checks: checks, missing: missingSecrets(use, opts.Secrets),
		requires: requires, secrets: use, handler: h}
}

// parsesCheck: the code parsed; for an Action, within Auth0's size limit.
// src is the code as written (the tree may be of its lowered form).
func parsesCheck(src string, prof profile) Check {
	size := len(src)
	if prof.maxCodeBytes > 0 && size > prof.maxCodeBytes {
		return Check{Name: "parses", Status: Fail,
			Message: fmt.Sprintf("parses, but its %d bytes are over Auth0's limit of %d", size, prof.maxCodeBytes),
			Fix:     "move code out of the file (a shared Action module) or drop what it does not need"}
	}
	return Check{Name: "parses", Status: Pass, Message: fmt.Sprintf("parses (%d lines)", lineCount(src))}
}

// lineCount is how many lines the code has, a final newline not
// starting another.
func lineCount(text string) int {
	return strings.Count(strings.TrimRight(text, "\n"), "\n") + 1
}

// seeds marks an Action's event parameter, where its secrets hang.
func seeds(an *analysis, h handler, prof profile) map[*binding]role {
	out := map[*binding]role{}
	if prof.kind != emulator.KindAction || h.fn == nil {
		return out
	}
	for _, b := range an.bindings {
		if b.IsParamOf(h.fn) && b.Index == 0 {
			out[b] = roleEvent
		}
	}
	return out
}
