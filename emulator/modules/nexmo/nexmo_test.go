package nexmo_test

import (
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/nexmo"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// src fills sendJS's blanks.
func src(key, secret, to, options string) string {
	return strings.NewReplacer("KEY", "'"+key+"'", "SECRET", "'"+secret+"'", "TO", "'"+to+"'", "OPTIONS", options).Replace(sendJS)
}

func TestModuleIsTheLast2x(t *testing.T) {
	t.Parallel()
	m := nexmo.Module()
	assert.Equal(t, "nexmo", m.Name)
	assert.Equal(t, []string{"2.9.1"}, m.Versions)
	got, err := m.Resolve("^2.4.0", false)
	require.NoError(t, err)
	assert.Equal(t, "2.9.1", got)
}

func TestSendSmsPutsEverythingInTheQueryOfABodylessPost(t *testing.T) {
	t.Parallel()
	s := fake(fakevonage.Config{})
	env := newEnv(t, s)
	run(t, env, src(fakevonage.DemoAPIKey, fakevonage.DemoAPISecret, "447700900000", "undefined"))

	r := s.Only(t)
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "rest.nexmo.com", r.Host)
	assert.Equal(t, "/sms/json", r.Path())
	assert.Equal(t, "from=Acme&to=447700900000&text=Your%20code%20is%20123456&api_key=abcd1234&api_secret=abcdef0123456789", r.RawQuery())
	assert.Empty(t, r.Body)
	assert.Equal(t, "nexmo-node/2.9.1 node/12.22.12", r.Header.Get("User-Agent"))
	assert.Equal(t, "application/x-www-form-urlencoded", r.Header.Get("Content-Type"))
	assert.Equal(t, "application/json", r.Header.Get("Accept"))
}

func TestTheCallbackGetsTheAnswerEvenWhenTheMessageWasRefused(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, secret, to, want string
	}{
		{"an accepted message", fakevonage.DemoAPISecret, "447700900000",
			`{"err":null,"data":{"message-count":"1","messages":[{"to":"447700900000","message-id":"ID","status":"0","remaining-balance":"15.50260000","message-price":"0.03330000","network":"23410"}]}}`},
		{"a wrong secret", "wrong-secret", "447700900000",
			`{"err":null,"data":{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}}`},
		{"a number with dashes", fakevonage.DemoAPISecret, "1-808-555-5555",
			`{"err":null,"data":{"message-count":"1","messages":[{"status":"3","error-text":"Invalid to param"}]}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, fake(fakevonage.Config{
				APIKey: fakevonage.DemoAPIKey, APISecret: fakevonage.DemoAPISecret,
				IDs: fakekit.NewIDs("vonage", "seed"),
			}))
			got := run(t, env, src(fakevonage.DemoAPIKey, tc.secret, tc.to, "undefined"))
			got = messageIDs.ReplaceAllString(got, `"message-id":"ID"`)
			assert.JSONEq(t, tc.want, got)
		})
	}
}

func TestHTTPErrorsReachTheCallbackInThePackagesShapes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		status int
		body   string
		want   string
	}{
		{"a 5xx is a Server Error", 503, "", `{"message":"Server Error","statusCode":503,"headers":{"content-type":"text/plain"}}`},
		{"a 4xx carries its parsed body", 401, `{"type":"unauthorized"}`, `{"body":{"type":"unauthorized"},"headers":{"content-type":"text/plain"},"statusCode":401}`},
		{"a 429 carries its raw body and a retry-after", 429, "slow down", `{"body":"slow down","statusCode":429,"headers":{"content-type":"text/plain","retry-after":500}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/plain")
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			})
			env := newEnv(t, h)
			got := run(t, env, src("k", "s", "447700900000", "undefined"))
			assert.JSONEq(t, `{"err":`+tc.want+`,"data":null}`, jsonWithoutDate(got))
		})
	}
}

func TestAFailedExchangeGivesTheNodeError(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, modtest.Failing(func(r *http.Request) error {
		return &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}
	}))
	env.Require(t, nexmo.Module(), "", "Nexmo")
	got := run(t, env, src("k", "s", "447700900000", "undefined"))
	assert.Contains(t, got, `"code":"ENOTFOUND"`)
	assert.Contains(t, got, `getaddrinfo ENOTFOUND rest.nexmo.com`)
}

func TestTheChecksBeforeSending(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, code, want string
	}{
		{"an empty text with the callback in the options' place throws", `try { nexmo.message.sendSms('Acme', '447700900000', '', () => {}); return 'sent'; } catch (e) { return e.message; }`, "Invalid Text Message"},
		{"a missing sender goes to the callback", `let got; nexmo.message.sendSms('', '447700900000', 'hi', (e) => { got = e.message; }); return got;`, "Invalid from address"},
		{"a missing recipient goes to the callback", `let got; nexmo.message.sendSms('Acme', undefined, 'hi', {}, (e) => { got = e.message; }); return got;`, "Invalid to address"},
		{"the class needs new", `try { Nexmo({}); return 'called'; } catch (e) { return e.constructor.name; }`, "TypeError"},
		{"a private key path does not exist in a hook", `try { new Nexmo({privateKey: './private.key'}); return 'made'; } catch (e) { return e.message; }`, `File "./private.key" not found.`},
		{"other resources say they are not emulated", `try { nexmo.verify.request({}, () => {}); return 'called'; } catch (e) { return e.message; }`, "hookemu does not emulate nexmo's verify.request: only message.sendSms, the call of Auth0's Vonage guide"},
		{"an unknown signature method throws a string", `try { Nexmo.generateSignature('sha3', 's', {}); } catch (e) { return typeof e + ': ' + e; }`, "string: Unknown signature algorithm: sha3. Expected: md5hash, md5, sha1, sha256, or sha512"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := fake(fakevonage.Config{})
			env := newEnv(t, s)
			got := run(t, env, `(() => { const nexmo = new Nexmo({apiKey: 'k', apiSecret: 's'}); `+tc.code+` })()`)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestOptionsComeFirstInTheQueryAndAreChanged(t *testing.T) {
	t.Parallel()
	s := fake(fakevonage.Config{})
	env := newEnv(t, s)
	got := run(t, env, `new Promise((resolve) => {
		const opts = {type: 'unicode', 'client-ref': 'r1'};
		new Nexmo({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'}, {appendToUserAgent: 'auth0'})
			.message.sendSms('Acme', '447700900000', 'héllo', opts, (err, data) => resolve(JSON.stringify(opts)));
	})`)
	assert.Equal(t, `{"type":"unicode","client-ref":"r1","from":"Acme","to":"447700900000","text":"héllo"}`, got)
	r := s.Only(t)
	assert.Equal(t, "type=unicode&client-ref=r1&from=Acme&to=447700900000&text=h%C3%A9llo&api_key=abcd1234&api_secret=abcdef0123456789", r.RawQuery())
	assert.Equal(t, "nexmo-node/2.9.1 node/12.22.12 auth0", r.Header.Get("User-Agent"))
}

func TestSignedRequestsReachTheFakeSigned(t *testing.T) {
	t.Parallel()
	for _, method := range []string{"md5hash", "sha256"} {
		t.Run(method, func(t *testing.T) {
			t.Parallel()
			s := fake(fakevonage.Config{SignatureSecret: "sig-secret", SignatureMethod: method})
			env := newEnv(t, s)
			got := run(t, env, `new Promise((resolve) => {
				new Nexmo({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789', signatureSecret: 'sig-secret', signatureMethod: '`+method+`'})
					.message.sendSms('Acme', '447700900000', 'Your code: 123456', (err, data) => resolve(data.messages[0].status));
			})`)
			assert.Equal(t, "0", got)
			q := s.Only(t).Query()
			assert.NotContains(t, q, "api_secret")
			assert.NotEmpty(t, q.Get("timestamp"))
			assert.Regexp(t, `^[0-9a-f]+$`, q.Get("sig"))
		})
	}
}

// nexmo writes the signed query's values through encodeURI, which leaves
// "&" as it is: the service then reads another parameter, and the
// signature fails, as it does against the real API.
func TestASignedTextWithAnAmpersandFailsAsItDoesForReal(t *testing.T) {
	t.Parallel()
	s := fake(fakevonage.Config{SignatureSecret: "sig-secret"})
	env := newEnv(t, s)
	got := run(t, env, `new Promise((resolve) => {
		new Nexmo({apiKey: 'abcd1234', apiSecret: 'x', signatureSecret: 'sig-secret', signatureMethod: 'md5hash'})
			.message.sendSms('Acme', '447700900000', 'Tom&Jerry', (err, data) => resolve(data.messages[0]['error-text']));
	})`)
	assert.Equal(t, "Invalid Signature", got)
	assert.Contains(t, s.Only(t).RawQuery(), "&text=Tom&Jerry&")
}

func TestDebugLogsThroughTheConsole(t *testing.T) {
	t.Parallel()
	env := newEnv(t, fake(fakevonage.Config{}))
	got := run(t, env, `new Promise((resolve) => {
		const lines = [];
		globalThis.console = {log: (...a) => lines.push(a.map(String).join(' ')), error: (...a) => lines.push(a.join(' '))};
		new Nexmo({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'}, {debug: true})
			.message.sendSms('Acme', '447700900000', 'hi', () => resolve(lines[0]));
	})`)
	assert.Equal(t, "info: sending message from Acme to 447700900000 with message hi", got)
}
