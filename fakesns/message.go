package fakesns

import (
	"maps"
	"time"
)

// Message is one SMS the fake accepted: what SNS would have sent.
type Message struct {
	MessageID   string
	Region      string
	AccessKeyID string
	PhoneNumber string
	// Text is what the phone receives: Message, or with MessageStructure
	// json its "sms" entry (its "default" one when there is none).
	Text string
	// SMSType and SenderID are the message's attributes, or else the
	// account's defaults (DefaultSMSType, DefaultSenderID).
	SMSType  string
	SenderID string
	// Attributes are every message attribute sent, by name.
	Attributes map[string]Attribute
	Time       time.Time
}

// Attribute is one message attribute.
type Attribute struct {
	DataType    string
	StringValue string
	BinaryValue string // base64, as sent
}

func (m Message) clone() Message {
	m.Attributes = maps.Clone(m.Attributes)
	return m
}
