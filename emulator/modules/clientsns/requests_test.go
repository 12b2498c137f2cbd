package clientsns_test

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPublishCommandSendsTheQueryFormInSchemaOrder(t *testing.T) {
	t.Parallel()
	rec := &snstest.Recorder{}
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, client+`
		return client.send(new sns.PublishCommand({PhoneNumber: '+14155552345', Subject: 's', Message: 'Your code is 123456',
			MessageAttributes: {'AWS.SNS.SMS.SMSType': {DataType: 'String', StringValue: 'Transactional'}}}));`)
	assert.JSONEq(t, `{"MessageId":"567910cd-659e-55d4-8ccb-5aaf14679dc0","$metadata":{"httpStatusCode":200,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":1,"totalRetryDelay":0}}`, got)

	r := rec.Only(t)
	const body = "Action=Publish&Version=2010-03-31&Message=Your%20code%20is%20123456&PhoneNumber=%2B14155552345&Subject=s&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Transactional"
	assert.Equal(t, body, r.Body)
	assert.Equal(t, "sns.us-east-1.amazonaws.com", r.Host)
	sum := sha256.Sum256([]byte(body))
	assert.Equal(t, "application/x-www-form-urlencoded", r.Header.Get("Content-Type"))
	assert.Equal(t, strconv.Itoa(len(body)), r.Header.Get("Content-Length"))
	assert.Equal(t, hex.EncodeToString(sum[:]), r.Header.Get("X-Amz-Content-Sha256"))
	assert.Equal(t, "aws-sdk-js/3.1177.0", r.Header.Get("X-Amz-User-Agent"))
	assert.Equal(t, "aws-sdk-js/3.1177.0 ua/2.1 os/linux#5.10.0 lang/js md/nodejs#22.12.0 api/sns#3.1177.0 m/E,e", r.Header.Get("User-Agent"))
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`), r.Header.Get("Amz-Sdk-Invocation-Id"))
	assert.Equal(t, "attempt=1; max=3", r.Header.Get("Amz-Sdk-Request"))
	got2 := snstest.Verify(t, r, "")
	assert.Equal(t, []string{"amz-sdk-invocation-id", "amz-sdk-request", "content-length", "content-type", "host",
		"x-amz-content-sha256", "x-amz-date", "x-amz-user-agent"}, got2.SignedHeaders)
}

func TestTheEnvironmentGivesRegionAndCredentials(t *testing.T) {
	t.Parallel()
	rec := &snstest.Recorder{}
	env := newEnv(t, map[string]string{"AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": snstest.AccessKey,
		"AWS_SECRET_ACCESS_KEY": snstest.SecretKey, "AWS_SESSION_TOKEN": "tok"}, rec)
	env.AwaitBody(t, `return new sns.SNSClient({}).send(new sns.PublishCommand({Message: 'hi', PhoneNumber: '+14155552345'}));`)
	r := rec.Only(t)
	assert.Equal(t, "sns.eu-west-1.amazonaws.com", r.Host)
	assert.Equal(t, "tok", r.Header.Get("X-Amz-Security-Token"))
	assert.Contains(t, r.Header.Get("User-Agent"), " m/E,g")
	got := snstest.Verify(t, r, "tok")
	assert.Contains(t, got.SignedHeaders, "x-amz-security-token")
}

func TestSMSAttributeCommandsAndTheAggregatedClient(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(200, snstest.SetOK).Reply(200, snstest.GetOK).Reply(200, snstest.OptedOutOK)
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, `const c = new sns.SNS({region: 'us-east-1', credentials: {accessKeyId: '`+snstest.AccessKey+`', secretAccessKey: '`+snstest.SecretKey+`'}});
		const set = await c.setSMSAttributes({attributes: {DefaultSMSType: 'Transactional'}});
		const get = await c.send(new sns.GetSMSAttributesCommand({attributes: ['DefaultSMSType']}));
		const out = await c.checkIfPhoneNumberIsOptedOut({phoneNumber: '+14155552345'});
		return [set, get.attributes, out.isOptedOut, c instanceof sns.SNSClient];`)
	assert.JSONEq(t, `[{"$metadata":{"httpStatusCode":200,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":1,"totalRetryDelay":0}},
		{"DefaultSenderID":"mySenderID","DefaultSMSType":"Transactional"},true,true]`, got)
	all := rec.Requests()
	require.Len(t, all, 3)
	assert.Equal(t, "Action=SetSMSAttributes&Version=2010-03-31&attributes.entry.1.key=DefaultSMSType&attributes.entry.1.value=Transactional", all[0].Body)
	assert.Equal(t, "Action=GetSMSAttributes&Version=2010-03-31&attributes.member.1=DefaultSMSType", all[1].Body)
}

func TestACallbackGetsTheOutputAndSendReturnsNothing(t *testing.T) {
	t.Parallel()
	env := newEnv(t, nil, &snstest.Recorder{})
	got := env.AwaitBody(t, client+`
		let returned;
		const out = await new Promise((resolve) => { returned = client.send(new sns.PublishCommand({Message: 'x'}), (err, data) => resolve([err, data.MessageId])); });
		return [returned === undefined, out];`)
	assert.Equal(t, `[true,[null,"567910cd-659e-55d4-8ccb-5aaf14679dc0"]]`, got)
}

func TestNothingIsValidatedBeforeSending(t *testing.T) {
	t.Parallel()
	rec := &snstest.Recorder{}
	env := newEnv(t, nil, rec)
	env.AwaitBody(t, client+`return client.send(new sns.PublishCommand({PhoneNumber: '+1'}));`)
	assert.Equal(t, "Action=Publish&Version=2010-03-31&PhoneNumber=%2B1", rec.Only(t).Body)
}
