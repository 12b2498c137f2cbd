package main

import (
	"encoding/json"
	"io"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/scenarios"
)

// maxSharedContexts bounds the contexts a worker keeps decoded. A suite's
// scenarios mostly carry a handful (the runner's example with the same
// few keys changed); a suite with more only decodes again.
const maxSharedContexts = 64

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
	if ctx, ok := r.contexts[string(raw)]; ok {
		return ctx, nil
	}
	var ctx map[string]any
	if err := json.Unmarshal(raw, &ctx); err != nil {
		return nil, err
	}
	if len(r.contexts) >= maxSharedContexts {
		clear(r.contexts)
	}
	r.contexts[string(raw)] = ctx
	return ctx, nil
}
