package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hookemu/hookemu/harness"
)

// blockedCheck warns of requests no fake or stub answered: check lets no
// request out, so each failed inside the hook like a DNS lookup, and what
// the hook does with the real host's answer went unchecked. It is there
// only when a call was blocked and some call reached a provider (when
// none did, "reaches a provider" names the hosts).
func blockedCheck(runs []run) (Check, bool) {
	var labels, hosts []string
	reached := false
	for _, r := range runs {
		reached = reached || r.reachedProvider()
		blocked := harness.BlockedHosts(r.report)
		if len(blocked) == 0 {
			continue
		}
		labels = append(labels, r.label)
		for _, h := range blocked {
			if !slices.Contains(hosts, h) {
				hosts = append(hosts, h)
			}
		}
	}
	if !reached || len(hosts) == 0 {
		return Check{}, false
	}
	sort.Strings(hosts)
	return Check{Name: "blocked hosts", Status: Warn,
		Message: fmt.Sprintf("its requests to %s were blocked: no fake or stub serves %s, so what the hook does with the answer went unchecked (%s)",
			strings.Join(hosts, ", "), pronoun(len(hosts)), inCases(labels, len(runs))),
		Fix: fmt.Sprintf("say what %s answers with --stubs %s=FILE", hosts[0], hosts[0])}, true
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
