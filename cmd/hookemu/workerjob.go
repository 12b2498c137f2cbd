package main

import (
	"encoding/json"
	"io"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/scenarios"
)

// maxSharedContexts bounds the contexts a worker keeps decoded, and
// maxSharedContextBytes the JSON of each: a suite's scenarios mostly
// carry a handful of small ones (the runner's example, about 600 bytes,
// with the same few keys changed). A suite with more, or with larger
// ones, only decodes them again, so that a worker never holds more than
// about a megabyte of them.
const (
	maxSharedContexts     = 64
	maxSharedContextBytes = 16 << 10
)

// jobReader reads the jobs `hookemu test` writes to a worker, one JSON
// value each. Decoding a payload's context into Go maps was most of what
// a job cost to read (about 100 of its 120 allocations), and the
// scenarios of a suite mostly share one context, so each distinct
// context's JSON is decoded once and every job carrying the same bytes
// gets the same map. That is safe because nothing writes to a payload:
// a run copies it into fresh JS objects (a hook that changes its context
// changes only its own), and a worker runs one job at a time.
type jobReader struct {
	dec      *json.Decoder
	contexts map[string]map[string]any // by the context's JSON
}

func newJobReader(r io.Reader) *jobReader {
	return &jobReader{dec: json.NewDecoder(r), contexts: map[string]map[string]any{}}
}

// wireJob is a job as it crosses the pipe, its context kept as the bytes
// that came. Its payload field hides the embedded Job's.
type wireJob struct {
	scenarios.Job
	Payload wirePayload `json:"payload"`
}

type wirePayload struct {
	Recipient string          `json:"recipient"`
	Text      string          `json:"text"`
	Context   json.RawMessage `json:"context"`
	Event     map[string]any  `json:"event"`
}

// read decodes the next job; io.EOF when the input has ended.
func (r *jobReader) read() (scenarios.Job, error) {
	var wire wireJob
	if err := r.dec.Decode(&wire); err != nil {
		return scenarios.Job{}, err
	}
	ctx, err := r.context(wire.Payload.Context)
	if err != nil {
		return scenarios.Job{}, err
	}
	job := wire.Job
	job.Payload = emulator.Payload{Recipient: wire.Payload.Recipient, Text: wire.Payload.Text, Context: ctx, Event: wire.Payload.Event}
	return job, nil
}

// context is the decoded map of a context's JSON, decoded once however
// many jobs carry the same bytes; nil for no context or null, as
// encoding/json gives.
func (r *jobReader) context(raw json.RawMessage) (map[string]any, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	if len(raw) > maxSharedContextBytes {
		return decodeContext(raw)
	}
	if ctx, ok := r.contexts[string(raw)]; ok {
		return ctx, nil
	}
	ctx, err := decodeContext(raw)
	if err != nil {
		return nil, err
	}
	if len(r.contexts) >= maxSharedContexts {
		clear(r.contexts)
	}
	r.contexts[string(raw)] = ctx
	return ctx, nil
}

func decodeContext(raw json.RawMessage) (map[string]any, error) {
	var ctx map[string]any
	err := json.Unmarshal(raw, &ctx)
	return ctx, err
}
