package fakesns

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"
)

// The message attributes SNS reads for an SMS (AWS's "Publishing to a
// mobile phone" page), and the account settings SetSMSAttributes takes.
const (
	attrSMSType  = "AWS.SNS.SMS.SMSType"
	attrSenderID = "AWS.SNS.SMS.SenderID"
	attrMaxPrice = "AWS.SNS.SMS.MaxPrice"
)

var smsTypes = []string{"Promotional", "Transactional"}

// senderID is AWS's rule for a sender ID: 1 to 11 letters, digits or
// hyphens, at least one a letter.
var senderID = lazyre.New(`^[A-Za-z0-9-]{1,11}$`)

func validSenderID(id string) bool {
	return senderID().MatchString(id) && strings.ContainsFunc(id, func(r rune) bool {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z'
	})
}

// checkSMSAttributes checks the AWS.SNS.SMS attributes of a Publish.
func checkSMSAttributes(attrs map[string]Attribute) *apiError {
	if a, ok := attrs[attrSMSType]; ok {
		if !strings.HasPrefix(a.DataType, "String") || !slices.Contains(smsTypes, a.StringValue) {
			return invalidParameter("MessageAttributes Reason: " + attrSMSType + " must be a String, Promotional or Transactional, not '" + clip(a.StringValue) + "'")
		}
	}
	if a, ok := attrs[attrSenderID]; ok {
		if !strings.HasPrefix(a.DataType, "String") || !validSenderID(a.StringValue) {
			return invalidParameter("MessageAttributes Reason: " + attrSenderID + " must be a String of 1 to 11 letters, digits or hyphens with at least one letter, not '" + clip(a.StringValue) + "'")
		}
	}
	if a, ok := attrs[attrMaxPrice]; ok {
		if !strings.HasPrefix(a.DataType, "Number") {
			return invalidParameter("MessageAttributes Reason: " + attrMaxPrice + " must be a Number")
		}
	}
	return nil
}

// accountSetting checks one SetSMSAttributes entry.
func accountSetting(key, value string) *apiError {
	switch key {
	case "DefaultSMSType":
		if !slices.Contains(smsTypes, value) {
			return invalidParameter("DefaultSMSType Reason: must be Promotional or Transactional, not '" + clip(value) + "'")
		}
	case "DefaultSenderID":
		if !validSenderID(value) {
			return invalidParameter("DefaultSenderID Reason: must be 1 to 11 letters, digits or hyphens with at least one letter")
		}
	case "MonthlySpendLimit":
		if n, err := strconv.Atoi(value); err != nil || n < 0 {
			return invalidParameter("MonthlySpendLimit Reason: must be a whole number of USD, not '" + clip(value) + "'")
		}
	case "DeliveryStatusSuccessSamplingRate":
		if n, err := strconv.Atoi(value); err != nil || n < 0 || n > 100 {
			return invalidParameter("DeliveryStatusSuccessSamplingRate Reason: must be an integer from 0 to 100")
		}
	case "DeliveryStatusIAMRole", "UsageReportS3Bucket":
	default:
		return invalidParameter(clip(key))
	}
	return nil
}

// setSMSAttributes stores the account's SMS settings: all or none.
func (s *Server) setSMSAttributes(x *exchange, live bool) outcome {
	list := entries(x.params, "attributes")
	if len(list) == 0 {
		return failed(validationError("1 validation error detected: Value null at 'attributes' failed to satisfy constraint: Member must not be null"))
	}
	set := map[string]string{}
	for _, e := range list {
		key, value := e.Get("key"), e.Get("value")
		if err := accountSetting(key, value); err != nil {
			return failed(err)
		}
		set[key] = value
	}
	if live {
		s.mu.Lock()
		for k, v := range set {
			s.sms[k] = v
		}
		s.mu.Unlock()
	}
	return outcome{status: 200, body: []byte{}}
}

// getSMSAttributes answers the account's SMS settings, all or those
// named.
func (s *Server) getSMSAttributes(x *exchange) outcome {
	names := members(x.params, "attributes")
	s.mu.Lock()
	current := s.sms
	keys := make([]string, 0, len(current))
	for k := range current {
		if len(names) == 0 || slices.Contains(names, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var inner []byte
	inner = append(inner, "<attributes>"...)
	for _, k := range keys {
		inner = append(inner, "<entry>"...)
		inner = append(inner, element("key", k)...)
		inner = append(inner, element("value", current[k])...)
		inner = append(inner, "</entry>"...)
	}
	s.mu.Unlock()
	inner = append(inner, "</attributes>"...)
	return outcome{status: 200, body: inner}
}

// accountDefault reads one of the account's SMS settings.
func (s *Server) accountDefault(key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sms[key]
}
