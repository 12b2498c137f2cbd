package fakesns_test

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/internal/sigv4"
)

var demo = sigv4.Credentials{AccessKeyID: fakesns.DemoAccessKeyID, SecretAccessKey: fakesns.DemoSecretAccessKey}

// call is one Query API request as an SDK sends it.
type call struct {
	region string // of the host and the signature
	host   string // overrides the host
	creds  sigv4.Credentials
	form   url.Values
	at     time.Time // signing time; now when zero
	method string
}

// publish is a Publish of text to phone, with extra parameters.
func publish(phone, text string, extra ...string) url.Values {
	form := url.Values{"Action": {"Publish"}, "Version": {"2010-03-31"}, "Message": {text}, "PhoneNumber": {phone}}
	for i := 0; i+1 < len(extra); i += 2 {
		form.Set(extra[i], extra[i+1])
	}
	return form
}

func (c call) request(t *testing.T) *http.Request {
	t.Helper()
	region := c.region
	if region == "" {
		region = "us-east-1"
	}
	host := c.host
	if host == "" {
		host = "sns." + region + ".amazonaws.com"
	}
	if c.creds == (sigv4.Credentials{}) {
		c.creds = demo
	}
	if c.at.IsZero() {
		c.at = time.Now()
	}
	method := c.method
	if method == "" {
		method = http.MethodPost
	}
	body := c.form.Encode()
	req, err := http.NewRequest(method, "https://"+host+"/", strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	require.NoError(t, sigv4.Signer{Service: "sns", Region: region}.Sign(req, []byte(body), c.creds, c.at))
	return req
}

// do sends c to fake in process, as the harness does.
func do(t *testing.T, fake http.Handler, c call) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	fake.ServeHTTP(rec, c.request(t))
	return rec
}

// snsError is SNS's ErrorResponse.
type snsError struct {
	XMLName xml.Name `xml:"ErrorResponse"`
	Type    string   `xml:"Error>Type"`
	Code    string   `xml:"Error>Code"`
	Message string   `xml:"Error>Message"`
	Request string   `xml:"RequestId"`
}

func decodeError(t *testing.T, body []byte) snsError {
	t.Helper()
	var e snsError
	require.NoError(t, xml.Unmarshal(body, &e), "body: %s", body)
	return e
}

// seeded is a fake whose ids repeat on every run.
func seeded(cfg fakesns.Config) *fakesns.Server {
	cfg.IDs = fakekit.NewIDs(fakesns.Name, "test")
	return fakesns.New(cfg)
}
