package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/scenarios"
)

// protocolJob is a job as the runner makes it for a scenario of
// scenariotest's suite: the 8x8 hook, its secrets, a strict fake.
func protocolJob(b *testing.B) scenarios.Job {
	b.Helper()
	payload, err := emulator.DefaultPayload().Merge(map[string]any{"recipient": "+6591000001", "context": map[string]any{"message_type": "sms"}})
	if err != nil {
		b.Fatal(err)
	}
	return scenarios.Job{HookName: "8x8.js", Payload: payload,
		Secrets: map[string]string{"apikey": "test-8x8-key", "subaccount": "acme-otp"}, Timeout: 5 * time.Second, Seed: "enrollment SMS 1",
		Providers: providers.Configs{"8x8": &fake8x8.Config{APIKey: "test-8x8-key", SubAccounts: []string{"acme-otp"}}}}
}

// BenchmarkWorkerProtocol is what one scenario costs to cross the pipe
// both ways in `hookemu test`, less the pipe itself: the job encoded by
// the runner and read by a worker (whose jobReader decodes a context it
// has seen before only once), the worker's reply (a real run of the 8x8
// hook) encoded and decoded.
func BenchmarkWorkerProtocol(b *testing.B) {
	job := protocolJob(b)
	rep, err := scenarios.NewLocalInvoker(emulator.New(emulator.Config{})).Invoke(b.Context(), job)
	if err != nil || !rep.OK {
		b.Fatalf("the job's run failed: %v %+v", err, rep.Error)
	}
	reply := workerReply{Report: rep, Durations: []time.Duration{time.Millisecond}}
	var pipe bytes.Buffer
	enc, dec, jobs := json.NewEncoder(&pipe), json.NewDecoder(&pipe), newJobReader(&pipe)
	b.ReportAllocs()
	for b.Loop() {
		if err := enc.Encode(job); err != nil {
			b.Fatal(err)
		}
		if _, err := jobs.read(); err != nil {
			b.Fatal(err)
		}
		if err := enc.Encode(reply); err != nil {
			b.Fatal(err)
		}
		var back workerReply
		if err := dec.Decode(&back); err != nil {
			b.Fatal(err)
		}
	}
}
