package awssdk_test

import (
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// client builds an SNS client with the test key pair in us-east-1; extra
// is more of the options object.
func client(extra string) string {
	return `const sns = new AWS.SNS({region: 'us-east-1', accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `'` + extra + `});`
}

// caught runs code that must reject and returns errorShape of the error.
func caught(t testing.TB, env *modtest.Env, code string) string {
	t.Helper()
	return env.AwaitBody(t, `try { `+code+` return 'no error'; } catch (e) { return errorShape(e); }`)
}

func TestWhatIsMissingBeforeSendingFailsWithoutARequest(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code, want string }{
		{"no region is a ConfigError",
			`await new AWS.SNS({accessKeyId: 'a', secretAccessKey: 'b'}).publish({Message: 'x'}).promise();`,
			`{"name":"ConfigError","isError":true,"keys":["message","code","time"],"message":"Missing region in config","code":"ConfigError","time":true}`},
		// The originals are copies of the errors, plain objects: aws-sdk
		// copies an error's enumerable fields before it rewrites it.
		{"no credentials anywhere is a CredentialsError",
			`await new AWS.SNS({region: 'us-east-1'}).publish({Message: 'x'}).promise();`,
			`{"name":"CredentialsError","isError":true,"keys":["message","code","time","originalError"],"message":"Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1","code":"CredentialsError","time":true,
			  "originalError":{"isError":false,"keys":["message","code","time","originalError"],"message":"Could not load credentials from any providers","code":"CredentialsError","time":true,
			    "originalError":{"isError":false,"keys":["message","code","time"],"message":"Variable AMAZON_ACCESS_KEY_ID not set.","code":"EnvironmentCredentialsProviderFailure","time":true}}}`},
		{"a missing Message is MissingRequiredParameter",
			client("") + `await sns.publish({PhoneNumber: '+1'}).promise();`,
			`{"name":"MissingRequiredParameter","isError":true,"keys":["message","code","time"],"message":"Missing required key 'Message' in params","code":"MissingRequiredParameter","time":true}`},
		{"two unknown keys are MultipleValidationErrors",
			client("") + `await sns.publish({Message: 'x', Foo: 1, Bar: 2}).promise();`,
			`{"name":"MultipleValidationErrors","isError":true,"keys":["message","code","errors","time"],"message":"There were 2 validation errors:\n* UnexpectedParameter: Unexpected key 'Foo' found in params\n* UnexpectedParameter: Unexpected key 'Bar' found in params","code":"MultipleValidationErrors","time":true,
			  "errors":[{"name":"UnexpectedParameter","isError":true,"keys":["message","code","time"],"message":"Unexpected key 'Foo' found in params","code":"UnexpectedParameter","time":true},
			            {"name":"UnexpectedParameter","isError":true,"keys":["message","code","time"],"message":"Unexpected key 'Bar' found in params","code":"UnexpectedParameter","time":true}]}`},
		{"a message attribute without DataType names its path",
			client("") + `await sns.publish({Message: 'x', MessageAttributes: {a: {StringValue: 'x'}}}).promise();`,
			`{"name":"MissingRequiredParameter","isError":true,"keys":["message","code","time"],"message":"Missing required key 'DataType' in params.MessageAttributes['a']","code":"MissingRequiredParameter","time":true}`},
		{"a number for a string is InvalidParameterType",
			client("") + `await sns.publish({Message: 5}).promise();`,
			`{"name":"InvalidParameterType","isError":true,"keys":["message","code","time"],"message":"Expected params.Message to be a string","code":"InvalidParameterType","time":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			env := newEnv(t, "", rec)
			assert.JSONEq(t, tt.want, caught(t, env, tt.code))
			assert.Empty(t, rec.Requests(), "nothing is sent")
		})
	}
}

func TestAnErrorResponseBecomesTheSDKsError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		replies  []snstest.Reply
		extra    string
		want     string
		requests int
	}{
		{"an invalid number is not retried and keeps its retryDelay",
			[]snstest.Reply{{Status: 400, Body: snstest.ErrorBody("Sender", "InvalidParameter", "Invalid parameter: PhoneNumber Reason: +1234 is not valid to publish to")}}, "",
			`{"name":"InvalidParameter","isError":true,"keys":["message","code","time","requestId","statusCode","retryable","retryDelay"],"message":"Invalid parameter: PhoneNumber Reason: +1234 is not valid to publish to","code":"InvalidParameter","time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":400,"retryable":false,"retryDelay":"number"}`, 1},
		{"a wrong secret is SignatureDoesNotMatch",
			[]snstest.Reply{{Status: 403, Body: snstest.ErrorBody("Sender", "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")}}, "",
			`{"name":"SignatureDoesNotMatch","isError":true,"keys":["message","code","time","requestId","statusCode","retryable","retryDelay"],"message":"The request signature we calculated does not match the signature you provided.","code":"SignatureDoesNotMatch","time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":403,"retryable":false,"retryDelay":"number"}`, 1},
		{"an internal error is retried three times, then has no retryDelay",
			[]snstest.Reply{{Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "An internal service error has occurred.")}, {Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "a")}, {Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "b")}, {Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "c")}},
			`, retryDelayOptions: {base: 0}`,
			`{"name":"InternalError","isError":true,"keys":["message","code","time","requestId","statusCode","retryable"],"message":"c","code":"InternalError","time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":500,"retryable":true}`, 4},
		{"throttling is retried and can then succeed",
			[]snstest.Reply{{Status: 400, Body: snstest.ErrorBody("Sender", "Throttling", "Rate exceeded")}, {Status: 200, Body: snstest.PublishOK}}, `, retryDelayOptions: {base: 0}`,
			`{"ResponseMetadata":{"RequestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0"},"MessageId":"567910cd-659e-55d4-8ccb-5aaf14679dc0"}`, 2},
		{"maxRetries 0 tries once",
			[]snstest.Reply{{Status: 503, Body: snstest.ErrorBody("Receiver", "ServiceUnavailable", "down")}}, `, maxRetries: 0`,
			`{"name":"ServiceUnavailable","isError":true,"keys":["message","code","time","requestId","statusCode","retryable"],"message":"down","code":"ServiceUnavailable","time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":503,"retryable":true}`, 1},
		{"an HTML page without a code has the status as its code and a null message",
			[]snstest.Reply{{Status: 502, Body: "<html>bad gateway</html>"}}, `, maxRetries: 0`,
			`{"name":"502","isError":true,"keys":["message","code","time","requestId","statusCode","retryable"],"message":null,"code":502,"time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":502,"retryable":true}`, 1},
		{"a body that is not XML has the status text as its message",
			[]snstest.Reply{{Status: 400, Body: "Bad things"}}, "",
			`{"name":"400","isError":true,"keys":["message","code","time","requestId","statusCode","retryable","retryDelay"],"message":"Bad Request","code":400,"time":true,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","statusCode":400,"retryable":false,"retryDelay":"number"}`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			for _, r := range tt.replies {
				rec.Reply(r.Status, r.Body)
			}
			env := newEnv(t, "", rec)
			got := env.AwaitBody(t, client(tt.extra)+`try { return await sns.publish({Message: 'x', PhoneNumber: '+1234'}).promise(); } catch (e) { return errorShape(e); }`)
			assert.JSONEq(t, tt.want, got)
			assert.Len(t, rec.Requests(), tt.requests)
		})
	}
}

func TestCustomBackoffSetsEachRetrysDelay(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(500, snstest.ErrorBody("Receiver", "InternalError", "x")).Reply(429, snstest.ErrorBody("Sender", "TooManyRequests", "y"))
	env := newEnv(t, "", rec)
	got := env.AwaitBody(t, `const seen = [];
		`+client(`, maxRetries: 5, retryDelayOptions: {customBackoff: (n, err) => { seen.push([n, err.code]); return n; }}`)+`
		const out = await sns.publish({Message: 'x'}).promise();
		return {seen, retries: out.$response.retryCount, id: out.MessageId};`)
	assert.JSONEq(t, `{"seen":[[0,"InternalError"],[1,"TooManyRequests"]],"retries":2,"id":"567910cd-659e-55d4-8ccb-5aaf14679dc0"}`, got)
	assert.Len(t, rec.Requests(), 3)
}

func TestAFailedExchangeIsRetriedAndNamedAsTheReleaseNamesIt(t *testing.T) {
	t.Parallel()
	tests := []struct{ version, want string }{
		{"2.1693.0", `{"name":"UnknownEndpoint","code":"UnknownEndpoint","retryable":true,"message":"Inaccessible host: ` + "`sns.us-east-1.amazonaws.com' at port `undefined'" + `. This service may not be available in the ` + "`us-east-1'" + ` region.","original":"NetworkingError"}`},
		{"2.662.0", `{"name":"NetworkingError","code":"NetworkingError","retryable":true,"message":"getaddrinfo ENOTFOUND sns.us-east-1.amazonaws.com","original":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.version+" gives "+tt.want[9:24], func(t *testing.T) {
			t.Parallel()
			blocked := &modtest.Counted{Next: modtest.NoDNS}
			env := modtest.New(t, blocked)
			env.Require(t, awsModule(), tt.version, "AWS")
			got := env.AwaitBody(t, client(`, retryDelayOptions: {base: 0}`)+`
				try { await sns.publish({Message: 'x'}).promise(); } catch (e) {
					return {name: e.name, code: e.code, retryable: e.retryable, message: e.message, original: e.originalError ? e.originalError.code : null}; }`)
			assert.JSONEq(t, tt.want, got)
			assert.Equal(t, 4, blocked.Calls(), "the first try and three retries")
		})
	}
}

func TestCallbacksGetErrOrDataWithTheResponseAsThis(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(200, snstest.PublishOK).Reply(400, snstest.ErrorBody("Sender", "InvalidParameter", "bad"))
	env := newEnv(t, "", rec)
	got := env.AwaitBody(t, client("")+`
		const ok = await new Promise((resolve) => sns.publish({Message: 'x'}, function (err, data) { resolve([err, data.MessageId, this.retryCount, this.data === data]); }));
		const bad = await new Promise((resolve) => sns.publish({Message: 'x'}, function (err, data) { resolve([err.code, data, this.error === err]); }));
		return [ok, bad];`)
	assert.JSONEq(t, `[[null,"567910cd-659e-55d4-8ccb-5aaf14679dc0",0,true],["InvalidParameter",null,true]]`, got)
}

func TestAValidationErrorCallsBackBeforePublishReturns(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "", &snstest.Recorder{})
	got := env.AwaitBody(t, client("")+`const order = [];
		sns.publish({PhoneNumber: '+1'}, (err) => order.push(err.code));
		order.push('after');
		return order;`)
	assert.Equal(t, `["MissingRequiredParameter","after"]`, got)
}

func TestAThrowInTheCallbackIsUncaught(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "", &snstest.Recorder{})
	_, err := env.RT.RunString(client("") + `sns.publish({Message: 'x'}, () => { throw new Error('boom in callback'); });`)
	require.NoError(t, err)
	_, err = env.Await(`1`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "boom in callback")
}

func TestCorrectClockSkewRetriesASkewedSignatureWithTheServersClock(t *testing.T) {
	t.Parallel()
	ahead := time.Now().Add(2 * time.Hour)
	rec := (&snstest.Recorder{}).ReplyDated(403, snstest.ErrorBody("Sender", "SignatureDoesNotMatch", "The request signature we calculated does not match"), ahead)
	env := newEnv(t, "", rec)
	got := env.AwaitBody(t, client(`, correctClockSkew: true, retryDelayOptions: {base: 0}`)+`
		const out = await sns.publish({Message: 'x'}).promise();
		return out.$response.retryCount;`)
	assert.Equal(t, "1", got)
	all := rec.Requests()
	require.Len(t, all, 2)
	signedAt, err := time.Parse("20060102T150405Z", all[1].Header.Get("X-Amz-Date"))
	require.NoError(t, err)
	assert.WithinDuration(t, ahead, signedAt, 10*time.Minute, "the retry is signed by the server's clock")
}

func TestWithoutCorrectClockSkewOnlyAnExpiredSignatureIsRetried(t *testing.T) {
	t.Parallel()
	tests := []struct {
		message  string
		requests int
	}{
		{"The request signature we calculated does not match", 1},
		// lib/event_listeners.js EXPIRED_SIGNATURE: a code with "Signature"
		// and a message with "expired" is retried, with the same clock.
		{"Signature expired: 20240102T030405Z is now earlier than 20261207T062735Z", 4},
	}
	for _, tt := range tests {
		t.Run(tt.message, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			for i := 0; i < 4; i++ {
				rec.ReplyDated(403, snstest.ErrorBody("Sender", "SignatureDoesNotMatch", tt.message), time.Now().Add(2*time.Hour))
			}
			env := newEnv(t, "", rec)
			got := env.AwaitBody(t, client(`, retryDelayOptions: {base: 0}`)+`try { await sns.publish({Message: 'x'}).promise(); } catch (e) { return e.code; }`)
			assert.Equal(t, `"SignatureDoesNotMatch"`, got)
			assert.Len(t, rec.Requests(), tt.requests)
		})
	}
}
