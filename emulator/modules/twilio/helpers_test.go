package twilio_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
	"github.com/stretchr/testify/require"
)

// Test credentials. The token is no secret of anyone's.
const (
	accountSID = "AC0123456789abcdef0123456789abcdef"
	authToken  = "test-auth-token"
	basicAuth  = "Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjp0ZXN0LWF1dGgtdG9rZW4="
)

// Payloads as Twilio sends them (RFC 2822 dates for the 2010 API, ISO 8601
// for Verify, string counts).
const (
	messagePayload = `{"account_sid":"AC0123456789abcdef0123456789abcdef","api_version":"2010-04-01","body":"Your code is 123456","date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_sent":null,"date_updated":"Thu, 24 Aug 2023 05:01:46 +0000","direction":"outbound-api","error_code":null,"error_message":null,"from":"+15005550006","messaging_service_sid":null,"num_media":"0","num_segments":"1","price":null,"price_unit":"USD","sid":"SM0123456789abcdef0123456789abcdef","status":"queued","subresource_uris":{"media":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef/Media.json"},"to":"+14155552345","uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json"}`
	callPayload    = `{"sid":"CA0123456789abcdef0123456789abcdef","date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","parent_call_sid":null,"account_sid":"AC0123456789abcdef0123456789abcdef","to":"+14155552345","to_formatted":"(415) 555-2345","from":"+15005550006","from_formatted":"(500) 555-0006","phone_number_sid":null,"status":"queued","start_time":null,"end_time":null,"duration":null,"price":null,"price_unit":"USD","direction":"outbound-api","answered_by":null,"api_version":"2010-04-01","forwarded_from":null,"group_sid":null,"caller_name":null,"queue_time":"0","trunk_sid":null,"uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA0123456789abcdef0123456789abcdef.json","subresource_uris":{}}`
	verifyPayload  = `{"sid":"VE0123456789abcdef0123456789abcdef","service_sid":"VA0123456789abcdef0123456789abcdef","account_sid":"AC0123456789abcdef0123456789abcdef","to":"+15017122661","channel":"sms","status":"pending","valid":false,"lookup":{},"amount":null,"payee":null,"send_code_attempts":[{"time":"2015-07-30T20:00:00Z","channel":"SMS","attempt_sid":"VL0123456789abcdef0123456789abcdef"}],"date_created":"2015-07-30T20:00:00Z","date_updated":"2015-07-30T20:00:00Z","sna":null,"url":"https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications/VE0123456789abcdef0123456789abcdef"}`
)

// received is one request as a handler saw it.
type received struct {
	Method string
	URL    *url.URL
	Host   string
	Header http.Header
	Body   string
}

type reply struct {
	status int
	body   string
	header http.Header
}

// recorder is an http.Handler that keeps every request and answers each
// with the next queued reply (201 {} when none is left).
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

func (rec *recorder) replyWith(r reply) *recorder {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.replies = append(rec.replies, r)
	return rec
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	rec.requests = append(rec.requests, received{Method: r.Method, URL: r.URL, Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
	next := reply{status: http.StatusCreated, body: "{}"}
	if len(rec.replies) > 0 {
		next, rec.replies = rec.replies[0], rec.replies[1:]
	}
	rec.mu.Unlock()
	for k, vs := range next.header {
		w.Header()[k] = vs
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(next.status)
	_, _ = io.WriteString(w, next.body)
}

func (rec *recorder) all() []received {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]received(nil), rec.requests...)
}

// only returns the one request the test expects.
func (rec *recorder) only(t testing.TB) received {
	t.Helper()
	all := rec.all()
	require.Len(t, all, 1, "requests received")
	return all[0]
}

// newEnv requires twilio@version as the global twilio in a bare runtime
// whose HTTP goes to h.
func newEnv(t testing.TB, version string, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.Require(t, twilio.Module(), version, "twilio")
	return env
}

// newEnvAs is newEnv in an Action (Node 18) when action is set, a Hook
// (Node 12) otherwise.
func newEnvAs(t testing.TB, version string, action bool, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.SetAction(action)
	env.Require(t, twilio.Module(), version, "twilio")
	return env
}

// runErr evaluates an async function body that must throw or reject and
// returns the error's shape as JSON.
func runErr(t testing.TB, env *modtest.Env, body string) string {
	t.Helper()
	return env.AwaitBody(t, "try { await (async () => {"+body+"})(); return 'no error'; } catch (e) { return errorShape(e); }")
}

// errorShapeJS describes an error the way tests compare them.
const errorShapeJS = `globalThis.errorShape = function (e) {
	if (!(e instanceof Object)) return {thrown: e};
	var out = {name: e.name, ctor: e.constructor && e.constructor.name, message: e.message, isError: e instanceof Error, keys: Object.keys(e)};
	Object.keys(e).forEach(function (k) { if (k !== 'config' && k !== 'request' && k !== 'toJSON') out[k] = e[k]; });
	return out;
};`

func withErrorShape(t testing.TB, env *modtest.Env) *modtest.Env {
	t.Helper()
	_, err := env.RT.RunString(errorShapeJS)
	require.NoError(t, err)
	return env
}

// jsonEq compares JSON texts, reporting the difference readably.
func jsonEq(t testing.TB, want, got string) {
	t.Helper()
	require.JSONEq(t, want, got)
}

// quote is s as a JS string literal, and as JSON.stringify writes it.
func quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
