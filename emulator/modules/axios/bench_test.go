package axios_test

import (
	"io"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
)

// BenchmarkRequireAndPost measures what one invocation pays for axios:
// requiring it in a fresh runtime and making the 8x8 hook's request.
func BenchmarkRequireAndPost(b *testing.B) {
	for _, version := range []string{"0.19.2", "1.13.6"} {
		b.Run(version, func(b *testing.B) {
			transport := modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.Copy(io.Discard, r.Body)
				w.Header().Set("Content-Type", "application/json")
				_, _ = io.WriteString(w, `{"umid":"0c7f1c3e","status":{"state":"accepted"}}`)
			}))
			b.ReportAllocs()
			for b.Loop() {
				env := modtest.New(b, transport)
				env.Require(b, axios.Module(), version, "axios")
				v, err := env.Await(eightByEightHook)
				if err != nil || v.String() != "accepted" {
					b.Fatalf("hook: %v %v", v, err)
				}
			}
		})
	}
}

const eightByEightHook = `
	const instance = axios.create({
		baseURL: 'https://sms.8x8.com/api/v1/',
		headers: {Authorization: 'Bearer k', 'Content-Type': 'application/json'},
	});
	instance({method: 'post', url: 'subaccounts/acme/messages',
		data: {encoding: 'AUTO', destination: '+18085555555', text: 'Your code is 1234'}})
		.then(r => r.data.status.state)`

// BenchmarkRequire is the cost of the require alone.
func BenchmarkRequire(b *testing.B) {
	for _, version := range []string{"0.19.2", "1.13.6"} {
		b.Run(version, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				env := modtest.New(b, http.DefaultTransport)
				env.Require(b, axios.Module(), version, "axios")
			}
		})
	}
}

// BenchmarkRequest is the cost of one more request in a runtime that
// already required axios.
func BenchmarkRequest(b *testing.B) {
	for _, version := range []string{"0.19.2", "1.13.6"} {
		b.Run(version, func(b *testing.B) {
			env := modtest.New(b, modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.WriteString(w, `{"ok":true}`)
			})))
			env.Require(b, axios.Module(), version, "axios")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := env.Await(`axios.post('https://sms.8x8.com/api/v1/x', {a: 1})`); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBareRuntime is the floor: the same environment without axios.
func BenchmarkBareRuntime(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, http.DefaultTransport)
		if _, err := env.Await(`1`); err != nil {
			b.Fatal(err)
		}
	}
}
