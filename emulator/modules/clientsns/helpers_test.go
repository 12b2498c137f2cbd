package clientsns_test

import (
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/internal/sigv4"
	"github.com/stretchr/testify/require"
)

// Test credentials: AWS's documentation example key pair, nobody's secret.
const (
	accessKey = "AKIDEXAMPLE"
	secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
)

// Answers as SNS writes them.
const (
	publishOK  = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></PublishResult><ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata></PublishResponse>`
	setOK      = `<SetSMSAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><SetSMSAttributesResult/><ResponseMetadata><RequestId>26332069-c04a-5428-b829-72524b56a364</RequestId></ResponseMetadata></SetSMSAttributesResponse>`
	getOK      = `<GetSMSAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><GetSMSAttributesResult><attributes><entry><key>DefaultSenderID</key><value>mySenderID</value></entry><entry><key>DefaultSMSType</key><value>Transactional</value></entry></attributes></GetSMSAttributesResult><ResponseMetadata><RequestId>26332069-c04a-5428-b829-72524b56a364</RequestId></ResponseMetadata></GetSMSAttributesResponse>`
	optedOutOK = `<CheckIfPhoneNumberIsOptedOutResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>true</isOptedOut></CheckIfPhoneNumberIsOptedOutResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CheckIfPhoneNumberIsOptedOutResponse>`
)

func errorBody(typ, code, message string) string {
	return `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>` + typ + `</Type><Code>` + code +
		`</Code><Message>` + message + `</Message></Error><RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId></ErrorResponse>`
}

type reply struct {
	status int
	body   string
	date   string // the answer's Date header, if any
}

type received struct {
	Method, Path, Host string
	Header             http.Header
	Body               string
	req                *http.Request
}

// recorder keeps every request and answers each with the next queued
// reply (Publish's success when none is left), with x-amzn-RequestId.
type recorder struct {
	mu       sync.Mutex
	requests []received
	replies  []reply
}

func (rec *recorder) reply(status int, body string) *recorder {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.replies = append(rec.replies, reply{status: status, body: body})
	return rec
}

// replyDated queues a reply with a Date header.
func (rec *recorder) replyDated(status int, body string, date time.Time) *recorder {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.replies = append(rec.replies, reply{status: status, body: body, date: date.UTC().Format(http.TimeFormat)})
	return rec
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	rec.requests = append(rec.requests, received{Method: r.Method, Path: r.URL.Path, Host: r.Host, Header: r.Header.Clone(), Body: string(body), req: r.Clone(r.Context())})
	next := reply{status: 200, body: publishOK}
	if len(rec.replies) > 0 {
		next, rec.replies = rec.replies[0], rec.replies[1:]
	}
	rec.mu.Unlock()
	w.Header().Set("x-amzn-RequestId", "d74b8436-ae13-5ab4-a9ff-ce54dfea72a0")
	w.Header().Set("Content-Type", "text/xml")
	if next.date != "" {
		w.Header().Set("Date", next.date)
	}
	w.WriteHeader(next.status)
	_, _ = io.WriteString(w, next.body)
}

func (rec *recorder) all() []received {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]received(nil), rec.requests...)
}

func (rec *recorder) only(t testing.TB) received {
	t.Helper()
	all := rec.all()
	require.Len(t, all, 1, "requests received")
	return all[0]
}

// verify checks a request's signature as SNS would, with the test key
// pair (and token, when the request carries one).
func verify(t testing.TB, r received, token string) sigv4.Verified {
	t.Helper()
	v := sigv4.Verifier{Service: "sns", Lookup: func(id string) (sigv4.Credentials, bool) {
		return sigv4.Credentials{AccessKeyID: accessKey, SecretAccessKey: secretKey, SessionToken: token}, id == accessKey
	}, MaxSkew: 24 * time.Hour * 365 * 100}
	got, err := v.Verify(r.req, r.Path, []byte(r.Body))
	require.NoError(t, err, "signature")
	return got
}

// newEnv requires @aws-sdk/client-sns (an Action's) as the global sns,
// with HTTP going to h and process.env holding vars.
func newEnv(t testing.TB, vars map[string]string, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.SetAction(true)
	for k, v := range vars {
		env.Setenv(k, v)
	}
	env.Require(t, clientsns.Module(), "", "sns")
	return env
}

// run evaluates an async function body and returns JSON.stringify of what
// it returns.
func run(t testing.TB, env *modtest.Env, body string) string {
	t.Helper()
	v, err := env.Await("(async () => { const __r = await (async () => {" + body + "})(); return JSON.stringify(__r === undefined ? null : __r); })()")
	require.NoError(t, err)
	return v.String()
}

// client is the code of an SNSClient in us-east-1 with the test key pair.
const client = `const client = new sns.SNSClient({region: 'us-east-1', credentials: {accessKeyId: '` + accessKey + `', secretAccessKey: '` + secretKey + `'}});`
