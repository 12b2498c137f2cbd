// Command driver is hookemu's side of benchcompare's like-for-like row:
// what node/peer.js does with Node, done with hookemu's Go packages as a
// user's Go program would call them. It compiles a hook once, then runs
// it RUNS times, PARALLEL at a time, in one process, each run on a fresh
// runtime against the harness's in-process fakes (the same fake 8x8 that
// `hookemu serve` runs for the peer), with the peer's payload and
// secrets:
//
//	go build -o driver ./internal/benchcompare/driver
//	./driver hooks/8x8.js RUNS PARALLEL
//
// Exits 0 when every run succeeded and sent its message, 1 otherwise.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

func main() {
	if err := driveArgs(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(1)
	}
}

func driveArgs(args []string) error {
	if len(args) != 3 {
		return fmt.Errorf("usage: driver HOOK.js RUNS PARALLEL")
	}
	runs, err := strconv.Atoi(args[1])
	if err != nil || runs < 1 {
		return fmt.Errorf("RUNS %q: give a count of runs, at least 1", args[1])
	}
	parallel, err := strconv.Atoi(args[2])
	if err != nil || parallel < 1 {
		return fmt.Errorf("PARALLEL %q: give how many runs go at once, at least 1", args[2])
	}
	_, err = drive(context.Background(), args[0], runs, parallel)
	return err
}

// peerSecrets and peerPayload are what node/peer.js gives the hook.
var peerSecrets = map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount"}

func peerPayload() emulator.Payload {
	return emulator.Payload{
		Recipient: "+15555550100",
		Text:      "Your code is 123456",
		Context: map[string]any{
			"message_type": "sms", "action": "second-factor-authentication", "language": "en", "code": "123456",
			"ip": "127.0.0.1", "user_agent": "hookemu-bench",
			"client": map[string]any{"client_id": "bench", "name": "bench"},
			"user":   map[string]any{"user_id": "auth0|bench"},
		},
	}
}

// drive runs the hook in file runs times, parallel at a time, and
// returns how many requests the runs sent. The first run that fails
// stops the others from starting and is the error.
func drive(ctx context.Context, file string, runs, parallel int) (sent int64, err error) {
	code, err := harness.ReadHookFile(file)
	if err != nil {
		return 0, err
	}
	em := emulator.New(emulator.Config{})
	hook, err := em.Load(file, code)
	if err != nil {
		return 0, fmt.Errorf("cannot load %s: %w", file, err)
	}
	h := harness.New(harness.Config{})
	in := emulator.Invocation{Payload: peerPayload(), Secrets: peerSecrets}
	var next, requests atomic.Int64
	var first sync.Once
	var wg sync.WaitGroup
	for range min(parallel, runs) {
		wg.Go(func() {
			for next.Add(1) <= int64(runs) {
				rep := h.Run(ctx, em, hook, in)
				requests.Add(int64(len(rep.Requests)))
				if !rep.OK {
					first.Do(func() { err = fmt.Errorf("a run failed: %s", describe(rep)) })
					next.Store(int64(runs))
				}
			}
		})
	}
	wg.Wait()
	return requests.Load(), err
}

// describe says why a run failed.
func describe(rep harness.Report) string {
	if rep.Error != nil {
		return rep.Error.Message
	}
	return string(rep.Outcome)
}
