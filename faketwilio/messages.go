package faketwilio

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/fakekit"
)

// maxBodyChars is Twilio's limit on a message Body, counted in characters
// (not bytes, not segments).
const maxBodyChars = 1600

// createMessage is POST /2010-04-01/Accounts/{AccountSid}/Messages.json.
func (s *Server) createMessage(x *exchange, live bool) outcome {
	if err := s.checkMessage(x.form); err != nil {
		return failed(err)
	}
	if !live {
		return outcome{status: http.StatusCreated}
	}
	m := s.newMessage(x)
	s.store.addMessage(m)
	return created(messageJSON(m), m.SID)
}

// fetchMessage is GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json.
// Another account's message is as unknown as one never sent. Check only
// looks at the SID's shape: a proxy checks fetches of SIDs the real Twilio
// made, which the fake has never seen.
func (s *Server) fetchMessage(x *exchange, live bool) outcome {
	sid := x.vars["Sid"]
	if !isSID(sid, prefixMessage, prefixMedia) {
		return failed(errNotFound(x.path))
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	m, ok := s.store.message(sid)
	if !ok || m.AccountSID != x.account {
		return failed(errNotFound(x.path))
	}
	return outcome{status: http.StatusOK, payload: messageJSON(m), sid: m.SID}
}

// checkMessage applies Twilio's rules for a new message, the ones about
// the request first and those about the recipient's line last.
func (s *Server) checkMessage(form url.Values) *apiError {
	to, from, body := form.Get("To"), form.Get("From"), form.Get("Body")
	switch {
	case to == "":
		return badRequest(codeToRequired, "A 'To' phone number is required.")
	case !isMessageAddress(to) || strings.TrimPrefix(to, whatsappPrefix) == testToInvalid:
		return badRequest(codeInvalidTo, "The 'To' number %s is not a valid phone number.", to)
	case from == "" && form.Get("MessagingServiceSid") == "":
		return badRequest(codeFromRequired, "A 'From' phone number is required.")
	case from != "" && !s.ownsNumber(from):
		return badRequest(codeFromNotOwned, "The From phone number %s is not a valid, "+
			"SMS-capable inbound phone number or short code for your account.", from)
	case body == "" && len(mediaURLs(form)) == 0:
		return badRequest(codeBodyRequired, "Message body is required.")
	case utf8.RuneCountInString(body) > maxBodyChars:
		return badRequest(codeBodyTooLong, "The concatenated message body exceeds the 1600 character limit.")
	}
	switch strings.TrimPrefix(to, whatsappPrefix) {
	case testToNotMobile:
		return badRequest(codeNotMobile, "'To' number is not a valid mobile number")
	case testToRegionDenied:
		return badRequest(codeRegionDisabled, "Permission to send an SMS has not been enabled "+
			"for the region indicated by the 'To' number: %s", to)
	}
	return nil
}

// mediaURLs are the non-empty MediaUrl values; a message may carry several.
func mediaURLs(form url.Values) []string {
	var urls []string
	for _, u := range form["MediaUrl"] {
		if u != "" {
			urls = append(urls, u)
		}
	}
	return urls
}

// newMessage records an accepted request. Without a From, a Messaging
// Service picks the sender later, so Twilio answers "accepted" with a null
// from rather than "queued".
func (s *Server) newMessage(x *exchange) Message {
	body := x.form.Get("Body")
	encoding := fakekit.ResolveEncoding("AUTO", body)
	m := Message{
		SID:                 s.newSID(prefixMessage),
		AccountSID:          x.account,
		To:                  x.form.Get("To"),
		From:                x.form.Get("From"),
		MessagingServiceSID: x.form.Get("MessagingServiceSid"),
		Body:                body,
		MediaURL:            mediaURLs(x.form),
		StatusCallback:      x.form.Get("StatusCallback"),
		Status:              "queued",
		Encoding:            encoding,
		NumSegments:         fakekit.Segments(body, encoding),
		DateCreated:         s.now(),
		Form:                cloneForm(x.form),
	}
	if m.From == "" {
		m.Status = "accepted"
	}
	return m
}

// messageWire is Twilio's Message resource, fields in Twilio's order.
type messageWire struct {
	AccountSID          string            `json:"account_sid"`
	APIVersion          string            `json:"api_version"`
	Body                string            `json:"body"`
	DateCreated         string            `json:"date_created"`
	DateSent            *string           `json:"date_sent"`
	DateUpdated         string            `json:"date_updated"`
	Direction           string            `json:"direction"`
	ErrorCode           *int              `json:"error_code"`
	ErrorMessage        *string           `json:"error_message"`
	From                *string           `json:"from"`
	MessagingServiceSID *string           `json:"messaging_service_sid"`
	NumMedia            string            `json:"num_media"`
	NumSegments         string            `json:"num_segments"`
	Price               *string           `json:"price"`
	PriceUnit           string            `json:"price_unit"`
	SID                 string            `json:"sid"`
	Status              string            `json:"status"`
	SubresourceURIs     map[string]string `json:"subresource_uris"`
	To                  string            `json:"to"`
	URI                 string            `json:"uri"`
}

func messageJSON(m Message) messageWire {
	uri := fmt.Sprintf("/2010-04-01/Accounts/%s/Messages/%s", m.AccountSID, m.SID)
	return messageWire{
		AccountSID:          m.AccountSID,
		APIVersion:          "2010-04-01",
		Body:                m.Body,
		DateCreated:         rfc2822(m.DateCreated),
		DateUpdated:         rfc2822(m.DateCreated),
		Direction:           "outbound-api",
		From:                nullable(m.From),
		MessagingServiceSID: nullable(m.MessagingServiceSID),
		NumMedia:            strconv.Itoa(len(m.MediaURL)),
		NumSegments:         strconv.Itoa(m.NumSegments),
		PriceUnit:           "USD",
		SID:                 m.SID,
		Status:              m.Status,
		SubresourceURIs:     map[string]string{"media": uri + "/Media.json"},
		To:                  m.To,
		URI:                 uri + ".json",
	}
}
