package twilio_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
)

// BenchmarkRequireAndCreate is one invocation's worth of twilio: a fresh
// runtime, require('twilio'), a client and one messages.create answered
// in-process.
func BenchmarkRequireAndCreate(b *testing.B) {
	rec := (&recorder{}).reply(201, messagePayload)
	transport := modtest.HandlerTransport(rec)
	module := twilio.Module()
	b.ReportAllocs()
	for b.Loop() {
		rec.mu.Lock()
		rec.requests, rec.replies = rec.requests[:0], []reply{{status: 201, body: messagePayload}}
		rec.mu.Unlock()
		env := modtest.New(b, transport)
		env.Require(b, module, "", "twilio")
		if _, err := env.Await(`twilio('AC0123456789abcdef0123456789abcdef', 'tok').messages.create({to: '+14155552345', from: '+15005550006', body: 'x'})`); err != nil {
			b.Fatal(err)
		}
	}
}
