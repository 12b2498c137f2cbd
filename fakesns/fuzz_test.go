package fakesns_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakesns"
)

// FuzzRequestValidation sends hostile forms and headers: the fake must
// always answer an SNS error or a PublishResponse, never panic, and never
// accept an unsigned request.
func FuzzRequestValidation(f *testing.F) {
	f.Add("Action=Publish&Message=hi&PhoneNumber=%2B14155550100", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=00", "sns.us-east-1.amazonaws.com")
	f.Add("MessageAttributes.entry.1.Name=..&MessageAttributes.entry.99999999999.Value.DataType=x", "", "sns..amazonaws.com")
	f.Add("attributes.entry.1.key=DefaultSMSType&Action=SetSMSAttributes", "AWS4-HMAC-SHA256 ", "[::1]:80")
	fake := fakesns.New(fakesns.Config{})
	f.Fuzz(func(t *testing.T, form, authorization, host string) {
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader([]byte(form)))
		req.Host = host
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", authorization)
		rec := httptest.NewRecorder()
		fake.ServeHTTP(rec, req)
		require.GreaterOrEqual(t, rec.Code, 400, "a forged request is never accepted")
		require.Contains(t, rec.Body.String(), "<ErrorResponse")
	})
}
