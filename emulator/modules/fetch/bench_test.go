package fetch_test

import (
	"io"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
)

var providerTransport = modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"umid":"0c7f1c3e","status":{"state":"accepted"}}`)
}))

const eightByEightAction = `fetch('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {
		method: 'POST',
		headers: {Authorization: 'Bearer k', 'Content-Type': 'application/json'},
		body: JSON.stringify({encoding: 'AUTO', destination: '+18085555555', text: 'Your code is 1234'}),
		signal: AbortSignal.timeout(5000),
	}).then(r => r.json()).then(d => d.status.state)`

// BenchmarkFirstFetch is what an Action pays for fetch: the globals built
// on first touch in a fresh runtime, and the 8x8 request.
func BenchmarkFirstFetch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, providerTransport)
		for _, name := range []string{"fetch", "AbortSignal"} {
			v, _ := fetch.Global(env, name)
			_ = env.RT.Set(name, v)
		}
		v, err := env.Await(eightByEightAction)
		if err != nil || v.String() != "accepted" {
			b.Fatalf("action: %v %v", v, err)
		}
	}
}

// BenchmarkGlobals is the cost of building the globals alone.
func BenchmarkGlobals(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, http.DefaultTransport)
		if _, ok := fetch.Global(env, "fetch"); !ok {
			b.Fatal("no fetch")
		}
	}
}

// BenchmarkRequireNodeFetch is the cost of require('node-fetch') in a
// fresh runtime.
func BenchmarkRequireNodeFetch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, http.DefaultTransport)
		env.Require(b, fetch.Module(), "2.6.1", "nodeFetch")
	}
}

// BenchmarkFetch is one more request in a runtime that already has fetch.
func BenchmarkFetch(b *testing.B) {
	env := modtest.New(b, providerTransport)
	install(b, env, "2.6.1")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := env.Await(`fetch('https://sms.8x8.com/x', {method: 'POST', body: '{}'}).then(r => r.json())`); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareRuntime is the floor: the same environment without fetch.
func BenchmarkBareRuntime(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env := modtest.New(b, http.DefaultTransport)
		if _, err := env.Await(`1`); err != nil {
			b.Fatal(err)
		}
	}
}
