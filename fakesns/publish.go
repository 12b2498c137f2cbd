package fakesns

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/fakekit"
)

// maxMessageBytes is SNS's bound on a message with its attributes.
const maxMessageBytes = 256 * 1024

// e164 is what SNS takes as a phone number: "+", a country code that
// does not start with 0, at most 15 digits in all. The 7-digit floor is
// the shortest real E.164 number; SNS refuses shorter ones.
var e164 = lazyre.New(`^\+[1-9][0-9]{6,14}$`)

// publish sends an SMS when PhoneNumber is given; the fake has no topics
// or endpoints, so a TopicArn or TargetArn names one that does not exist.
func (s *Server) publish(ctx context.Context, x *exchange, live bool) outcome {
	p := x.params
	phone := p.Get("PhoneNumber")
	o := outcome{destination: phone}
	if live && phone != "" {
		if fo, done := s.applyFault(ctx, phone); done {
			fo.destination = phone
			return fo
		}
	}
	msg, err := s.validatePublish(x)
	if err != nil {
		e := failed(err)
		e.destination = phone
		return e
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	msg.MessageID = s.cfg.IDs.UUID()
	msg.Time = s.cfg.IDs.Now()
	s.store(msg)
	o.status, o.messageID, o.accepted = http.StatusOK, msg.MessageID, true
	o.body = element("MessageId", msg.MessageID)
	return o
}

// validatePublish applies SNS's rules to a Publish, in SNS's order.
func (s *Server) validatePublish(x *exchange) (Message, *apiError) {
	p := x.params
	if _, ok := p["Message"]; !ok {
		return Message{}, validationError("1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null")
	}
	if subject, ok := p["Subject"]; ok && subject[0] == "" {
		return Message{}, invalidParameter("Subject")
	}
	message, phone := p.Get("Message"), p.Get("PhoneNumber")
	if message == "" {
		return Message{}, invalidParameter("Empty message")
	}
	if _, ok := p["PhoneNumber"]; ok && !e164().MatchString(phone) {
		return Message{}, invalidParameter("PhoneNumber Reason: " + clip(phone) + " is not valid to publish to")
	}
	attrs, err := messageAttributes(p)
	if err != nil {
		return Message{}, err
	}
	if size(message, attrs) > maxMessageBytes {
		return Message{}, invalidParameter("Message too long")
	}
	text, err := smsText(message, p.Get("MessageStructure"))
	if err != nil {
		return Message{}, err
	}
	if err := target(p); err != nil {
		return Message{}, err
	}
	if err := checkSMSAttributes(attrs); err != nil {
		return Message{}, err
	}
	m := Message{
		Region: x.region, AccessKeyID: x.keyID, PhoneNumber: phone, Text: text, Attributes: attrs,
		SMSType: attrs[attrSMSType].StringValue, SenderID: attrs[attrSenderID].StringValue,
	}
	if m.SMSType == "" {
		m.SMSType = s.accountDefault("DefaultSMSType")
	}
	if m.SenderID == "" {
		m.SenderID = s.accountDefault("DefaultSenderID")
	}
	return m, nil
}

// target checks that the Publish names exactly one recipient, and that
// it is a phone number (the fake has no topics).
func target(p map[string][]string) *apiError {
	topic, targetArn, phone := first(p, "TopicArn"), first(p, "TargetArn"), first(p, "PhoneNumber")
	switch {
	case topic == "" && targetArn == "" && phone == "":
		return invalidParameter("TopicArn or TargetArn Reason: no value for required parameter")
	case phone != "" && (topic != "" || targetArn != ""):
		return invalidParameter("PhoneNumber Reason: Only one of TopicArn, TargetArn or PhoneNumber may be given")
	case phone == "":
		return &apiError{Status: http.StatusNotFound, Code: "NotFound", Message: "Topic does not exist"}
	}
	return nil
}

func first(p map[string][]string, key string) string {
	if v := p[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// smsText is what the phone receives: the message, or with
// MessageStructure json the entry for SMS ("sms", else "default").
func smsText(message, structure string) (string, *apiError) {
	if structure != "json" {
		return message, nil
	}
	var parsed map[string]any
	if err := json.Unmarshal([]byte(message), &parsed); err != nil {
		return "", invalidParameter("Message Structure - JSON message body failed to parse")
	}
	def, ok := parsed["default"].(string)
	if !ok {
		return "", invalidParameter("Message Structure - No default entry in JSON message body")
	}
	if sms, ok := parsed["sms"].(string); ok {
		return sms, nil
	}
	return def, nil
}

// size counts a message as SNS bounds it: the text, each attribute's
// name, type and value.
func size(message string, attrs map[string]Attribute) int {
	n := len(message)
	for name, a := range attrs {
		n += len(name) + len(a.DataType) + len(a.StringValue) + len(a.BinaryValue)
	}
	return n
}

// applyFault serves the fault for a destination, if any: first its
// delay, then its error when it names a status. done says it answered.
func (s *Server) applyFault(ctx context.Context, destination string) (_ outcome, done bool) {
	fault, ok := s.faults.Match(destination)
	if !ok {
		return outcome{}, false
	}
	if err := fakekit.Sleep(ctx, fault.Delay); err != nil {
		return outcome{status: statusClientClosed, abandoned: true}, true
	}
	if fault.Status == 0 {
		return outcome{}, false
	}
	return failed(faultError(fault.Status, fault.Message)), true
}
