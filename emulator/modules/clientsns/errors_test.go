package clientsns_test

import (
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shape describes an error the way tests compare them.
const shape = `const shape = (e) => ({name: e.name, ctor: e.constructor.name, message: e.message, keys: Object.keys(e),
	fault: e.$fault, metadata: e.$metadata, code: e.Code, error: e.Error, sns: e instanceof sns.SNSServiceException, isError: e instanceof Error,
	response: e.$response ? e.$response.status : null, tryNextLink: e.tryNextLink});`

func TestErrorAnswersRejectWithTheModeledExceptions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		replies  []snstest.Reply
		want     string
		requests int
	}{
		{"InvalidParameter is an InvalidParameterException, not retried",
			[]snstest.Reply{{Status: 400, Body: snstest.ErrorBody("Sender", "InvalidParameter", "Invalid parameter: PhoneNumber")}},
			`{"name":"InvalidParameterException","ctor":"InvalidParameterException","message":"Invalid parameter: PhoneNumber",
			  "keys":["$fault","$retryable","$metadata","name","message","Type","Code","Error","RequestId","xmlns"],"fault":"client",
			  "metadata":{"httpStatusCode":400,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":1,"totalRetryDelay":0},
			  "code":"InvalidParameter","error":{"Type":"Sender","Code":"InvalidParameter","Message":"Invalid parameter: PhoneNumber"},"sns":true,"isError":true,"response":400}`, 1},
		{"an unmodeled code is an SNSServiceException named after it",
			[]snstest.Reply{{Status: 403, Body: snstest.ErrorBody("Sender", "SignatureDoesNotMatch", "The request signature we calculated does not match.")}},
			`{"name":"SignatureDoesNotMatch","ctor":"SNSServiceException","message":"The request signature we calculated does not match.",
			  "keys":["$fault","$retryable","$metadata","name","Type","Code","message","Error"],"fault":"client",
			  "metadata":{"httpStatusCode":403,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":1,"totalRetryDelay":0},
			  "code":"SignatureDoesNotMatch","error":{"Type":"Sender","Code":"SignatureDoesNotMatch","Message":"The request signature we calculated does not match."},"sns":true,"isError":true,"response":403}`, 1},
		{"InternalError is retried until the third attempt",
			[]snstest.Reply{{Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "a")}, {Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "b")}, {Status: 500, Body: snstest.ErrorBody("Receiver", "InternalError", "c")}},
			`{"name":"InternalErrorException","ctor":"InternalErrorException","message":"c",
			  "keys":["$fault","$retryable","$metadata","name","message","Type","Code","Error","RequestId","xmlns"],"fault":"server",
			  "metadata":{"httpStatusCode":500,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":3,"totalRetryDelay":"number"},
			  "code":"InternalError","error":{"Type":"Receiver","Code":"InternalError","Message":"c"},"sns":true,"isError":true,"response":500}`, 3},
		{"a page without a code is Unknown",
			[]snstest.Reply{{Status: 502, Body: "<html>bad gateway</html>"}, {Status: 502, Body: "<html>bad gateway</html>"}, {Status: 502, Body: "<html>bad gateway</html>"}},
			`{"name":"Unknown","ctor":"SNSServiceException","message":"Unknown","keys":["$fault","$retryable","$metadata","name","message","Error"],"fault":"server",
			  "metadata":{"httpStatusCode":502,"requestId":"d74b8436-ae13-5ab4-a9ff-ce54dfea72a0","attempts":3,"totalRetryDelay":"number"},
			  "error":{"Message":"Unknown"},"sns":true,"isError":true,"response":502}`, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			for _, r := range tt.replies {
				rec.Reply(r.Status, r.Body)
			}
			env := newEnv(t, nil, rec)
			got := env.AwaitBody(t, client+shape+`
				try { await client.send(new sns.PublishCommand({Message: 'x', PhoneNumber: '+1234'})); return 'no error'; } catch (e) {
					const s = shape(e); if (s.metadata.attempts > 1) s.metadata.totalRetryDelay = typeof s.metadata.totalRetryDelay; return s; }`)
			assert.JSONEq(t, tt.want, got)
			all := rec.Requests()
			require.Len(t, all, tt.requests)
			for i, r := range all {
				assert.Equal(t, "attempt="+string(rune('1'+i))+"; max=3", r.Header.Get("Amz-Sdk-Request"))
				assert.Equal(t, all[0].Header.Get("Amz-Sdk-Invocation-Id"), r.Header.Get("Amz-Sdk-Invocation-Id"), "one invocation id for every attempt")
			}
		})
	}
}

func TestThrottlingIsRetriedAndTheRetryCounts(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(400, snstest.ErrorBody("Sender", "Throttling", "Rate exceeded"))
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, client+`const out = await client.send(new sns.PublishCommand({Message: 'x'}), {});
		return [out.MessageId, out.$metadata.attempts, out.$metadata.totalRetryDelay >= 0, out.$metadata.totalRetryDelay < 500];`)
	assert.Equal(t, `["567910cd-659e-55d4-8ccb-5aaf14679dc0",2,true,true]`, got)
	assert.Len(t, rec.Requests(), 2)
}

func TestMaxAttemptsBoundsTheTries(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).Reply(503, snstest.ErrorBody("Receiver", "ServiceUnavailable", "down"))
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, `const client = new sns.SNSClient({region: 'us-east-1', maxAttempts: 1, credentials: {accessKeyId: '`+snstest.AccessKey+`', secretAccessKey: '`+snstest.SecretKey+`'}});
		try { await client.send(new sns.PublishCommand({Message: 'x'})); } catch (e) { return [e.name, e.$metadata.attempts]; }`)
	assert.Equal(t, `["ServiceUnavailable",1]`, got)
	assert.Equal(t, "attempt=1; max=1", rec.Only(t).Header.Get("Amz-Sdk-Request"))
}

func TestWhatIsMissingRejectsBeforeSending(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code, want string }{
		{"no region", `new sns.SNSClient({credentials: {accessKeyId: 'a', secretAccessKey: 'b'}})`,
			`{"name":"Error","ctor":"Error","message":"Region is missing","keys":[],"sns":false,"isError":true,"response":null}`},
		{"no credentials", `new sns.SNSClient({region: 'us-east-1'})`,
			`{"name":"CredentialsProviderError","ctor":"Error","message":"Could not load credentials from any providers","keys":["name","tryNextLink"],"sns":false,"isError":true,"response":null,"tryNextLink":false}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			env := newEnv(t, nil, rec)
			got := env.AwaitBody(t, shape+`try { await `+tt.code+`.send(new sns.PublishCommand({Message: 'x'})); return 'no error'; } catch (e) { return shape(e); }`)
			assert.JSONEq(t, tt.want, got)
			assert.Empty(t, rec.Requests())
		})
	}
}

func TestAFailedLookupIsRetriedAndRejectsWithNodesError(t *testing.T) {
	t.Parallel()
	blocked := &modtest.Counted{Next: modtest.NoDNS}
	env := modtest.New(t, blocked)
	env.SetAction(true)
	env.Require(t, clientsns.Module(), "", "sns")
	got := env.AwaitBody(t, client+`try { await client.send(new sns.PublishCommand({Message: 'x'})); } catch (e) {
		return {name: e.name, message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, attempts: e.$metadata.attempts}; }`)
	assert.JSONEq(t, `{"name":"Error","message":"getaddrinfo ENOTFOUND sns.us-east-1.amazonaws.com","code":"ENOTFOUND","errno":-3008,"syscall":"getaddrinfo","attempts":3}`, got)
	assert.Equal(t, 3, blocked.Calls())
}

func TestTheExceptionClassesAreExported(t *testing.T) {
	t.Parallel()
	env := newEnv(t, nil, &snstest.Recorder{})
	got := env.AwaitBody(t, `const e = new sns.InvalidParameterException({message: 'm', $metadata: {}});
		return [e instanceof sns.SNSServiceException, e.name, e.message, e.$fault, typeof sns.ThrottledException, typeof sns.OptedOutException];`)
	assert.Equal(t, `[true,"InvalidParameterException","m","client","function","function"]`, got)
}

func TestAnErrorFromAServerWhoseClockIsFarOffIsRetriedWithItsClock(t *testing.T) {
	t.Parallel()
	ahead := time.Now().Add(2 * time.Hour)
	rec := (&snstest.Recorder{}).ReplyDated(403, snstest.ErrorBody("Sender", "SignatureDoesNotMatch", "Signature expired"), ahead)
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, client+`const out = await client.send(new sns.PublishCommand({Message: 'x'}));
		return [out.$metadata.attempts, client.config.systemClockOffset > 7000000];`)
	assert.Equal(t, `[2,true]`, got)
	all := rec.Requests()
	require.Len(t, all, 2)
	signedAt, err := time.Parse("20060102T150405Z", all[1].Header.Get("X-Amz-Date"))
	require.NoError(t, err)
	assert.WithinDuration(t, ahead, signedAt, 10*time.Minute, "the retry is signed by the server's clock")
}

func TestAServerWhoseClockAgreesChangesNothing(t *testing.T) {
	t.Parallel()
	rec := (&snstest.Recorder{}).ReplyDated(403, snstest.ErrorBody("Sender", "SignatureDoesNotMatch", "wrong secret"), time.Now())
	env := newEnv(t, nil, rec)
	got := env.AwaitBody(t, client+`try { await client.send(new sns.PublishCommand({Message: 'x'})); } catch (e) {
		return [e.name, e.$metadata.attempts, e.$metadata.clockSkewCorrected === undefined]; }`)
	assert.Equal(t, `["SignatureDoesNotMatch",1,true]`, got)
}
