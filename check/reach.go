package check

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

func judgeReach(r run) judgement {
	switch {
	case r.reachedProvider():
		return holds
	case r.report.Outcome == emulator.OutcomeException:
		return notApplied // it threw before sending: "no exception" says so
	}
	f := &finding{status: Fail, message: "sends no request to a provider",
		fix: "send the message through the provider's API (hookemu fakes " + fakedProviders() + "); a hook that sends nothing fails no login but delivers no code"}
	if hosts := stubbedHosts(r.report.Requests); len(hosts) > 0 {
		f.message += fmt.Sprintf(": its requests went to %s, which only stubs answer", strings.Join(hosts, ", "))
		f.fix = "stubs say what a host answers but check nothing the hook sends; a message through a gateway hookemu has no fake for cannot be checked end to end"
		return found(f)
	}
	if hosts := otherHosts(r.report.Requests); len(hosts) > 0 {
		f.message += fmt.Sprintf(": its requests went to %s, which no fake serves", strings.Join(hosts, ", "))
		f.fix = "hookemu fakes " + fakedProviders() + " only; a hook for another provider cannot be checked end to end"
	}
	return found(f)
}

// fakedProviders names the messaging providers the registry has fakes
// of, as people name them: "8x8 SMS, Twilio and Amazon SNS".
func fakedProviders() string {
	var titles []string
	for _, p := range providers.All() {
		if provider.KindOf(p) == provider.Messaging {
			titles = append(titles, p.Title())
		}
	}
	if len(titles) < 2 {
		return strings.Join(titles, "")
	}
	return strings.Join(titles[:len(titles)-1], ", ") + " and " + titles[len(titles)-1]
}

func otherHosts(exs []harness.Exchange) []string {
	seen := map[string]bool{}
	var hosts []string
	for _, ex := range exs {
		u, err := url.Parse(ex.URL)
		if providerOf(ex) != "" || err != nil || seen[u.Host] {
			continue
		}
		seen[u.Host] = true
		hosts = append(hosts, u.Host)
	}
	sort.Strings(hosts)
	return hosts
}

// stubbedHosts are the hosts of the requests stubs answered, sorted.
func stubbedHosts(exs []harness.Exchange) []string {
	seen := map[string]bool{}
	var hosts []string
	for _, ex := range exs {
		u, err := url.Parse(ex.URL)
		if ex.Provider != harness.StubProvider || err != nil || seen[u.Host] {
			continue
		}
		seen[u.Host] = true
		hosts = append(hosts, u.Host)
	}
	sort.Strings(hosts)
	return hosts
}

func passReach(runs []run) string {
	counts := map[string]int{}
	for _, r := range runs {
		for _, e := range r.received {
			counts[e.Provider]++
		}
	}
	var parts []string
	for _, p := range sortedCounts(counts) {
		parts = append(parts, fmt.Sprintf("%d to %s", counts[p], p))
	}
	return fmt.Sprintf("every case sends a request to a provider (%s in %d cases)", strings.Join(parts, ", "), len(runs))
}

func sortedCounts(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// judgeContent: the recipient and the code must be in what the provider
// got, or nobody gets the code. Paths, queries and bodies are searched as
// the fakes received them, and URL-decoded (form bodies, query strings).
func judgeContent(r run) judgement {
	if len(r.received) == 0 {
		return notApplied // "reaches a provider" says so
	}
	texts := receivedTexts(r.received)
	name := r.received[0].Provider
	if !containsNumber(texts, r.payload.Recipient) {
		return found(&finding{status: Fail,
			message: fmt.Sprintf("the recipient %s is in no request to %s", r.payload.Recipient, name),
			fix:     "send the hook's first argument, recipient, as the message's destination"})
	}
	if !containsCode(texts, r.code) {
		f := &finding{status: Fail,
			message: fmt.Sprintf("the code %s is in no request to %s, so the user never gets it", r.code, name),
			fix:     "send text (the 2nd argument), or context.code, in the message"}
		if advice := codeAdvice(r.received); advice != "" {
			f.fix = advice
		}
		return found(f)
	}
	return holds
}

func receivedTexts(entries []fakekit.Entry) []string {
	var out []string
	for _, e := range entries {
		for _, s := range []string{e.Path, e.Query, string(e.Body), e.Destination} {
			out = append(out, s)
			if dec, err := url.QueryUnescape(s); err == nil && dec != s {
				out = append(out, dec)
			}
		}
	}
	return out
}

// codeAdvice is what the provider of a request says about passing the
// caller's code to it (a Verify API makes up its own), "" when none does.
func codeAdvice(entries []fakekit.Entry) string {
	for _, e := range entries {
		p, ok := providers.Lookup(e.Provider)
		if !ok {
			continue
		}
		if a, ok := p.(provider.CodeAdvisor); ok {
			if advice := a.CodeAdvice(e.Path); advice != "" {
				return advice
			}
		}
	}
	return ""
}

// containsNumber finds a phone number by its digits, however the hook
// formats it (+18085555555, 1-808-555-5555, 18085555555).
func containsNumber(texts []string, number string) bool {
	digits := fakekit.Digits(number)
	for _, t := range texts {
		if digits != "" && strings.Contains(fakekit.Digits(t), digits) {
			return true
		}
	}
	return false
}

// containsCode finds the code as it is, or spelled out digit by digit
// for a voice call ("4, 8, 2, 9, 1, 3").
func containsCode(texts []string, code string) bool {
	for _, t := range texts {
		if strings.Contains(t, code) || containsSpelled(t, code) {
			return true
		}
	}
	return false
}

// containsSpelled reports whether the digits of code appear in order in
// s with only spaces and punctuation between them.
func containsSpelled(s, code string) bool {
	for i := 0; i < len(s) && code != ""; i++ {
		if s[i] == code[0] && spelledAt(s, i, code) {
			return true
		}
	}
	return false
}

func spelledAt(s string, i int, code string) bool {
	j := 0
	for ; i < len(s) && j < len(code); i++ {
		switch {
		case s[i] == code[j]:
			j++
		case isDigitOrLetter(s[i]):
			return false
		}
	}
	return j == len(code)
}

func isDigitOrLetter(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
