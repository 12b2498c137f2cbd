package faketwilio

import (
	"fmt"
	"net/http"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// verifyChannels are the Channel values Verify takes, spelled as it wants
// them: lowercase.
var verifyChannels = []string{"sms", "call", "email", "whatsapp", "sna", "auto"}

// Twilio's bounds on a CustomCode, in characters.
const (
	minCustomCode = 4
	maxCustomCode = 10
)

// createVerification is POST /v2/Services/{ServiceSid}/Verifications and
// its v1 twin. An unknown service is a 404 named by the path without its
// version, as Twilio names it.
func (s *Server) createVerification(x *exchange, live bool) outcome {
	service := x.vars["ServiceSid"]
	if !s.knowsService(service) {
		return failed(errNotFound(fmt.Sprintf("/Services/%s/Verifications", service)))
	}
	if err := checkVerification(x.form); err != nil {
		return failed(err)
	}
	key := pendingKey{service: service, to: x.form.Get("To")}
	if !live {
		if s.store.sendsLeft(key, s.now()) == 0 {
			return failed(errMaxSendAttempts())
		}
		return outcome{status: http.StatusCreated}
	}
	v, ok := s.store.addVerification(key, s.newVerification(x, service), s.newSID(prefixVerification))
	if !ok {
		return failed(errMaxSendAttempts())
	}
	return created(verificationJSON(v), v.SID)
}

// knowsService says whether sid names one of the account's Verify
// services: any VA SID when none are configured.
func (s *Server) knowsService(sid string) bool {
	if !strings.HasPrefix(sid, "VA") {
		return false
	}
	return len(s.cfg.Services) == 0 || slices.Contains(s.cfg.Services, sid)
}

func errMaxSendAttempts() *apiError {
	return newError(http.StatusTooManyRequests, codeMaxSendAttempts, "Max send attempts reached")
}

// checkVerification applies Verify's parameter rules; each failure is 60200
// naming the parameter.
func checkVerification(form url.Values) *apiError {
	to, channel, code := form.Get("To"), form.Get("Channel"), form.Get("CustomCode")
	invalid := func(name string) *apiError {
		return badRequest(codeVerifyInvalidParameter, "Invalid parameter: %s", name)
	}
	switch {
	case to == "":
		return invalid("To")
	case !slices.Contains(verifyChannels, channel):
		return invalid("Channel")
	case !isVerifyAddress(to, channel):
		return invalid("To")
	case code != "" && (utf8.RuneCountInString(code) < minCustomCode || utf8.RuneCountInString(code) > maxCustomCode):
		return invalid("CustomCode")
	}
	return nil
}

// isVerifyAddress says whether to suits channel: an email address for
// email, an E.164 number for every other channel.
func isVerifyAddress(to, channel string) bool {
	if channel == "email" {
		address, err := mail.ParseAddress(to)
		return err == nil && address.Address == to
	}
	return e164().MatchString(to)
}

// newVerification is one send as received; the store fills in what depends
// on earlier sends (SID, DateCreated, Attempts).
func (s *Server) newVerification(x *exchange, service string) Verification {
	return Verification{
		AttemptSID:    s.newSID(prefixAttempt),
		ServiceSID:    service,
		AccountSID:    x.account,
		APIVersion:    x.vars["Version"],
		To:            x.form.Get("To"),
		Channel:       x.form.Get("Channel"),
		CustomCode:    x.form.Get("CustomCode"),
		Locale:        x.form.Get("Locale"),
		CustomMessage: x.form.Get("CustomMessage"),
		DateUpdated:   s.now(),
		Form:          cloneForm(x.form),
	}
}

// verificationWire is Twilio's Verification resource, fields in the order
// Twilio's docs show them.
type verificationWire struct {
	SID              string        `json:"sid"`
	ServiceSID       string        `json:"service_sid"`
	AccountSID       string        `json:"account_sid"`
	To               string        `json:"to"`
	Channel          string        `json:"channel"`
	Status           string        `json:"status"`
	Valid            bool          `json:"valid"`
	Lookup           struct{}      `json:"lookup"`
	Amount           *string       `json:"amount"`
	Payee            *string       `json:"payee"`
	SendCodeAttempts []attemptWire `json:"send_code_attempts"`
	DateCreated      string        `json:"date_created"`
	DateUpdated      string        `json:"date_updated"`
	URL              string        `json:"url"`
}

type attemptWire struct {
	Time       string `json:"time"`
	Channel    string `json:"channel"`
	AttemptSID string `json:"attempt_sid"`
}

func verificationJSON(v Verification) verificationWire {
	attempts := make([]attemptWire, 0, len(v.Attempts))
	for _, a := range v.Attempts {
		attempts = append(attempts, attemptWire{
			Time: iso8601(a.Time), Channel: strings.ToUpper(a.Channel), AttemptSID: a.AttemptSID,
		})
	}
	return verificationWire{
		SID:              v.SID,
		ServiceSID:       v.ServiceSID,
		AccountSID:       v.AccountSID,
		To:               v.To,
		Channel:          v.Channel,
		Status:           "pending",
		SendCodeAttempts: attempts,
		DateCreated:      iso8601(v.DateCreated),
		DateUpdated:      iso8601(v.DateUpdated),
		URL: fmt.Sprintf("https://verify.twilio.com/%s/Services/%s/Verifications/%s",
			v.APIVersion, v.ServiceSID, v.SID),
	}
}
