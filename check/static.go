package check

import (
	"fmt"

	"github.com/hookemu/hookemu/emulator"
)

// staticResult is what reading the code, without running it, found.
type staticResult struct {
	prof   profile
	checks []Check
}

// static runs the checks that read the syntax tree. hook, when the
// emulator loaded the code, settles whether it is a Hook or an Action;
// otherwise the tree does.
func static(prog *program, opts Options, hook *emulator.Hook) staticResult {
	an := analyze(prog)
	h := findHandler(an)
	kind := h.kind
	if hook != nil {
		kind = hook.Kind
	}
	prof := profileFor(kind)
	checks := []Check{parsesCheck(prog, prof)}
	checks = append(checks, exportsCheck(an, h))
	checks = append(checks, requireChecks(findRequires(an), opts.Emulator, prof)...)
	checks = append(checks, secretChecks(findSecrets(an, prof, seeds(an, h, prof)), opts.Secrets, prof)...)
	checks = append(checks, identifierChecks(an, prof)...)
	return staticResult{prof: prof, checks: checks}
}

// parsesCheck: the code parsed; for an Action, within Auth0's size limit.
func parsesCheck(prog *program, prof profile) Check {
	size := len(prog.source)
	if prof.maxCodeBytes > 0 && size > prof.maxCodeBytes {
		return Check{Name: "parses", Status: Fail,
			Message: fmt.Sprintf("parses, but its %d bytes are over Auth0's limit of %d", size, prof.maxCodeBytes),
			Fix:     "move code out of the file (a shared Action module) or drop what it does not need"}
	}
	return Check{Name: "parses", Status: Pass, Message: fmt.Sprintf("parses (%d lines)", prog.lineCount())}
}

// seeds marks an Action's event parameter, where its secrets hang.
func seeds(an *analysis, h handler, prof profile) map[*binding]role {
	out := map[*binding]role{}
	if prof.kind != emulator.KindAction || h.fn == nil {
		return out
	}
	for _, b := range an.bindings {
		if b.param != nil && b.param.fn == h.fn && b.param.index == 0 {
			out[b] = roleEvent
		}
	}
	return out
}
