package faketwilio

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// Twilio's limits on how long a call rings, in seconds.
const (
	defaultCallTimeout = 60
	maxCallTimeout     = 600
)

// createCall is POST /2010-04-01/Accounts/{AccountSid}/Calls.json.
func (s *Server) createCall(x *exchange, live bool) outcome {
	if err := s.checkCall(x.form); err != nil {
		return failed(err)
	}
	if !live {
		return outcome{status: http.StatusCreated}
	}
	c := s.newCall(x)
	s.store.addCall(c)
	return created(callJSON(c), c.SID)
}

// fetchCall is GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json; it
// treats SIDs as fetchMessage does.
func (s *Server) fetchCall(x *exchange, live bool) outcome {
	sid := x.vars["Sid"]
	if !isSID(sid, prefixCall) {
		return failed(errNotFound(x.path))
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	c, ok := s.store.call(sid)
	if !ok || c.AccountSID != x.account {
		return failed(errNotFound(x.path))
	}
	return outcome{status: http.StatusOK, payload: callJSON(c), sid: c.SID}
}

// checkCall applies Twilio's rules for a new call. Twilio takes several of
// Url, Twiml and ApplicationSid at once (ApplicationSid wins, then Url), so
// only their total absence is an error; Twiml is checked whenever given,
// since TwiML Twilio could not run is a bug even when Url overrides it.
func (s *Server) checkCall(form url.Values) *apiError {
	to, from := form.Get("To"), form.Get("From")
	switch {
	case to == "":
		return badRequest(codeToRequired, "A 'To' phone number is required.")
	case !isCallAddress(to) || to == testToInvalid:
		return badRequest(codeInvalidTo, "The 'To' number %s is not a valid phone number.", to)
	case from == "":
		return badRequest(codeFromRequired, "A 'From' phone number is required.")
	case !s.ownsNumber(from):
		return badRequest(codeFromNotVerified, "The source phone number provided, %s, is not yet "+
			"verified for your account. You may only make calls from phone numbers that you've "+
			"verified or purchased from Twilio.", from)
	case form.Get("Url") == "" && form.Get("Twiml") == "" && form.Get("ApplicationSid") == "":
		return badRequest(codeURLRequired, "Url parameter is required.")
	}
	if twiml := form.Get("Twiml"); twiml != "" {
		if err := checkTwiml(twiml); err != nil {
			return err
		}
	}
	_, err := callTimeout(form)
	return err
}

// callTimeout is the Timeout in force: the request's, or Twilio's default.
// Twilio documents 600 as the maximum; 20001 is this fake's choice of code
// for a Timeout outside 1 to 600 or not a number.
func callTimeout(form url.Values) (int, *apiError) {
	raw := form.Get("Timeout")
	if raw == "" {
		return defaultCallTimeout, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 || n > maxCallTimeout {
		return 0, badRequest(codeInvalidParameter,
			"Timeout must be an integer from 1 to %d, not %q.", maxCallTimeout, raw)
	}
	return n, nil
}

func (s *Server) newCall(x *exchange) Call {
	timeout, _ := callTimeout(x.form) // checkCall has accepted it
	return Call{
		SID:            s.newSID(prefixCall),
		AccountSID:     x.account,
		To:             x.form.Get("To"),
		From:           x.form.Get("From"),
		URL:            x.form.Get("Url"),
		Method:         x.form.Get("Method"),
		Twiml:          x.form.Get("Twiml"),
		ApplicationSID: x.form.Get("ApplicationSid"),
		Timeout:        timeout,
		StatusCallback: x.form.Get("StatusCallback"),
		DateCreated:    s.now(),
		Form:           cloneForm(x.form),
	}
}

// callWire is Twilio's Call resource as a create answers it: queued, so
// everything about the call's progress is still null.
type callWire struct {
	AccountSID      string            `json:"account_sid"`
	Annotation      *string           `json:"annotation"`
	AnsweredBy      *string           `json:"answered_by"`
	APIVersion      string            `json:"api_version"`
	CallerName      *string           `json:"caller_name"`
	DateCreated     string            `json:"date_created"`
	DateUpdated     string            `json:"date_updated"`
	Direction       string            `json:"direction"`
	Duration        *string           `json:"duration"`
	EndTime         *string           `json:"end_time"`
	ForwardedFrom   *string           `json:"forwarded_from"`
	From            string            `json:"from"`
	FromFormatted   string            `json:"from_formatted"`
	GroupSID        *string           `json:"group_sid"`
	ParentCallSID   *string           `json:"parent_call_sid"`
	PhoneNumberSID  *string           `json:"phone_number_sid"`
	Price           *string           `json:"price"`
	PriceUnit       string            `json:"price_unit"`
	QueueTime       string            `json:"queue_time"`
	SID             string            `json:"sid"`
	StartTime       *string           `json:"start_time"`
	Status          string            `json:"status"`
	SubresourceURIs map[string]string `json:"subresource_uris"`
	To              string            `json:"to"`
	ToFormatted     string            `json:"to_formatted"`
	TrunkSID        *string           `json:"trunk_sid"`
	URI             string            `json:"uri"`
}

func callJSON(c Call) callWire {
	uri := fmt.Sprintf("/2010-04-01/Accounts/%s/Calls/%s", c.AccountSID, c.SID)
	return callWire{
		AccountSID:    c.AccountSID,
		APIVersion:    "2010-04-01",
		DateCreated:   rfc2822(c.DateCreated),
		DateUpdated:   rfc2822(c.DateCreated),
		Direction:     "outbound-api",
		From:          c.From,
		FromFormatted: c.From,
		PriceUnit:     "USD",
		QueueTime:     "0",
		SID:           c.SID,
		Status:        "queued",
		SubresourceURIs: map[string]string{
			"events":        uri + "/Events.json",
			"notifications": uri + "/Notifications.json",
			"payments":      uri + "/Payments.json",
			"recordings":    uri + "/Recordings.json",
			"siprec":        uri + "/Siprec.json",
			"streams":       uri + "/Streams.json",
		},
		To:          c.To,
		ToFormatted: c.To,
		URI:         uri + ".json",
	}
}
