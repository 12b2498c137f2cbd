package sigv4_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/sigv4"
)

var signedAt = time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC)

const (
	demoKey    = "AKIAIOSFODNN7EXAMPLE"
	demoSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	tempKey    = "ASIAIOSFODNN7EXAMPLE"
	tempToken  = "FwoGZXIvYXdzEXAMPLETOKEN"
	formBody   = "Action=Publish&Message=hello&PhoneNumber=%2B14155550100&Version=2010-03-31"
)

// publish is a Publish request as an SDK sends it, signed with creds at t
// for region.
func publish(t *testing.T, creds sigv4.Credentials, region string, at time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "https://sns."+region+".amazonaws.com/", strings.NewReader(formBody))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	req.Header.Set("User-Agent", "aws-sdk-nodejs/2.1692.0")
	require.NoError(t, sigv4.Signer{Service: "sns", Region: region}.Sign(req, []byte(formBody), creds, at))
	return req
}

func verifier() sigv4.Verifier {
	keys := map[string]sigv4.Credentials{
		demoKey: {AccessKeyID: demoKey, SecretAccessKey: demoSecret},
		tempKey: {AccessKeyID: tempKey, SecretAccessKey: demoSecret, SessionToken: tempToken},
	}
	return sigv4.Verifier{
		Service: "sns",
		Lookup: func(id string) (sigv4.Credentials, bool) {
			c, ok := keys[id]
			return c, ok
		},
		Regions: func(region string) bool { return region == "us-east-1" || region == "eu-west-1" },
		Now:     func() time.Time { return signedAt.Add(2 * time.Minute) },
	}
}

func demo() sigv4.Credentials {
	return sigv4.Credentials{AccessKeyID: demoKey, SecretAccessKey: demoSecret}
}

func TestASignedRequestVerifies(t *testing.T) {
	t.Parallel()
	req := publish(t, demo(), "us-east-1", signedAt)
	got, err := verifier().Verify(req, req.URL.Path, []byte(formBody))
	require.NoError(t, err)
	assert.Equal(t, demoKey, got.AccessKeyID)
	assert.Equal(t, sigv4.Scope{Date: "20260314", Region: "us-east-1", Service: "sns"}, got.Scope)
	assert.Equal(t, signedAt, got.Time)
	assert.Equal(t, []string{"content-type", "host", "x-amz-date"}, got.SignedHeaders, "the User-Agent is not signed")
}

func TestSessionCredentialsSignTheirToken(t *testing.T) {
	t.Parallel()
	req := publish(t, sigv4.Credentials{AccessKeyID: tempKey, SecretAccessKey: demoSecret, SessionToken: tempToken}, "eu-west-1", signedAt)
	assert.Equal(t, tempToken, req.Header.Get("X-Amz-Security-Token"))
	assert.Contains(t, req.Header.Get("Authorization"), "x-amz-security-token")
	got, err := verifier().Verify(req, req.URL.Path, []byte(formBody))
	require.NoError(t, err)
	assert.Equal(t, tempToken, got.SessionToken)
}

func TestVerificationFailsAsAWSAnswers(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		request func(t *testing.T) *http.Request
		body    string
		code    string
		status  int
		message string
	}{
		{"a request without Authorization is missing its token", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Del("Authorization")
			return req
		}, formBody, "MissingAuthenticationToken", 403, "Request is missing Authentication Token"},
		{"a wrong secret does not match", func(t *testing.T) *http.Request {
			return publish(t, sigv4.Credentials{AccessKeyID: demoKey, SecretAccessKey: "not-the-secret"}, "us-east-1", signedAt)
		}, formBody, "SignatureDoesNotMatch", 403, "The request signature we calculated does not match"},
		{"an unknown access key is an invalid token", func(t *testing.T) *http.Request {
			return publish(t, sigv4.Credentials{AccessKeyID: "AKIAUNKNOWN", SecretAccessKey: demoSecret}, "us-east-1", signedAt)
		}, formBody, "InvalidClientTokenId", 403, "The security token included in the request is invalid."},
		{"temporary credentials without their token are an invalid token", func(t *testing.T) *http.Request {
			return publish(t, sigv4.Credentials{AccessKeyID: tempKey, SecretAccessKey: demoSecret}, "us-east-1", signedAt)
		}, formBody, "InvalidClientTokenId", 403, "security token"},
		{"a token on long-term credentials is an invalid token", func(t *testing.T) *http.Request {
			return publish(t, sigv4.Credentials{AccessKeyID: demoKey, SecretAccessKey: demoSecret, SessionToken: "x"}, "us-east-1", signedAt)
		}, formBody, "InvalidClientTokenId", 403, "security token"},
		{"a changed body does not match", func(t *testing.T) *http.Request {
			return publish(t, demo(), "us-east-1", signedAt)
		}, strings.Replace(formBody, "hello", "hellO", 1), "SignatureDoesNotMatch", 403, "does not match"},
		{"a changed signed header does not match", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Content-Type", "text/plain")
			return req
		}, formBody, "SignatureDoesNotMatch", 403, "does not match"},
		{"a region the service does not serve is refused", func(t *testing.T) *http.Request {
			return publish(t, demo(), "mars-north-1", signedAt)
		}, formBody, "SignatureDoesNotMatch", 403, "Credential should be scoped to a valid region, not 'mars-north-1'."},
		{"a scope for another service is refused", func(t *testing.T) *http.Request {
			req, err := http.NewRequest(http.MethodPost, "https://sns.us-east-1.amazonaws.com/", strings.NewReader(formBody))
			require.NoError(t, err)
			require.NoError(t, sigv4.Signer{Service: "sqs", Region: "us-east-1"}.Sign(req, []byte(formBody), demo(), signedAt))
			return req
		}, formBody, "SignatureDoesNotMatch", 403, "Credential should be scoped to correct service: 'sns'."},
		{"a request signed 16 minutes ago has expired", func(t *testing.T) *http.Request {
			return publish(t, demo(), "us-east-1", signedAt.Add(-14*time.Minute))
		}, formBody, "SignatureDoesNotMatch", 403,
			"Signature expired: 20260314T145526Z is now earlier than 20260314T145626Z (20260314T151126Z - 15 min.)"},
		{"a request signed 16 minutes ahead is not yet current", func(t *testing.T) *http.Request {
			return publish(t, demo(), "us-east-1", signedAt.Add(18*time.Minute))
		}, formBody, "SignatureDoesNotMatch", 403,
			"Signature not yet current: 20260314T152726Z is still later than 20260314T152626Z (20260314T151126Z + 15 min.)"},
		{"a scope dated another day is refused", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "/20260314/", "/20260313/", 1))
			return req
		}, formBody, "SignatureDoesNotMatch", 403, "Date in Credential scope does not match YYYYMMDD"},
		{"a wrong terminator is refused", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "aws4_request", "aws5_request", 1))
			return req
		}, formBody, "SignatureDoesNotMatch", 403, "valid terminator"},
		{"an Authorization without Signature is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			auth := req.Header.Get("Authorization")
			req.Header.Set("Authorization", auth[:strings.Index(auth, ", Signature=")])
			return req
		}, formBody, "IncompleteSignature", 400, "Authorization header requires 'Signature' parameter."},
		{"a Credential with four parts is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "/aws4_request", "", 1))
			return req
		}, formBody, "IncompleteSignature", 400, "Credential must have exactly 5 slash-delimited elements"},
		{"another algorithm is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Authorization", "AWS "+demoKey+":c2lnbmF0dXJl")
			return req
		}, formBody, "IncompleteSignature", 400, "Unsupported AWS 'algorithm'"},
		{"a request without a date is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Del("X-Amz-Date")
			return req
		}, formBody, "IncompleteSignature", 400, "either a 'X-Amz-Date' or a 'Date' header"},
		{"a date not in basic ISO 8601 is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("X-Amz-Date", "2026-03-14T15:09:26Z")
			return req
		}, formBody, "IncompleteSignature", 400, "Date must be in ISO-8601 'basic format'"},
		{"a signature that leaves out host is incomplete", func(t *testing.T) *http.Request {
			req := publish(t, demo(), "us-east-1", signedAt)
			req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), ";host;", ";", 1))
			return req
		}, formBody, "IncompleteSignature", 400, "'Host' or ':authority' must be a 'SignedHeader'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			req := c.request(t)
			_, err := verifier().Verify(req, req.URL.Path, []byte(c.body))
			var aerr *sigv4.Error
			require.True(t, errors.As(err, &aerr), "want an *Error, got %v", err)
			assert.Equal(t, c.code, aerr.Code)
			assert.Equal(t, c.status, aerr.Status)
			assert.Contains(t, aerr.Message, c.message)
			assert.Equal(t, c.message == "The request signature we calculated does not match" || c.message == "does not match",
				sigv4.IsSignatureMismatch(err), "only a differing signature is a mismatch of the signature alone")
		})
	}
}

func TestTheSignatureOfAnotherHostDoesNotMatch(t *testing.T) {
	t.Parallel()
	req := publish(t, demo(), "us-east-1", signedAt)
	req.Host = "sns.eu-west-1.amazonaws.com"
	_, err := verifier().Verify(req, req.URL.Path, []byte(formBody))
	var aerr *sigv4.Error
	require.ErrorAs(t, err, &aerr)
	assert.Equal(t, "SignatureDoesNotMatch", aerr.Code)
}

func TestTheSignedPathCanDifferFromTheServedOne(t *testing.T) {
	t.Parallel()
	req := publish(t, demo(), "us-east-1", signedAt)
	req.URL.Path = "/sns/" // as a server that mounts the fake under a prefix sees it
	_, err := verifier().Verify(req, "/", []byte(formBody))
	assert.NoError(t, err)
}

func TestSigningNeedsAKeyPairAndAHost(t *testing.T) {
	t.Parallel()
	req, err := http.NewRequest(http.MethodPost, "https://sns.us-east-1.amazonaws.com/", nil)
	require.NoError(t, err)
	err = sigv4.Signer{Service: "sns", Region: "us-east-1"}.Sign(req, nil, sigv4.Credentials{AccessKeyID: demoKey}, signedAt)
	assert.ErrorContains(t, err, "secret access key")
	req.Host, req.URL.Host = "", ""
	err = sigv4.Signer{Service: "sns", Region: "us-east-1"}.Sign(req, nil, demo(), signedAt)
	assert.ErrorContains(t, err, "no host")
}

func TestAHostileQueryIsRefusedNotRead(t *testing.T) {
	t.Parallel()
	req := publish(t, demo(), "us-east-1", signedAt)
	req.URL.RawQuery = strings.Repeat("a=b&", sigv4.MaxQueryParams+1)
	_, err := verifier().Verify(req, req.URL.Path, []byte(formBody))
	var aerr *sigv4.Error
	require.ErrorAs(t, err, &aerr)
	assert.Equal(t, "IncompleteSignature", aerr.Code)
}

func TestErrorsEchoHostileInputClipped(t *testing.T) {
	t.Parallel()
	req := publish(t, demo(), "us-east-1", signedAt)
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential="+strings.Repeat("x", 4000)+", SignedHeaders=host, Signature=ab")
	_, err := verifier().Verify(req, req.URL.Path, []byte(formBody))
	var aerr *sigv4.Error
	require.ErrorAs(t, err, &aerr)
	assert.Less(t, len(aerr.Message), 600)
}

func FuzzVerifyNeverPanics(f *testing.F) {
	f.Add("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260314/us-east-1/sns/aws4_request, SignedHeaders=host;x-amz-date, Signature=00",
		"20260314T150926Z", "a=b&c", "/x/../y")
	f.Add("AWS4-HMAC-SHA256 ,,,==, Credential=////", "2026", "%zz", "//")
	f.Fuzz(func(t *testing.T, authorization, amzDate, query, path string) {
		req, err := http.NewRequest(http.MethodPost, "https://sns.us-east-1.amazonaws.com/", strings.NewReader(formBody))
		require.NoError(t, err)
		req.Header.Set("Authorization", authorization)
		req.Header.Set("X-Amz-Date", amzDate)
		req.URL.RawQuery = query
		_, err = verifier().Verify(req, path, []byte(formBody))
		var aerr *sigv4.Error
		require.ErrorAs(t, err, &aerr, "a forged request never verifies")
		require.NotEmpty(t, aerr.Code)
	})
}

func TestAnyKeyChecksAllButTheSignature(t *testing.T) {
	t.Parallel()
	v := verifier()
	v.Lookup, v.AnyKey = nil, true
	req := publish(t, sigv4.Credentials{AccessKeyID: "AKIAREALKEY", SecretAccessKey: "only-aws-knows"}, "us-east-1", signedAt)
	got, err := v.Verify(req, req.URL.Path, []byte(formBody))
	require.NoError(t, err)
	assert.Equal(t, "AKIAREALKEY", got.AccessKeyID)

	late := publish(t, demo(), "us-east-1", signedAt.Add(-time.Hour))
	_, err = v.Verify(late, late.URL.Path, []byte(formBody))
	var aerr *sigv4.Error
	require.ErrorAs(t, err, &aerr)
	assert.Contains(t, aerr.Message, "Signature expired")
}
