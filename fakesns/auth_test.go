package fakesns_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/internal/sigv4"
)

func TestSignaturesAreVerifiedAsAWSVerifiesThem(t *testing.T) {
	t.Parallel()
	form := publish("+14155550100", "hi")
	cases := []struct {
		name    string
		cfg     fakesns.Config
		call    call
		strip   bool // send without Authorization
		status  int
		code    string
		message string
	}{
		{name: "a wrong secret does not match", call: call{form: form, creds: sigv4.Credentials{AccessKeyID: fakesns.DemoAccessKeyID, SecretAccessKey: "wrong"}},
			status: 403, code: "SignatureDoesNotMatch", message: "The request signature we calculated does not match the signature you provided."},
		{name: "an unknown access key is an invalid token", call: call{form: form, creds: sigv4.Credentials{AccessKeyID: "AKIAI44QH8DHBEXAMPLE", SecretAccessKey: fakesns.DemoSecretAccessKey}},
			status: 403, code: "InvalidClientTokenId", message: "The security token included in the request is invalid."},
		{name: "the demo key is refused once other keys are configured",
			cfg:  fakesns.Config{Credentials: []fakesns.Credential{{AccessKeyID: "AKIAOTHER", SecretAccessKey: "other"}}},
			call: call{form: form}, status: 403, code: "InvalidClientTokenId"},
		{name: "an unsigned request is missing its token", call: call{form: form}, strip: true,
			status: 403, code: "MissingAuthenticationToken", message: "Request is missing Authentication Token"},
		{name: "a signature for another region than the host's does not match",
			call:   call{form: form, region: "eu-west-1", host: "sns.us-east-1.amazonaws.com"},
			status: 403, code: "SignatureDoesNotMatch", message: "Credential should be scoped to a valid region, not 'eu-west-1'."},
		{name: "a region the account does not use is refused", cfg: fakesns.Config{Regions: []string{"us-east-1"}},
			call: call{form: form, region: "ap-southeast-2"}, status: 403, code: "SignatureDoesNotMatch", message: "not 'ap-southeast-2'"},
		{name: "a made-up region is refused", call: call{form: form, region: "moon-base-1"},
			status: 403, code: "SignatureDoesNotMatch", message: "not 'moon-base-1'"},
		{name: "a request signed 20 minutes ago has expired", call: call{form: form, at: time.Now().Add(-20 * time.Minute)},
			status: 403, code: "SignatureDoesNotMatch", message: "Signature expired:"},
		{name: "temporary credentials without their token are invalid",
			cfg:  fakesns.Config{Credentials: []fakesns.Credential{{AccessKeyID: "ASIATEMP", SecretAccessKey: "s", SessionToken: "tok"}}},
			call: call{form: form, creds: sigv4.Credentials{AccessKeyID: "ASIATEMP", SecretAccessKey: "s"}}, status: 403, code: "InvalidClientTokenId"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			fake := fakesns.New(c.cfg)
			req := c.call.request(t)
			if c.strip {
				req.Header.Del("Authorization")
			}
			rec := httptest.NewRecorder()
			fake.ServeHTTP(rec, req)
			require.Equal(t, c.status, rec.Code, rec.Body.String())
			e := decodeError(t, rec.Body.Bytes())
			assert.Equal(t, c.code, e.Code)
			assert.Contains(t, e.Message, c.message)
			assert.Empty(t, fake.Messages())
		})
	}
}

func TestConfiguredKeysAndSessionTokensAreAccepted(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{Credentials: []fakesns.Credential{
		{AccessKeyID: "AKIAPROD", SecretAccessKey: "prod-secret"},
		{AccessKeyID: "ASIATEMP", SecretAccessKey: "temp-secret", SessionToken: "session-token"},
	}})
	for _, creds := range []sigv4.Credentials{
		{AccessKeyID: "AKIAPROD", SecretAccessKey: "prod-secret"},
		{AccessKeyID: "ASIATEMP", SecretAccessKey: "temp-secret", SessionToken: "session-token"},
	} {
		rec := do(t, fake, call{creds: creds, form: publish("+14155550100", "hi")})
		assert.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	}
	assert.Len(t, fake.Messages(), 2)
}

func TestAnyKeyAcceptsKeysOnlyTheRealSNSKnows(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{AnyKey: true})
	rec := do(t, fake, call{creds: sigv4.Credentials{AccessKeyID: "AKIAREAL", SecretAccessKey: "real"}, form: publish("+14155550100", "hi")})
	assert.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	rec = do(t, fake, call{form: publish("+14155550100", "hi"), at: time.Now().Add(time.Hour)})
	assert.Equal(t, http.StatusForbidden, rec.Code, "the clock is still checked")
}

func TestAFakeServedUnderAPrefixVerifiesThePathTheClientSigned(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	srv := httptest.NewServer(http.StripPrefix("/sns", fake))
	t.Cleanup(srv.Close)

	body := publish("+14155550100", "hi").Encode()
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/sns/", strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	require.NoError(t, sigv4.Signer{Service: "sns", Region: "us-east-1"}.Sign(req, []byte(body), demo, time.Now()))
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	t.Cleanup(func() { _ = resp.Body.Close() })
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "us-east-1", fake.Messages()[0].Region, "without a region in the host, the scope's is taken")
}

func TestARequestSignedForServesPrefixVerifiesWithoutIt(t *testing.T) {
	t.Parallel()
	// serve answers SNS under /sns/ and gives the fake the path without
	// it, RequestURI included; the client signed /sns/.
	body := publish("+14155550100", "hi").Encode()
	req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8025/sns/", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	require.NoError(t, sigv4.Signer{Service: "sns", Region: "us-east-1"}.Sign(req, []byte(body), demo, time.Now()))
	req.URL.Path, req.RequestURI = "/", "/"
	rec := httptest.NewRecorder()
	fakesns.New(fakesns.Config{}).ServeHTTP(rec, req)
	assert.Equal(t, http.StatusOK, rec.Code, rec.Body.String())

	wrong := call{form: publish("+14155550100", "hi"), creds: sigv4.Credentials{AccessKeyID: fakesns.DemoAccessKeyID, SecretAccessKey: "wrong"}}
	rec = do(t, fakesns.New(fakesns.Config{}), wrong)
	assert.Equal(t, http.StatusForbidden, rec.Code, "a wrong secret still fails under either path")
}

func TestRequestsOutsideTheQueryAPIAreRefused(t *testing.T) {
	t.Parallel()
	t.Run("a body that is not a form is refused", func(t *testing.T) {
		t.Parallel()
		req := call{form: publish("+14155550100", "hi")}.request(t)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		fakesns.New(fakesns.Config{}).ServeHTTP(rec, req)
		assert.Equal(t, http.StatusBadRequest, rec.Code)
	})
	t.Run("a PUT is refused", func(t *testing.T) {
		t.Parallel()
		rec := do(t, fakesns.New(fakesns.Config{}), call{method: http.MethodPut, form: publish("+14155550100", "hi")})
		assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	})
	t.Run("a body over 1 MiB is refused unread", func(t *testing.T) {
		t.Parallel()
		fake := fakesns.New(fakesns.Config{})
		rec := do(t, fake, call{form: publish("+14155550100", strings.Repeat("x", 1<<20))})
		assert.Equal(t, http.StatusRequestEntityTooLarge, rec.Code)
		assert.Empty(t, fake.Journal().Entries()[0].Body)
	})
}
