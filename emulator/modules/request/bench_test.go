package request_test

import (
	"io"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/request"
)

var providerTransport = modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"sid":"SM123","status":"queued"}`)
}))

const twilioHook = `new Promise((resolve, reject) => request.post({
		url: 'https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json',
		auth: {user: 'AC123', pass: 'token'},
		form: {To: '+18085555555', From: '+15005550006', Body: 'Your code is 1234'},
		json: true,
	}, (err, res, body) => err ? reject(err) : resolve(body.status)))`

// BenchmarkRequireAndPost is what one invocation pays for request:
// requiring it in a fresh runtime and making a Twilio hook's call.
func BenchmarkRequireAndPost(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, providerTransport)
		env.Require(b, request.Module(), "2.88.2", "request")
		v, err := env.Await(twilioHook)
		if err != nil || v.String() != "queued" {
			b.Fatalf("hook: %v %v", v, err)
		}
	}
}

// BenchmarkRequire is the cost of the require alone.
func BenchmarkRequire(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, http.DefaultTransport)
		env.Require(b, request.Module(), "2.88.2", "request")
	}
}

// BenchmarkRequest is one more call in a runtime that already required
// request.
func BenchmarkRequest(b *testing.B) {
	env := modtest.New(b, providerTransport)
	env.Require(b, request.Module(), "2.88.2", "request")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := env.Await(twilioHook); err != nil {
			b.Fatal(err)
		}
	}
}
