package fakesns_test

import (
	"encoding/xml"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakesns"
)

func TestPublishToAPhoneNumberAnswersAMessageID(t *testing.T) {
	t.Parallel()
	fake := seeded(fakesns.Config{})
	rec := do(t, fake, call{form: publish("+14155550100", "Your code is 123456")})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())

	ids := fakekit.NewIDs(fakesns.Name, "test")
	messageID, requestID := ids.UUID(), ids.UUID()
	want := `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">` +
		`<PublishResult><MessageId>` + messageID + `</MessageId></PublishResult>` +
		`<ResponseMetadata><RequestId>` + requestID + `</RequestId></ResponseMetadata></PublishResponse>`
	assert.Equal(t, want, rec.Body.String())
	assert.Equal(t, "text/xml", rec.Header().Get("Content-Type"))
	assert.Equal(t, requestID, rec.Header().Get("x-amzn-RequestId"))
	date, err := http.ParseTime(rec.Header().Get("Date"))
	require.NoError(t, err, "SNS dates its answers; the SDKs correct their clock by it")
	assert.WithinDuration(t, time.Now(), date, time.Minute, "the real time, even when ids are seeded")

	msgs := fake.Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, messageID, msgs[0].MessageID)
	assert.Equal(t, "+14155550100", msgs[0].PhoneNumber)
	assert.Equal(t, "Your code is 123456", msgs[0].Text)
	assert.Equal(t, "us-east-1", msgs[0].Region)
	assert.Equal(t, fakesns.DemoAccessKeyID, msgs[0].AccessKeyID)

	entries := fake.Journal().Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, "sns", entries[0].Provider)
	assert.Equal(t, "+14155550100", entries[0].Destination)
	assert.Equal(t, messageID, entries[0].MessageID)
	assert.True(t, entries[0].Accepted)
	assert.Equal(t, rec.Body.Bytes(), entries[0].Response)
}

func TestSMSAttributesAreCheckedAndRecorded(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	form := publish("+447700900123", "hi",
		"MessageAttributes.entry.1.Name", "AWS.SNS.SMS.SMSType",
		"MessageAttributes.entry.1.Value.DataType", "String",
		"MessageAttributes.entry.1.Value.StringValue", "Transactional",
		"MessageAttributes.entry.2.Name", "AWS.SNS.SMS.SenderID",
		"MessageAttributes.entry.2.Value.DataType", "String",
		"MessageAttributes.entry.2.Value.StringValue", "Acme",
		"MessageAttributes.entry.3.Name", "AWS.SNS.SMS.MaxPrice",
		"MessageAttributes.entry.3.Value.DataType", "Number",
		"MessageAttributes.entry.3.Value.StringValue", "0.50",
	)
	rec := do(t, fake, call{region: "eu-west-1", form: form})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	msg := fake.Messages()[0]
	assert.Equal(t, "Transactional", msg.SMSType)
	assert.Equal(t, "Acme", msg.SenderID)
	assert.Equal(t, fakesns.Attribute{DataType: "Number", StringValue: "0.50"}, msg.Attributes["AWS.SNS.SMS.MaxPrice"])
	assert.Equal(t, "eu-west-1", msg.Region)
}

func TestAJSONStructuredMessageSendsItsSMSEntry(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	form := publish("+14155550100", `{"default":"for everyone","sms":"for phones"}`, "MessageStructure", "json")
	rec := do(t, fake, call{form: form})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "for phones", fake.Messages()[0].Text)
}

func TestPublishIsRefusedAsSNSRefusesIt(t *testing.T) {
	t.Parallel()
	attr := func(name, dataType, value string) []string {
		return []string{
			"MessageAttributes.entry.1.Name", name,
			"MessageAttributes.entry.1.Value.DataType", dataType,
			"MessageAttributes.entry.1.Value.StringValue", value,
		}
	}
	cases := []struct {
		name    string
		form    map[string][]string
		status  int
		code    string
		message string
	}{
		{"a number without a plus is not valid to publish to", publish("14155550100", "hi"), 400, "InvalidParameter",
			"Invalid parameter: PhoneNumber Reason: 14155550100 is not valid to publish to"},
		{"a number with letters is not valid to publish to", publish("+1415555CALL", "hi"), 400, "InvalidParameter",
			"Invalid parameter: PhoneNumber Reason: +1415555CALL is not valid to publish to"},
		{"a missing message fails validation", map[string][]string{"Action": {"Publish"}, "PhoneNumber": {"+14155550100"}}, 400, "ValidationError",
			"1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null"},
		{"an empty message is refused", publish("+14155550100", ""), 400, "InvalidParameter", "Invalid parameter: Empty message"},
		{"a message without any recipient is refused", map[string][]string{"Action": {"Publish"}, "Message": {"hi"}}, 400, "InvalidParameter",
			"Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter"},
		{"a topic the account does not have is not found", map[string][]string{"Action": {"Publish"}, "Message": {"hi"},
			"TopicArn": {"arn:aws:sns:us-east-1:123456789012:alerts"}}, 404, "NotFound", "Topic does not exist"},
		{"an SMS type other than Promotional or Transactional is refused", publish("+14155550100", "hi", attr("AWS.SNS.SMS.SMSType", "String", "Urgent")...),
			400, "InvalidParameter", "AWS.SNS.SMS.SMSType"},
		{"a sender id of twelve characters is refused", publish("+14155550100", "hi", attr("AWS.SNS.SMS.SenderID", "String", "AcmeCorpLtd1")...),
			400, "InvalidParameter", "AWS.SNS.SMS.SenderID"},
		{"a sender id of digits alone is refused", publish("+14155550100", "hi", attr("AWS.SNS.SMS.SenderID", "String", "12345")...),
			400, "InvalidParameter", "AWS.SNS.SMS.SenderID"},
		{"an attribute of an unknown type is refused", publish("+14155550100", "hi", attr("color", "Text", "red")...),
			400, "ParameterValueInvalid", "The message attribute 'color' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String."},
		{"an attribute without a value is refused", publish("+14155550100", "hi", attr("color", "String", "")...),
			400, "ParameterValueInvalid", "The message attribute 'color' must contain non-empty message attribute value for message attribute type 'String'."},
		{"an attribute name with two dots in a row is refused", publish("+14155550100", "hi", attr("a..b", "String", "x")...),
			400, "ParameterValueInvalid", "Message attribute name can not have successive '.' character."},
		{"a message over 256 KiB is too long", publish("+14155550100", string(make([]byte, 256*1024+1))), 400, "InvalidParameter", "Invalid parameter: Message too long"},
		{"a JSON structure without default is refused", publish("+14155550100", `{"sms":"x"}`, "MessageStructure", "json"),
			400, "InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body"},
		{"an empty subject is refused", publish("+14155550100", "hi", "Subject", ""), 400, "InvalidParameter", "Invalid parameter: Subject"},
		{"a request without an action is refused", map[string][]string{"Message": {"hi"}}, 400, "MissingAction", "Missing Action"},
		{"an action SNS does not have is refused", map[string][]string{"Action": {"SendSMS"}}, 400, "InvalidAction",
			"Could not find operation SendSMS for version 2010-03-31"},
		{"an SNS action the fake does not implement says so", map[string][]string{"Action": {"CreateTopic"}, "Name": {"t"}}, 400, "InvalidAction",
			"does not implement CreateTopic"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			fake := fakesns.New(fakesns.Config{})
			rec := do(t, fake, call{form: c.form})
			require.Equal(t, c.status, rec.Code, rec.Body.String())
			e := decodeError(t, rec.Body.Bytes())
			assert.Equal(t, "Sender", e.Type)
			assert.Equal(t, c.code, e.Code)
			assert.Contains(t, e.Message, c.message)
			assert.Empty(t, fake.Messages(), "nothing is sent")
			entries := fake.Journal().Entries()
			require.Len(t, entries, 1)
			assert.False(t, entries[0].Accepted)
		})
	}
}

func TestTheErrorBodyIsSNSs(t *testing.T) {
	t.Parallel()
	fake := seeded(fakesns.Config{})
	rec := do(t, fake, call{form: publish("+1", "hi")})
	ids := fakekit.NewIDs(fakesns.Name, "test")
	want := `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type>` +
		`<Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber Reason: +1 is not valid to publish to</Message></Error>` +
		`<RequestId>` + ids.UUID() + `</RequestId></ErrorResponse>`
	assert.Equal(t, want, rec.Body.String())
	var parsed struct {
		XMLName xml.Name
	}
	require.NoError(t, xml.Unmarshal(rec.Body.Bytes(), &parsed))
	assert.Equal(t, "http://sns.amazonaws.com/doc/2010-03-31/", parsed.XMLName.Space)
}
