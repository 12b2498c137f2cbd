package fake8x8

import (
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hookemu/hookemu/fakekit"
)

// Limits of one SMS.
const (
	// MaxSegments is the number of parts 8x8 sends at most; a longer text
	// is truncated and still sent, so it is accepted and billed for 10.
	MaxSegments = 10
	// The OpenAPI file allows 350 characters, the prose 50; the fake keeps
	// the stricter limit so a hook that passes here passes there.
	maxClientMessageID = 50
	// Sender ids: the spec's maxLength is 16, the prose says 11 alphanumeric
	// or 17 numeric. Carriers enforce 11 for alphanumeric senders (GSM
	// 03.40), and 16 digits plus an optional "+" reconciles 16 with 17.
	maxAlphanumericSource = 11
	maxNumericSource      = 16
	maxScheduleAhead      = 7 * 24 * time.Hour
)

// sms is one send request after validation, ready to store and answer.
type sms struct {
	given           string // destination as the request gave it
	destination     string // international, without "+"
	country         string
	source          string
	text            string
	encoding        string // resolved: GSM7 or UCS2
	segments        int
	truncated       bool
	clientMessageID string
	scheduled       time.Time
	expiry          time.Time
	dlrCallbackURL  string
	clientIP        string
	track           string
}

// smsValidator checks one SmsRequest the way 8x8 does, field by field in a
// fixed order, and stops at the first error, whose code and message are
// what a single send answers and what a REJECTED batch item describes.
type smsValidator struct {
	countries countryTable
	now       time.Time
}

// validate returns the checked message, or the first error together with
// what could be read before it (a REJECTED item still echoes its
// destination and encoding). Country comes first because it changes what a
// valid destination is, text before encoding because AUTO resolves from it.
//
// The steps are called one by one rather than from a table of functions:
// a call through a function value would move the message to the heap.
func (v smsValidator) validate(raw rawSMS) (sms, *apiError) {
	m := sms{given: peekString(raw.Destination)}
	err := v.checkCountry(raw, &m)
	if err == nil {
		err = v.checkDestination(raw, &m)
	}
	if err == nil {
		err = v.checkText(raw, &m)
	}
	if err == nil {
		err = v.checkEncoding(raw, &m)
	}
	if err == nil {
		err = v.checkSource(raw, &m)
	}
	if err == nil {
		err = v.checkClientMessageID(raw, &m)
	}
	if err == nil {
		err = v.checkScheduled(raw, &m)
	}
	if err == nil {
		err = v.checkExpiry(raw, &m)
	}
	if err == nil {
		err = v.checkCallbackURL(raw, &m)
	}
	if err == nil {
		err = v.checkClientIP(raw, &m)
	}
	if err == nil {
		err = v.checkTrack(raw, &m)
	}
	return m, err
}

func (v smsValidator) checkCountry(raw rawSMS, m *sms) *apiError {
	country, ok := stringField(raw.Country)
	country = strings.ToUpper(country)
	if !ok || (country != "" && v.countries.codeOf(country) == "") {
		return invalidParameter("country must be an ISO 3166-1 alpha-2 code such as \"SG\", got %s", raw.Country)
	}
	m.country = country
	return nil
}

func (v smsValidator) checkDestination(raw rawSMS, m *sms) *apiError {
	given, ok := stringField(raw.Destination)
	number, valid := v.countries.international(given, m.country)
	if !ok || !valid {
		return newError(CodeInvalidMSISDN, msgInvalidMSISDN)
	}
	m.destination = number
	return nil
}

func (v smsValidator) checkText(raw rawSMS, m *sms) *apiError {
	text, ok := stringField(raw.Text)
	switch {
	case !ok:
		return newError(CodeInvalidText, msgInvalidText+": text must be a string")
	case text == "":
		return newError(CodeMissedText, msgMissedText)
	}
	m.text = text
	return nil
}

// checkEncoding accepts the enum names in any case, as 8x8's .NET
// deserializer does, and answers with the canonical name.
func (v smsValidator) checkEncoding(raw rawSMS, m *sms) *apiError {
	requested, ok := stringField(raw.Encoding)
	requested = strings.ToUpper(requested)
	switch {
	case !ok:
		return newError(CodeInvalidEncoding, msgInvalidEncoding)
	case requested == "":
		requested = "AUTO"
	case requested != "AUTO" && requested != fakekit.EncodingGSM7 && requested != fakekit.EncodingUCS2:
		return newError(CodeInvalidEncoding, msgInvalidEncoding)
	}
	m.encoding = fakekit.ResolveEncoding(requested, m.text)
	m.segments = fakekit.Segments(m.text, m.encoding)
	if m.segments > MaxSegments {
		m.segments, m.truncated = MaxSegments, true
	}
	return nil
}

func (v smsValidator) checkSource(raw rawSMS, m *sms) *apiError {
	source, ok := stringField(raw.Source)
	if !ok {
		return newError(CodeInvalidSource, "Invalid Source value: source must be a string")
	}
	digits := strings.TrimPrefix(source, "+")
	numeric := digits != "" && fakekit.Digits(digits) == digits
	if numeric && len(digits) > maxNumericSource ||
		!numeric && utf8.RuneCountInString(source) > maxAlphanumericSource {
		return newError(CodeInvalidSource, msgInvalidSource)
	}
	m.source = source
	return nil
}

func (v smsValidator) checkClientMessageID(raw rawSMS, m *sms) *apiError {
	id, ok := stringField(raw.ClientMessageID)
	switch {
	case !ok:
		return invalidParameter("clientMessageId must be a string")
	case utf8.RuneCountInString(id) > maxClientMessageID:
		return newError(CodeTooLongClientMessageID,
			fmt.Sprintf("%s (at most %d characters)", msgTooLongClientMsgID, maxClientMessageID))
	}
	m.clientMessageID = id
	return nil
}

// checkScheduled refuses a time more than 7 days ahead; a time in the past
// is accepted and sends at once, as a schedule that is already due would.
func (v smsValidator) checkScheduled(raw rawSMS, m *sms) *apiError {
	at, err := timeField(raw.Scheduled)
	switch {
	case err != nil:
		return newError(CodeInvalidSchedule, msgInvalidSchedule+": scheduled "+err.Error())
	case at.Sub(v.now) > maxScheduleAhead:
		return newError(CodeInvalidSchedule, msgInvalidSchedule+": scheduled is more than 7 days ahead")
	}
	m.scheduled = at
	return nil
}

func (v smsValidator) checkExpiry(raw rawSMS, m *sms) *apiError {
	at, err := timeField(raw.Expiry)
	switch {
	case err != nil:
		return newError(CodeInvalidExpiry, msgInvalidExpiry+": expiry "+err.Error())
	case at.IsZero():
		return nil
	case !at.After(v.now):
		return newError(CodeInvalidExpiry, msgExpiryReached)
	case !m.scheduled.IsZero() && !at.After(m.scheduled):
		return newError(CodeInvalidExpiry, msgInvalidExpiry+": expiry is not after scheduled")
	}
	m.expiry = at
	return nil
}

func (v smsValidator) checkCallbackURL(raw rawSMS, m *sms) *apiError {
	s, ok := stringField(raw.DLRCallbackURL)
	if s == "" && ok {
		return nil
	}
	u, err := url.Parse(s)
	if !ok || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return invalidParameter("dlrCallbackUrl must be an absolute http or https URL, got %s", raw.DLRCallbackURL)
	}
	m.dlrCallbackURL = s
	return nil
}

func (v smsValidator) checkClientIP(raw rawSMS, m *sms) *apiError {
	s, ok := stringField(raw.ClientIP)
	if !ok || (s != "" && net.ParseIP(s) == nil) {
		return invalidParameter("clientIp must be an IPv4 or IPv6 address, got %s", raw.ClientIP)
	}
	m.clientIP = s
	return nil
}

func (v smsValidator) checkTrack(raw rawSMS, m *sms) *apiError {
	s, ok := stringField(raw.Track)
	switch {
	case ok && s == "":
	case ok && strings.EqualFold(s, "None"):
		m.track = "None"
	case ok && strings.EqualFold(s, "Outcome"):
		m.track = "Outcome"
	default:
		return invalidParameter("track must be None or Outcome, got %s", raw.Track)
	}
	return nil
}

// timeField reads an optional ISO 8601 date-time; absent gives the zero
// time. It accepts a zone (Z, +08:00 or +0800) or none, read as UTC, and
// fractional seconds in every form, as JavaScript's toISOString writes them.
func timeField(raw json.RawMessage) (time.Time, error) {
	layouts := [...]string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02"}
	s, ok := stringField(raw)
	if !ok {
		return time.Time{}, fmt.Errorf("must be an ISO 8601 date-time string, got %s", raw)
	}
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not an ISO 8601 date-time such as 2024-05-01T09:30:00Z", s)
}
