package check

import (
	"fmt"
	"sort"

	"github.com/dop251/goja/ast"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// undefinedName is one name the code uses but never defines.
type undefinedName struct {
	name  string
	line  int
	count int
	write bool
}

// identifierChecks reports every name used but declared nowhere, neither
// in the file nor among the globals of the runtime the code runs on: at
// run time it throws ReferenceError (unless only tested with typeof). A
// name assigned without a declaration becomes a global in sloppy mode:
// not an error, but state shared by every run, so it is a warning.
func identifierChecks(an *analysis, prof profile) []Check {
	reads, writes := undefinedNames(an, prof)
	var checks []Check
	for _, u := range reads {
		checks = append(checks, undefinedCheck(u, prof))
	}
	for _, u := range writes {
		checks = append(checks, Check{
			Name: "implicit global " + u.name, Status: Warn, Line: u.line,
			Message: fmt.Sprintf("%s is assigned without var, let or const: it becomes a global that every run of the hook shares", u.name),
			Fix:     fmt.Sprintf("declare it where it is first set: let %s = ...", u.name),
		})
	}
	if len(checks) == 0 {
		checks = append(checks, Check{Name: "identifiers", Status: Pass, Message: "every name it uses is declared or a " + prof.node.Title() + " global"})
	}
	return append(checks, unemulatedChecks(an, prof)...)
}

// undefinedNames sorts the undeclared names into those read (errors) and
// those only assigned (implicit globals), each in order of first use.
func undefinedNames(an *analysis, prof profile) (reads, writes []undefinedName) {
	assigned := globalsAssigned(an)
	order := globalUses(an, func(ref *reference, name string) bool {
		return !prof.globals[name] && (!ref.typeofOnly || ref.write)
	})
	for _, u := range order {
		switch {
		case u.write:
			writes = append(writes, *u)
		case !assigned[u.name]:
			reads = append(reads, *u)
		}
	}
	sort.SliceStable(reads, func(i, j int) bool { return reads[i].line < reads[j].line })
	return reads, writes
}

// globalUses gathers the uses of names no declaration in the file binds
// (outside with blocks) that keep says count, by name in order of first
// use: where each is first used, how often, and whether ever written.
func globalUses(an *analysis, keep func(ref *reference, name string) bool) []*undefinedName {
	byName := map[string]*undefinedName{}
	var order []*undefinedName
	for _, ref := range an.refs {
		name := ref.id.Name.String()
		if ref.binding != nil || ref.inWith || !keep(ref, name) {
			continue
		}
		u := byName[name]
		if u == nil {
			u = &undefinedName{name: name, line: an.line(ref.id.Idx)}
			byName[name] = u
			order = append(order, u)
		}
		u.count++
		u.write = u.write || ref.write
	}
	return order
}

// globalsAssigned are names made global through global.x = ... or
// globalThis.x = ...; reading them bare is then fine.
func globalsAssigned(an *analysis) map[string]bool {
	out := map[string]bool{}
	for _, m := range an.members {
		if !m.write || !m.known {
			continue
		}
		if id, ok := m.left.(*ast.Identifier); ok && an.bindingOf(id) == nil {
			if n := id.Name.String(); n == "global" || n == "globalThis" {
				out[m.key] = true
			}
		}
	}
	return out
}

func undefinedCheck(u undefinedName, prof profile) Check {
	return Check{
		Name: "undefined " + u.name, Status: Fail, Line: u.line,
		Message: fmt.Sprintf("%s is used%s but never defined: it throws ReferenceError: %s is not defined", u.name, timesSuffix(u.count), u.name),
		Fix:     undefinedFix(u.name, prof),
	}
}

func undefinedFix(name string, prof profile) string {
	switch {
	case contextFields()[name] && prof.kind != actionProfile.kind:
		return fmt.Sprintf("read it from the context parameter: context.%s", name)
	case newerGlobal(name, prof.node):
		first, _ := emulator.FirstRuntimeWith(name)
		return fmt.Sprintf("%s is not a global in %s, the runtime this code runs on: %s and later have it (--runtime %s, or the runtime the Action declares); else use require('axios') for HTTP", name, prof.node.Title(), first.Title(), first.Name)
	case name == "event" || name == "api":
		return fmt.Sprintf("%s is an Action's parameter, not a hook's: a hook gets (recipient, text, context, cb)", name)
	}
	return fmt.Sprintf("declare %s (const %s = ...) or correct the spelling", name, name)
}

// newerGlobal reports whether name is a global of a runtime newer than
// node (fetch on Node 12).
func newerGlobal(name string, node runtimes.Runtime) bool {
	first, ok := emulator.FirstRuntimeWith(name)
	return ok && first.Major() > node.Major()
}

// unemulatedChecks warn about each global the code uses that its runtime
// has and hookemu does not emulate (Intl, WebAssembly, Blob, ...): a run
// that reaches the use stops there with ERR_HOOKEMU_UNSUPPORTED, in
// hookemu only, so whatever the runs say about that path is not the
// tenant's answer. A typeof test alone is no use: it works in both.
func unemulatedChecks(an *analysis, prof profile) []Check {
	order := globalUses(an, func(ref *reference, name string) bool {
		_, unemulated := emulator.Unemulated(name)
		return unemulated && prof.globals[name] && !ref.typeofOnly && !ref.write
	})
	checks := make([]Check, 0, len(order))
	for _, u := range order {
		hint, _ := emulator.Unemulated(u.name)
		checks = append(checks, Check{
			Name: "unemulated " + u.name, Status: Warn, Line: u.line,
			Message: fmt.Sprintf("%s is used%s: %s has it, hookemu does not emulate it, so a run that reaches it stops there in hookemu only", u.name, timesSuffix(u.count), prof.node.Title()),
			Fix:     hint + ", or verify this path in the tenant before deploying",
		})
	}
	return checks
}

// timesSuffix is " N times" for a name used more than once.
func timesSuffix(count int) string {
	if count > 1 {
		return fmt.Sprintf(" %d times", count)
	}
	return ""
}
