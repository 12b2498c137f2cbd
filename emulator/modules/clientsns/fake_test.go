package clientsns_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnActionPublishesThroughTheFakeAndSeesItsErrors(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	env := modtest.New(t, modtest.HandlerTransport(fake))
	env.SetAction(true)
	env.Require(t, clientsns.Module(), "", "sns")
	got := env.AwaitBody(t, `const creds = {accessKeyId: '`+fakesns.DemoAccessKeyID+`', secretAccessKey: '`+fakesns.DemoSecretAccessKey+`'};
		const client = new sns.SNSClient({region: 'eu-west-1', credentials: creds});
		const out = await client.send(new sns.PublishCommand({Message: 'Your code is 123456', PhoneNumber: '+447700900123'}));
		let bad;
		try { await client.send(new sns.PublishCommand({Message: 'x', PhoneNumber: '07700900123'})); } catch (e) { bad = [e.name, e.$fault, e.$metadata.httpStatusCode]; }
		let wrong;
		try { await new sns.SNSClient({region: 'eu-west-1', credentials: {...creds, secretAccessKey: 'nope'}}).send(new sns.PublishCommand({Message: 'x', PhoneNumber: '+447700900123'})); }
		catch (e) { wrong = [e.name, e.constructor.name, e.$metadata.attempts]; }
		return [typeof out.MessageId, out.$metadata.httpStatusCode, bad, wrong];`)
	assert.Equal(t, `["string",200,["InvalidParameterException","client",400],["SignatureDoesNotMatch","SNSServiceException",1]]`, got)
	msgs := fake.Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, "+447700900123", msgs[0].PhoneNumber)
	assert.Equal(t, "eu-west-1", msgs[0].Region)
}
