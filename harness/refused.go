package harness

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// RefusedProblems warns when code reported success although every message
// it sent was refused. Some providers refuse inside an HTTP 200 (Vonage's
// status, Infobip's REJECTED group): code that only looks at the HTTP
// status tells Auth0 the code went out, and the user waits for an SMS
// that never comes. Sends are told from other requests (a token, a
// lookup) by the destination their provider reads in them; a run with
// one accepted send (a fallback to a second provider) is fine.
func RefusedProblems(outcome emulator.Outcome, exchanges []Exchange) []emulator.Problem {
	if outcome != emulator.OutcomeSuccess || everyAnswerAccepted(exchanges) {
		return nil
	}
	return refusals(exchanges)
}

// everyAnswerAccepted tells that no provider refused anything in
// exchanges, so no send can have been refused either: reading the
// requests to tell sends from other requests (a JSON decode each) is
// then not needed, and nearly every run stops here.
func everyAnswerAccepted(exchanges []Exchange) bool {
	for _, ex := range exchanges {
		p, ok := messagingProvider(ex.Provider)
		if ok && ex.Status != 0 && !p.Answer(ex.Status, []byte(ex.ResponseBody)).Accepted {
			return false
		}
	}
	return true
}

// refusals is RefusedProblems read the long way: each answered request
// is read as its provider reads it, and the warning is due when it sent
// messages and none was accepted.
func refusals(exchanges []Exchange) []emulator.Problem {
	var refused []Exchange
	for _, ex := range exchanges {
		p, ok := messagingProvider(ex.Provider)
		if !ok || ex.Status == 0 || describe(p, ex).Destination == "" {
			continue
		}
		if p.Answer(ex.Status, []byte(ex.ResponseBody)).Accepted {
			return nil
		}
		refused = append(refused, ex)
	}
	if len(refused) == 0 {
		return nil
	}
	last := refused[len(refused)-1]
	what := "the message"
	if len(refused) > 1 {
		what = fmt.Sprintf("all %d messages", len(refused))
	}
	return []emulator.Problem{{
		Severity: emulator.SeverityWarning,
		Message: fmt.Sprintf("the code reported success, but %s refused %s it was sent (%s %s answered %d with a refusal): "+
			"Auth0 would tell the user a code is on its way; read the provider's answer and fail when it refuses the message",
			last.Provider, what, last.Method, last.URL, last.Status),
	}}
}

// messagingProvider is the registered messaging provider called name.
func messagingProvider(name string) (provider.Provider, bool) {
	p, ok := providers.Lookup(name)
	if !ok || provider.KindOf(p) != provider.Messaging {
		return nil, false
	}
	return p, true
}

// describe reads an exchange as its provider reads a request.
func describe(p provider.Provider, ex Exchange) provider.Message {
	path := ex.URL
	if u, err := url.Parse(ex.URL); err == nil {
		path = u.RequestURI()
	}
	header := http.Header{}
	for k, v := range ex.Headers {
		header.Set(k, v)
	}
	return p.Describe(strings.ToUpper(ex.Method), path, header, []byte(ex.Body))
}
