package awssdk_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixedClock makes Date.now() 2026-12-07T06:00:00Z, the time the golden
// request below was signed at.
const fixedClock = `Date.now = function () { return Date.UTC(2026, 11, 7, 6, 0, 0); };`

func TestPublishSendsTheRequestTheRealSDKSends(t *testing.T) {
	t.Parallel()
	// What aws-sdk 2.1693.0 sent in Node for the same call at the same
	// time: body, signed headers and signature.
	const (
		wantBody = "Action=Publish&Message=Your%20code%20is%20123456%20%E2%98%BA%20%26%20more&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Transactional&PhoneNumber=%2B14155552345&Version=2010-03-31"
		wantAuth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-1/sns/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=edf2436f91617b69c2b1c7fcb36fd9b1542184f1b7010d38bad9c424b193ae69"
	)
	rec := &snstest.Recorder{}
	env := newEnv(t, "", rec)
	got := env.AwaitBody(t, fixedClock+`
		const sns = new AWS.SNS({region: 'eu-west-1', credentials: new AWS.Credentials('`+snstest.AccessKey+`', '`+snstest.SecretKey+`', 'session-token')});
		return sns.publish({Message: 'Your code is 123456 ☺ & more', PhoneNumber: '+14155552345',
			MessageAttributes: {'AWS.SNS.SMS.SMSType': {DataType: 'String', StringValue: 'Transactional'}}}).promise();`)
	assert.JSONEq(t, `{"ResponseMetadata":{"RequestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0"},"MessageId":"567910cd-659e-55d4-8ccb-5aaf14679dc0"}`, got)

	r := rec.Only(t)
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "/", r.Path())
	assert.Equal(t, "sns.eu-west-1.amazonaws.com", r.Host)
	assert.Equal(t, wantBody, r.Body)
	sum := sha256.Sum256([]byte(wantBody))
	assert.Equal(t, http.Header{
		"User-Agent":           {"aws-sdk-nodejs/2.1693.0 linux/v12.22.12 promise"},
		"Content-Type":         {"application/x-www-form-urlencoded; charset=utf-8"},
		"X-Amz-Content-Sha256": {hex.EncodeToString(sum[:])},
		"Content-Length":       {strconv.Itoa(len(wantBody))},
		"X-Amz-Date":           {"20261207T060000Z"},
		"X-Amz-Security-Token": {"session-token"},
		"Authorization":        {wantAuth},
	}, r.Header)
	snstest.Verify(t, r, "session-token")
}

func TestTheUserAgentSaysHowTheRequestWasSent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, call, want string
		action                    bool
	}{
		{"a callback in a Hook", "", `sns.publish(params, () => done())`, "aws-sdk-nodejs/2.1693.0 linux/v12.22.12 callback", false},
		{"a promise in an Action", "", `sns.publish(params).promise().then(done)`, "aws-sdk-nodejs/2.1693.0 linux/v22.12.0 promise", true},
		{"send() without a callback, pinned 2.662.0", "2.662.0", `sns.publish(params).on('complete', () => done()).send()`, "aws-sdk-nodejs/2.662.0 linux/v12.22.12", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is "+tt.want, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			env := newEnvAs(t, tt.version, tt.action, rec)
			env.AwaitBody(t, `const sns = new AWS.SNS({region: 'us-east-1', accessKeyId: '`+snstest.AccessKey+`', secretAccessKey: '`+snstest.SecretKey+`'});
				const params = {Message: 'x', PhoneNumber: '+14155552345'};
				await new Promise((done) => { `+tt.call+`; });`)
			assert.Equal(t, tt.want, rec.Only(t).Header.Get("User-Agent"))
		})
	}
}

func TestSMSAttributeOperationsSerializeMapsAndLists(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(200, snstest.SetOK).Reply(200, snstest.GetOK).Reply(200, snstest.OptedOutOK)
	env := newEnv(t, "", rec)
	got := env.AwaitBody(t, `const sns = new AWS.SNS({region: 'us-east-1', accessKeyId: '`+snstest.AccessKey+`', secretAccessKey: '`+snstest.SecretKey+`'});
		const set = await sns.setSMSAttributes({attributes: {DefaultSMSType: 'Transactional', DefaultSenderID: 'X'}}).promise();
		const get = await sns.getSMSAttributes({attributes: ['DefaultSMSType']}).promise();
		const out = await sns.checkIfPhoneNumberIsOptedOut({phoneNumber: '+14155552345'}).promise();
		return [set, get, out];`)
	assert.JSONEq(t, `[{"ResponseMetadata":{"RequestId":"26332069-c04a-5428-b829-72524b56a364"}},
		{"ResponseMetadata":{"RequestId":"26332069-c04a-5428-b829-72524b56a364"},"attributes":{"DefaultSenderID":"mySenderID","DefaultSMSType":"Transactional"}},
		{"ResponseMetadata":{"RequestId":"r"},"isOptedOut":true}]`, got)
	all := rec.Requests()
	require.Len(t, all, 3)
	assert.Equal(t, "Action=SetSMSAttributes&Version=2010-03-31&attributes.entry.1.key=DefaultSMSType&attributes.entry.1.value=Transactional&attributes.entry.2.key=DefaultSenderID&attributes.entry.2.value=X", all[0].Body)
	assert.Equal(t, "Action=GetSMSAttributes&Version=2010-03-31&attributes.member.1=DefaultSMSType", all[1].Body)
	assert.Equal(t, "Action=CheckIfPhoneNumberIsOptedOut&Version=2010-03-31&phoneNumber=%2B14155552345", all[2].Body)
	for _, r := range all {
		snstest.Verify(t, r, "")
	}
}
