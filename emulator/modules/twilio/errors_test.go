package twilio_test

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
	"github.com/stretchr/testify/assert"
)

// Error bodies as Twilio (and faketwilio) send them.
const (
	body20003 = `{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}`
	body20404 = `{"code":20404,"message":"The requested resource /v2/Services/VAunknown/Verifications was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}`
	body21211 = `{"code":21211,"message":"The 'To' number 5551234567 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}`
	body21606 = `{"code":21606,"message":"The From phone number +15551234567 is not a valid, SMS-capable inbound phone number or short code for your account.","more_info":"https://www.twilio.com/docs/errors/21606","status":400}`
	body60203 = `{"code":60203,"message":"Max send attempts reached","more_info":"https://www.twilio.com/docs/errors/60203","status":429,"details":{"attempts":6}}`
)

func TestRestExceptionCarriesTwiliosErrorFields(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version string
		status        int
		body, want    string
	}{
		{"3.84.1 bad token (20003)", "3.84.1", 401, body20003,
			`{"name":"Error","ctor":"RestException","message":"Authenticate","isError":true,"keys":["status","code","moreInfo","details"],"status":401,"code":20003,"moreInfo":"https://www.twilio.com/docs/errors/20003"}`},
		{"3.84.1 invalid To (21211)", "3.84.1", 400, body21211,
			`{"name":"Error","ctor":"RestException","message":"The 'To' number 5551234567 is not a valid phone number.","isError":true,"keys":["status","code","moreInfo","details"],"status":400,"code":21211,"moreInfo":"https://www.twilio.com/docs/errors/21211"}`},
		{"4.23.0 From not owned (21606)", "4.23.0", 400, body21606,
			`{"name":"Error","ctor":"RestException","message":"The From phone number +15551234567 is not a valid, SMS-capable inbound phone number or short code for your account.","isError":true,"keys":["status","code","moreInfo","details"],"status":400,"code":21606,"moreInfo":"https://www.twilio.com/docs/errors/21606"}`},
		{"5.13.1 max send attempts (60203) with details", "5.13.1", 429, body60203,
			`{"name":"Error","ctor":"RestException","message":"Max send attempts reached","isError":true,"keys":["status","code","moreInfo","details"],"status":429,"code":60203,"moreInfo":"https://www.twilio.com/docs/errors/60203","details":{"attempts":6}}`},
		{"4.23.0 unknown service (20404)", "4.23.0", 404, body20404,
			`{"name":"Error","ctor":"RestException","message":"The requested resource /v2/Services/VAunknown/Verifications was not found","isError":true,"keys":["status","code","moreInfo","details"],"status":404,"code":20404,"moreInfo":"https://www.twilio.com/docs/errors/20404"}`},
		{"3.29.0 has enumerable message and detail", "3.29.0", 401, body20003,
			`{"name":"Error","ctor":"RestException","message":"Authenticate","isError":true,"keys":["status","message","code","moreInfo","detail"],"status":401,"code":20003,"moreInfo":"https://www.twilio.com/docs/errors/20003"}`},
		{"3.84.1 cannot parse an HTML page", "3.84.1", 502, `<html>bad gateway</html>`,
			`{"name":"SyntaxError","ctor":"SyntaxError","message":"Unexpected token < in JSON at position 0","isError":true,"keys":[]}`},
		{"3.84.1 cannot parse an empty body", "3.84.1", 500, ``,
			`{"name":"SyntaxError","ctor":"SyntaxError","message":"Unexpected end of JSON input","isError":true,"keys":[]}`},
		{"4.23.0 falls back to the status for an HTML page", "4.23.0", 502, `<html>bad gateway</html>`,
			`{"name":"Error","ctor":"RestException","message":"[HTTP 502] Failed to execute request","isError":true,"keys":["status"],"status":502}`},
		{"3.42.0 reads fields off the unparsed text", "3.42.0", 502, `<html>bad gateway</html>`,
			`{"name":"Error","ctor":"RestException","isError":true,"keys":["status","code","moreInfo","detail"],"status":502}`},
		{"5.12.0 turns an RFC 9457 problem into TwilioServiceException", "5.12.0", 400, `{"type":"https://www.twilio.com/docs/errors/21211","title":"Invalid To","status":400,"code":21211,"detail":"The 'To' number is not valid."}`,
			`{"name":"Error","ctor":"TwilioServiceException","message":"[HTTP 400] Invalid To","isError":true,"keys":["type","title","status","code","detail"],"type":"https://www.twilio.com/docs/errors/21211","title":"Invalid To","status":400,"code":21211,"detail":"The 'To' number is not valid."}`},
		{"3.84.1 create rejects a redirect", "3.84.1", 302, `{"code":1,"message":"moved"}`,
			`{"name":"Error","ctor":"RestException","message":"moved","isError":true,"keys":["status","code","moreInfo","details"],"status":302,"code":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := withErrorShape(t, newEnv(t, tt.version, (&recorder{}).reply(tt.status, tt.body)))
			got := runErr(t, env, `await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'});`)
			jsonEq(t, tt.want, got)
		})
	}
}

func TestFetchTreatsRedirectsAsTheReleaseDoes(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, version, want string }{
		{"3.29.0 rejects a 302", "3.29.0", `"moved"`},
		{"3.84.1 builds an instance from it", "3.84.1", `"SMx"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, (&recorder{}).reply(302, `{"code":1,"message":"moved","sid":"SMx"}`))
			got := env.AwaitBody(t, `try { return (await twilio('`+accountSID+`', 'tok').messages('SMx').fetch()).sid; } catch (e) { return e.message; }`)
			assert.Equal(t, tt.want, got)
		})
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestNetworkFailuresLookLikeTheReleaseHTTPLibrary(t *testing.T) {
	t.Parallel()
	refusedTransport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	})
	noDNS := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return nil, &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}
	})
	tests := []struct {
		name, version string
		transport     http.RoundTripper
		want          string
	}{
		{"3.29.0 (request) passes Node's error on", "3.29.0", refusedTransport,
			`{"name":"Error","ctor":"Error","message":"connect ECONNREFUSED api.twilio.com:443","isError":true,"keys":["errno","code","syscall","address","port"],"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"api.twilio.com","port":443}`},
		{"3.84.1 (axios 0.26) decorates it", "3.84.1", refusedTransport,
			`{"name":"Error","ctor":"Error","message":"connect ECONNREFUSED api.twilio.com:443","isError":true,"keys":["errno","code","syscall","address","port","config","request","response","isAxiosError","toJSON"],"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"api.twilio.com","port":443,"isAxiosError":true,"json":["message","name","description","number","fileName","lineNumber","columnNumber","stack","config","code","status"]}`},
		{"4.23.0 (axios 1) wraps it in an AxiosError", "4.23.0", refusedTransport,
			`{"name":"Error","ctor":"AxiosError","message":"connect ECONNREFUSED api.twilio.com:443","isError":true,"keys":["message","name","isAxiosError","code","config","request"],"isAxiosError":true,"code":"ECONNREFUSED","cause":"connect ECONNREFUSED api.twilio.com:443","json":["message","name","description","number","fileName","lineNumber","columnNumber","stack","config","code","status"]}`},
		{"4.23.0 reports an unknown host as getaddrinfo ENOTFOUND", "4.23.0", noDNS,
			`{"name":"Error","ctor":"AxiosError","message":"getaddrinfo ENOTFOUND api.twilio.com","isError":true,"keys":["message","name","isAxiosError","code","config","request"],"isAxiosError":true,"code":"ENOTFOUND","cause":"getaddrinfo ENOTFOUND api.twilio.com","json":["message","name","description","number","fileName","lineNumber","columnNumber","stack","config","code","status"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, tt.transport)
			env.Require(t, twilio.Module(), tt.version, "twilio")
			withErrorShape(t, env)
			got := env.AwaitBody(t, `try { await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'}); return 'resolved'; } catch (e) {
				const shape = errorShape(e);
				if (e.cause) shape.cause = e.cause.message;
				if (typeof e.toJSON === 'function') shape.json = Object.keys(e.toJSON());
				return shape; }`)
			jsonEq(t, tt.want, got)
		})
	}
}

// hang answers nothing until the request is abandoned.
var hang = roundTripFunc(func(r *http.Request) (*http.Response, error) {
	<-r.Context().Done()
	return nil, r.Context().Err()
})

func TestTimeoutsLookLikeTheReleaseHTTPLibrary(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, version, want string }{
		{"3.29.0 (request) times out the socket", "3.29.0",
			`{"name":"Error","ctor":"Error","message":"ESOCKETTIMEDOUT","isError":true,"keys":["code","connect"],"code":"ESOCKETTIMEDOUT","connect":false}`},
		{"3.84.1 (axios 0.26) aborts", "3.84.1",
			`{"name":"Error","ctor":"Error","message":"timeout of 30ms exceeded","isError":true,"keys":["config","code","request","response","isAxiosError","toJSON"],"code":"ECONNABORTED","isAxiosError":true}`},
		{"4.23.0 (axios 1) aborts with an AxiosError", "4.23.0",
			`{"name":"AxiosError","ctor":"AxiosError","message":"timeout of 30ms exceeded","isError":true,"keys":["message","name","isAxiosError","code","config","request"],"isAxiosError":true,"code":"ECONNABORTED"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, hang)
			env.Require(t, twilio.ModuleWith(twilio.Config{RequestTimeout: 30 * time.Millisecond}), tt.version, "twilio")
			withErrorShape(t, env)
			got := runErr(t, env, `await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'});`)
			jsonEq(t, tt.want, got)
		})
	}
}

func TestTheClientTimeoutOptionCountsFrom5_3_6(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, hang)
	env.Require(t, twilio.Module(), "5.13.1", "twilio")
	withErrorShape(t, env)
	got := runErr(t, env, `await twilio('`+accountSID+`', 'tok', {timeout: 20}).messages.create({to: '+1', from: '+2', body: 'x'});`)
	jsonEq(t, `{"name":"AxiosError","ctor":"AxiosError","message":"timeout of 20ms exceeded","isError":true,"keys":["message","name","isAxiosError","code","config","request"],"isAxiosError":true,"code":"ECONNABORTED"}`, got)
}

func TestCompressedAnswersAreInflated(t *testing.T) {
	t.Parallel()
	var gzipped, zlibbed bytes.Buffer
	gw := gzip.NewWriter(&gzipped)
	_, _ = gw.Write([]byte(messagePayload))
	_ = gw.Close()
	zw := zlib.NewWriter(&zlibbed)
	_, _ = zw.Write([]byte(messagePayload))
	_ = zw.Close()
	tests := []struct{ name, encoding, body string }{
		{"gzip", "gzip", gzipped.String()},
		{"zlib's format under gzip, which createUnzip reads too", "gzip", zlibbed.String()},
		{"deflate", "deflate", zlibbed.String()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).replyWith(reply{status: 201, body: tt.body, header: http.Header{"Content-Encoding": {tt.encoding}}})
			env := newEnv(t, "4.23.0", rec)
			got := env.AwaitBody(t, `return (await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'})).sid;`)
			assert.Equal(t, `"SM0123456789abcdef0123456789abcdef"`, got)
		})
	}
}

func TestBrotliAnswersFailWithAnExplanation(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).replyWith(reply{status: 201, body: "\x0b\x02\x80{}\x03", header: http.Header{"Content-Encoding": {"br"}}})
	env := newEnv(t, "4.23.0", rec)
	got := env.AwaitBody(t, `try { await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'}); } catch (e) { return [e.code, e.message]; }`)
	assert.Equal(t, `["ERR_HOOKEMU_BROTLI","hookemu cannot decode a brotli-compressed (Content-Encoding: br) response; the real twilio-node would have"]`, got)
}

func TestUnparsableAnswersFailAsV8WordsIt(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body, want string }{
		{"a number out of place", `{"a" 1}`, "Unexpected number in JSON at position 5"},
		{"a string out of place", `{"a":1 "b":2}`, "Unexpected string in JSON at position 7"},
		{"text after the value", `{"a":1}x`, "Unexpected token x in JSON at position 7"},
		{"a cut-off body", `{"a":`, "Unexpected end of JSON input"},
		{"plain text", `Bad Gateway`, "Unexpected token B in JSON at position 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, "3.29.0", (&recorder{}).reply(201, tt.body))
			got := env.AwaitBody(t, `try { await twilio('`+accountSID+`', 'tok').messages.create({to: '+1'}); } catch (e) { return e.name + ': ' + e.message; }`)
			assert.Equal(t, quote("SyntaxError: "+tt.want), got)
		})
	}
}
