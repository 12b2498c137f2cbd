package awssdk_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newFakeEnv requires aws-sdk with HTTP going to a fresh fakesns with its
// demo key pair.
func newFakeEnv(t *testing.T) (*modtest.Env, *fakesns.Server) {
	t.Helper()
	fake := fakesns.New(fakesns.Config{})
	env := modtest.New(t, modtest.HandlerTransport(fake))
	env.Require(t, awsModule(), "", "AWS")
	return env, fake
}

// demoClient is the docs' client, with the fake's demo key pair.
const demoClient = `const sns = new AWS.SNS({apiVersion: '2010-03-31', region: 'us-east-1',
	credentials: new AWS.Credentials('` + fakesns.DemoAccessKeyID + `', '` + fakesns.DemoSecretAccessKey + `')});`

func TestTheDocsHookPublishesThroughTheFake(t *testing.T) {
	t.Parallel()
	env, fake := newFakeEnv(t)
	got := env.AwaitBody(t, demoClient+`
		const out = await sns.publish({Message: 'Your code is 123456', PhoneNumber: '+14155552345',
			MessageAttributes: {'AWS.SNS.SMS.SMSType': {DataType: 'String', StringValue: 'Transactional'}}}).promise();
		return typeof out.MessageId === 'string' && typeof out.ResponseMetadata.RequestId === 'string';`)
	assert.Equal(t, "true", got)
	msgs := fake.Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, "+14155552345", msgs[0].PhoneNumber)
	assert.Equal(t, "Your code is 123456", msgs[0].Text)
	assert.Equal(t, "Transactional", msgs[0].SMSType)
	assert.Equal(t, "us-east-1", msgs[0].Region)
}

func TestTheFakesRefusalsReachTheHookAsAWSErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code, want string }{
		{"a wrong secret", `const sns = new AWS.SNS({region: 'us-east-1', accessKeyId: '` + fakesns.DemoAccessKeyID + `', secretAccessKey: 'wrong'});
			await sns.publish({Message: 'x', PhoneNumber: '+14155552345'}).promise();`,
			`["SignatureDoesNotMatch",403,false]`},
		{"an unknown key", `const sns = new AWS.SNS({region: 'us-east-1', accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x'});
			await sns.publish({Message: 'x', PhoneNumber: '+14155552345'}).promise();`,
			`["InvalidClientTokenId",403,false]`},
		{"a number that is not E.164", demoClient + `await sns.publish({Message: 'x', PhoneNumber: '4155552345'}).promise();`,
			`["InvalidParameter",400,false]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env, fake := newFakeEnv(t)
			got := env.AwaitBody(t, `try { `+tt.code+` return 'no error'; } catch (e) { return [e.code, e.statusCode, e.retryable]; }`)
			assert.Equal(t, tt.want, got)
			assert.Empty(t, fake.Messages())
		})
	}
}
