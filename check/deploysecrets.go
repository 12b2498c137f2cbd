package check

import (
	"fmt"

	"github.com/hookemu/hookemu/deploy"
)

// declaredSecretChecks compare the secrets the code reads with the ones
// its artifact declares: Auth0 gives the code only the declared ones, so
// one read but not declared is undefined there (a FAIL, a WARN when the
// code has a default), and one declared but never read is a leftover or
// a typo (a WARN). Values are not judged: exports never hold them.
func declaredSecretChecks(use secretUse, e deploy.Entry, prof profile) []Check {
	declared := map[string]bool{}
	for _, s := range e.Secrets {
		declared[s.Name] = true
	}
	var checks []Check
	read := map[string]bool{}
	for _, r := range firstReads(use.reads) {
		read[r.name] = true
		checks = append(checks, declaredReadCheck(r, declared[r.name], e.Kind, prof))
	}
	if len(use.dynamic) > 0 || len(use.escapes) > 0 {
		return checks // the secrets check already says what cannot be seen
	}
	for _, s := range e.Secrets {
		if read[s.Name] {
			continue
		}
		read[s.Name] = true // a name declared twice is said once
		checks = append(checks, Check{Name: "declared secret " + s.Name, Status: Warn,
			Message: fmt.Sprintf("the %s declares %s, but the code never reads %s.%s", e.Kind, s.Name, prof.secretsPath, s.Name),
			Fix:     fmt.Sprintf("remove it from the %s's secrets, or make the name match the one the code reads (names are case-sensitive)", e.Kind)})
	}
	return checks
}

func declaredReadCheck(r secretRead, declared bool, kind deploy.Kind, prof profile) Check {
	c := Check{Name: "declared secret " + r.name, Line: r.line}
	fix := fmt.Sprintf("declare %s among the %s's secrets and set its value in Auth0", r.name, kind)
	switch {
	case declared:
		c.Status, c.Message = Pass, fmt.Sprintf("%s.%s is read, and the %s declares it", prof.secretsPath, r.name, kind)
	case r.hasDefault:
		c.Status, c.Fix = Warn, fix
		c.Message = fmt.Sprintf("%s.%s is read, but the %s does not declare it: in Auth0 the code always falls back to its default", prof.secretsPath, r.name, kind)
	default:
		c.Status, c.Fix = Fail, fix
		c.Message = fmt.Sprintf("%s.%s is read, but the %s does not declare it: in Auth0 it is undefined", prof.secretsPath, r.name, kind)
	}
	return c
}
