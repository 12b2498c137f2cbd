package check

import (
	"fmt"
	"sort"
	"strings"
)

// secretChecks compares what the code reads with what was provided: a
// secret read but not provided FAILs (at run time it is undefined, and
// the provider sees "Bearer undefined"), one provided but never read is a
// WARN (a typo on one side, or a leftover), and Auth0's limit on the
// number of secrets is a FAIL.
//
// declared are the secrets a deploy artifact declares (nil without one):
// a declared secret read but not provided is a WARN, since Auth0 holds
// its value and exports never do.
func secretChecks(use secretUse, provided map[string]string, declared map[string]bool, prof profile) []Check {
	var checks []Check
	first := firstReads(use.reads)
	for _, r := range first {
		checks = append(checks, readCheck(r, provided, declared[r.name], prof))
	}
	if len(use.dynamic) == 0 && len(use.escapes) == 0 {
		checks = append(checks, unreadChecks(first, provided, prof)...)
	}
	return append(checks, secretsSummary(use, first, provided, prof))
}

// firstReads keeps each secret's first read, with hasDefault only when
// every read of it has one.
func firstReads(reads []secretRead) []secretRead {
	seen := map[string]int{}
	var out []secretRead
	for _, r := range reads {
		if i, ok := seen[r.name]; ok {
			out[i].hasDefault = out[i].hasDefault && r.hasDefault
			out[i].line = min(out[i].line, r.line)
			continue
		}
		seen[r.name] = len(out)
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].line < out[j].line })
	return out
}

func readCheck(r secretRead, provided map[string]string, declared bool, prof profile) Check {
	c := Check{Name: "secret " + r.name, Line: r.line}
	_, ok := provided[r.name]
	switch {
	case ok:
		c.Status, c.Message = Pass, fmt.Sprintf("%s.%s is read and provided", prof.secretsPath, r.name)
	case declared:
		c.Status = Warn
		c.Message = fmt.Sprintf("%s.%s is read and declared, but no value was given here (Auth0 holds it; exports never do), so the calls below run with it undefined", prof.secretsPath, r.name)
		c.Fix = provideFix(r.name)
	case r.hasDefault:
		c.Status = Warn
		c.Message = fmt.Sprintf("%s.%s is read but not provided; the code falls back to its default", prof.secretsPath, r.name)
		c.Fix = provideFix(r.name)
	default:
		c.Status = Fail
		c.Message = fmt.Sprintf("%s.%s is read but not provided: it is undefined when the hook runs", prof.secretsPath, r.name)
		c.Fix = provideFix(r.name)
	}
	return c
}

func provideFix(name string) string {
	return fmt.Sprintf("provide it (--secret %s=VALUE, or a line %s=VALUE in the --secrets-file) and set the same secret in Auth0", name, name)
}

func unreadChecks(reads []secretRead, provided map[string]string, prof profile) []Check {
	read := map[string]bool{}
	for _, r := range reads {
		read[r.name] = true
	}
	var checks []Check
	for _, name := range sortedKeys(provided) {
		if read[name] {
			continue
		}
		checks = append(checks, Check{
			Name: "secret " + name, Status: Warn,
			Message: fmt.Sprintf("%s is provided but the code never reads %s.%s", name, prof.secretsPath, name),
			Fix:     "remove it, or make the name match the one the code reads (names are case-sensitive)",
		})
	}
	return checks
}

// secretsSummary counts the secrets against Auth0's limit and says when
// the analysis could not see every name the code reads.
func secretsSummary(use secretUse, reads []secretRead, provided map[string]string, prof profile) Check {
	names := map[string]bool{}
	for name := range provided {
		names[name] = true
	}
	for _, r := range reads {
		names[r.name] = true
	}
	c := Check{Name: "secrets", Status: Pass, Message: fmt.Sprintf("%d secrets (Auth0 allows at most %d)", len(names), prof.maxSecrets)}
	switch {
	case len(names) > prof.maxSecrets:
		c.Status = Fail
		c.Message = fmt.Sprintf("%d secrets, but Auth0 allows at most %d", len(names), prof.maxSecrets)
		c.Fix = "drop the ones it does not need, or combine related values into one secret (JSON, say)"
	case len(use.dynamic) > 0:
		c.Status, c.Line = Warn, use.dynamic[0]
		c.Message = fmt.Sprintf("reads a secret by a computed name, so hookemu cannot tell whether every secret it reads is set (%s)", c.Message)
		c.Fix = fmt.Sprintf("read each secret by its name (%s.apikey) so a missing one is caught before deploying", prof.secretsPath)
	case len(use.escapes) > 0:
		c.Status, c.Line = Warn, use.escapes[0]
		c.Message = fmt.Sprintf("hands the secrets object on to other code, so hookemu cannot tell which secrets that code reads (%s)", c.Message)
		c.Fix = "read the secrets by name where the hook gets them and pass on the values"
	}
	return c
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// missingSecrets are the secrets read with no default and not provided:
// each call sends them as undefined, and the provider refuses it.
func missingSecrets(use secretUse, provided map[string]string) []string {
	var out []string
	for _, r := range firstReads(use.reads) {
		if _, ok := provided[r.name]; !ok && !r.hasDefault {
			out = append(out, r.name)
		}
	}
	return out
}

// missingSecretsNote is said before every check when secrets are missing,
// since every call below fails for that reason first.
func missingSecretsNote(missing []string, prof profile) string {
	if len(missing) == 0 {
		return ""
	}
	return fmt.Sprintf("%s reads secrets that were not given (%s): every call sends them as undefined and the provider refuses it, so the calls below show that refusal and cannot judge how failures propagate; pass them with --secret NAME=VALUE or --secrets-file .env",
		capitalized(prof.kind.Noun()), strings.Join(missing, ", "))
}

func capitalized(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
