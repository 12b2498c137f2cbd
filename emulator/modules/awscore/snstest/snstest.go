// Package snstest is what the tests of the AWS SDK shims (aws-sdk v2 and
// @aws-sdk/client-sns) share: SNS's answers as SNS writes them, a server
// that records every request and answers from a queue, and a check of a
// request's signature as SNS makes it.
package snstest

import (
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/internal/sigv4"
)

// Test credentials: AWS's documentation example key pair, nobody's secret.
const (
	AccessKey = "AKIDEXAMPLE"
	SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
)

// Answers as SNS writes them.
const (
	PublishOK  = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></PublishResult><ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata></PublishResponse>`
	SetOK      = `<SetSMSAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><SetSMSAttributesResult/><ResponseMetadata><RequestId>26332069-c04a-5428-b829-72524b56a364</RequestId></ResponseMetadata></SetSMSAttributesResponse>`
	GetOK      = `<GetSMSAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><GetSMSAttributesResult><attributes><entry><key>DefaultSenderID</key><value>mySenderID</value></entry><entry><key>DefaultSMSType</key><value>Transactional</value></entry></attributes></GetSMSAttributesResult><ResponseMetadata><RequestId>26332069-c04a-5428-b829-72524b56a364</RequestId></ResponseMetadata></GetSMSAttributesResponse>`
	OptedOutOK = `<CheckIfPhoneNumberIsOptedOutResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>true</isOptedOut></CheckIfPhoneNumberIsOptedOutResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CheckIfPhoneNumberIsOptedOutResponse>`
)

// ErrorBody is an SNS ErrorResponse.
func ErrorBody(typ, code, message string) string {
	return `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>` + typ + `</Type><Code>` + code +
		`</Code><Message>` + message + `</Message></Error><RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId></ErrorResponse>`
}

// Reply is one queued answer.
type Reply struct {
	Status int
	Body   string
	Date   string // the answer's Date header, if any
}

// Received is one request as the Recorder got it.
type Received = modtest.Received

// Recorder keeps every request and answers each with the next queued
// reply (Publish's success when none is left), with x-amzn-RequestId.
type Recorder struct {
	modtest.Recorder
	mu      sync.Mutex
	replies []Reply
}

// Reply queues an answer.
func (rec *Recorder) Reply(status int, body string) *Recorder {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.replies = append(rec.replies, Reply{Status: status, Body: body})
	return rec
}

// ReplyDated queues a reply with a Date header.
func (rec *Recorder) ReplyDated(status int, body string, date time.Time) *Recorder {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.replies = append(rec.replies, Reply{Status: status, Body: body, Date: date.UTC().Format(http.TimeFormat)})
	return rec
}

// ServeHTTP records r and answers with the next queued reply.
func (rec *Recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec.Record(r)
	rec.mu.Lock()
	next := Reply{Status: 200, Body: PublishOK}
	if len(rec.replies) > 0 {
		next, rec.replies = rec.replies[0], rec.replies[1:]
	}
	rec.mu.Unlock()
	w.Header().Set("x-amzn-RequestId", "d74b8436-ae13-5ab4-a9ff-ce54dfea72a0")
	w.Header().Set("Content-Type", "text/xml")
	if next.Date != "" {
		w.Header().Set("Date", next.Date)
	}
	w.WriteHeader(next.Status)
	_, _ = io.WriteString(w, next.Body)
}

// Verify checks a request's signature as SNS would, with the test key
// pair (and token, when the request carries one).
func Verify(t testing.TB, r Received, token string) sigv4.Verified {
	t.Helper()
	v := sigv4.Verifier{Service: "sns", Lookup: func(id string) (sigv4.Credentials, bool) {
		return sigv4.Credentials{AccessKeyID: AccessKey, SecretAccessKey: SecretKey, SessionToken: token}, id == AccessKey
	}, MaxSkew: 24 * time.Hour * 365 * 100}
	got, err := v.Verify(r.Rebuilt(), r.Path(), []byte(r.Body))
	require.NoError(t, err, "signature")
	return got
}
