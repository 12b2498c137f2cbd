package fakeesendex

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"mime"
	"strings"
)

// maxMessages is the most messages one dispatch may hold (Esendex's API
// reference: a 400 beyond 50,000).
const maxMessages = 50000

// dispatch is a message dispatcher request, from XML or JSON alike.
type dispatch struct {
	accountReference string
	messages         []message
}

// message is one message of a dispatch.
type message struct {
	To   string `json:"to" xml:"to"`
	Body string `json:"body" xml:"body"`
	From string `json:"from" xml:"from"`
	Type string `json:"type" xml:"type"`
}

type xmlDispatch struct {
	XMLName          xml.Name  `xml:"messages"`
	AccountReference string    `xml:"accountreference"`
	Messages         []message `xml:"message"`
}

type jsonDispatch struct {
	AccountReference string    `json:"accountreference"`
	Messages         []message `json:"messages"`
}

// bodyFormat reads the Content-Type: "xml", "json", or "" for a type
// Esendex does not take (or none), which is a 415.
func bodyFormat(contentType string) string {
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	switch {
	case media == "application/xml", media == "text/xml", strings.HasSuffix(media, "+xml"):
		return "xml"
	case media == "application/json", media == "text/json", strings.HasSuffix(media, "+json"):
		return "json"
	}
	return ""
}

// parseDispatch reads body in format and checks its shape: an account
// reference, one to 50,000 messages, each with a recipient and a known
// type.
func parseDispatch(format string, body []byte) (dispatch, *apiError) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return dispatch{}, errBadRequest("the request body is empty")
	}
	var d dispatch
	switch format {
	case "xml":
		var x xmlDispatch
		if err := xml.Unmarshal(body, &x); err != nil {
			return dispatch{}, errBadRequest("the body is not a <messages> document (%s)", xmlProblem(err))
		}
		d = dispatch{accountReference: x.AccountReference, messages: x.Messages}
	default:
		var j jsonDispatch
		if err := json.Unmarshal(body, &j); err != nil {
			return dispatch{}, errBadRequest("the body is not a JSON dispatch object (%s)", jsonProblem(err))
		}
		d = dispatch{accountReference: j.AccountReference, messages: j.Messages}
	}
	return d, d.validate()
}

func (d dispatch) validate() *apiError {
	switch {
	case strings.TrimSpace(d.accountReference) == "":
		return errBadRequest("accountreference is required")
	case len(d.messages) == 0:
		return errBadRequest("at least one message is required")
	case len(d.messages) > maxMessages:
		return errBadRequest("a dispatch holds at most %d messages", maxMessages)
	}
	for i, m := range d.messages {
		if strings.TrimSpace(m.To) == "" {
			return errBadRequest("message %d has no recipient (to)", i+1)
		}
		if t := strings.ToLower(m.Type); t != "" && t != "sms" && t != "voice" {
			return errBadRequest("message %d has type %q; it must be SMS or Voice", i+1, m.Type)
		}
	}
	return nil
}

func xmlProblem(err error) string {
	if se, ok := err.(*xml.SyntaxError); ok {
		return "line " + itoa(se.Line) + ": " + se.Msg
	}
	return "unexpected root element"
}

func jsonProblem(err error) string {
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		return te.Field + " must not be a JSON " + te.Value
	}
	return "malformed JSON"
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// checkRecipient judges a recipient as Esendex does: a phone number,
// international with or without "+" or national (Esendex localises it by
// the account's country), of 7 to 15 digits; anything else names a
// contact or contact group, which this fake's accounts do not hold.
func checkRecipient(to string) *apiError {
	digits := strings.TrimPrefix(strings.TrimSpace(to), "+")
	if !allDigits(digits) {
		return errUnknownContact(to)
	}
	if len(digits) < 7 || len(digits) > 15 {
		return errBadRequest("the recipient %q is not a valid phone number", to)
	}
	return nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
