package awscore_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/awscore"
	"github.com/hookemu/hookemu/internal/sigv4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSignAddsDateTokenAndTheAuthorizationTheRealSDKWrote(t *testing.T) {
	t.Parallel()
	// aws-sdk 2.1693.0 signed this request in Node (see awssdk's
	// requests_test.go for the whole exchange).
	body := "Action=Publish&Message=Your%20code%20is%20123456%20%E2%98%BA%20%26%20more&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Transactional&PhoneNumber=%2B14155552345&Version=2010-03-31"
	got, err := awscore.Sign(awscore.SignInput{
		Method: "POST", URL: "https://sns.eu-west-1.amazonaws.com/",
		Header: http.Header{
			"User-Agent":           {"aws-sdk-nodejs/2.1693.0 linux/v20.20.2 promise"},
			"Content-Type":         {"application/x-www-form-urlencoded; charset=utf-8"},
			"X-Amz-Content-Sha256": {sigv4.HashPayload([]byte(body))},
			"Content-Length":       {"276"},
			"Host":                 {"sns.eu-west-1.amazonaws.com"},
		},
		Body:        []byte(body),
		Unsigned:    []string{"content-type", "content-length", "user-agent"},
		Region:      "eu-west-1",
		Service:     "sns",
		Credentials: sigv4.Credentials{AccessKeyID: "AKIDEXAMPLE", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", SessionToken: "session-token"},
		Time:        time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC),
	})
	require.NoError(t, err)
	assert.Equal(t, http.Header{
		"X-Amz-Date":           {"20261207T060000Z"},
		"X-Amz-Security-Token": {"session-token"},
		"Authorization":        {"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-1/sns/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=edf2436f91617b69c2b1c7fcb36fd9b1542184f1b7010d38bad9c424b193ae69"},
	}, got)
}

func TestSignRefusesCredentialsWithoutASecret(t *testing.T) {
	t.Parallel()
	_, err := awscore.Sign(awscore.SignInput{Method: "POST", URL: "https://sns.us-east-1.amazonaws.com/", Header: http.Header{},
		Region: "us-east-1", Service: "sns", Credentials: sigv4.Credentials{AccessKeyID: "A"}, Time: time.Now()})
	assert.Error(t, err)
}
