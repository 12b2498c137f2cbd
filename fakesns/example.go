package fakesns

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/hookemu/hookemu/internal/sigv4"
	"github.com/hookemu/hookemu/provider"
)

var (
	_ provider.Kinded   = Provider{}
	_ provider.Exampler = Provider{}
)

// Kind: SNS delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Example is a Publish of a code to a phone number, signed now with the
// demo key pair for us-east-1, as aws-sdk sends it.
func (Provider) Example() provider.Request {
	const host = defaultHost
	form := url.Values{
		"Action": {"Publish"}, "Version": {apiVersion},
		"Message": {"Your verification code is 123456"}, "PhoneNumber": {"+14155550100"},
	}
	body := form.Encode()
	req, _ := http.NewRequest(http.MethodPost, "https://"+host+"/", strings.NewReader(body)) // a constant URL always parses
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	creds := sigv4.Credentials{AccessKeyID: DemoAccessKeyID, SecretAccessKey: DemoSecretAccessKey}
	_ = sigv4.Signer{Service: "sns", Region: "us-east-1"}.Sign(req, []byte(body), creds, time.Now()) // the demo pair and host are never empty
	header := req.Header.Clone()
	header.Set("Host", host)
	return provider.Request{Method: http.MethodPost, Path: "/", Header: header, Body: []byte(body)}
}
