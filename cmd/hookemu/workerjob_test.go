package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/scenarios"
)

// wireJobs are jobs as the runner sends them: contexts shared, changed,
// empty, null or missing, an event, providers, stubs.
func wireJobs(t *testing.T) []scenarios.Job {
	t.Helper()
	base := emulator.DefaultPayload()
	voice, err := base.Merge(map[string]any{"context": map[string]any{"message_type": "voice", "user": map[string]any{"tags": []any{"a", 1.5, true, nil}}}})
	require.NoError(t, err)
	withEvent, err := base.Merge(map[string]any{"event": map[string]any{"tenant": map[string]any{"id": "acme"}}})
	require.NoError(t, err)
	job := scenarios.Job{HookName: "8x8.js", Secrets: map[string]string{"apikey": "k"}, Timeout: 5 * time.Second, Seed: "s",
		Providers: providers.Configs{"8x8": &fake8x8.Config{APIKey: "k", SubAccounts: []string{"acme-otp"}}}}
	var jobs []scenarios.Job
	for i, p := range []emulator.Payload{base, base, voice, withEvent, voice, {Recipient: "+6512345678", Context: map[string]any{}}, {Recipient: "+6512345678"}} {
		j := job
		j.Payload, j.Seed = p, fmt.Sprintf("s%d", i)
		jobs = append(jobs, j)
	}
	return jobs
}

func TestAWorkerReadsEachJobAsEncodingJSONDecodesIt(t *testing.T) {
	t.Parallel()
	jobs := wireJobs(t)
	var pipe bytes.Buffer
	enc := json.NewEncoder(&pipe)
	for _, job := range jobs {
		require.NoError(t, enc.Encode(job))
	}
	pipe.WriteString(`{"hook_name": "8x8.js", "payload": {"recipient": "+6512345678", "text": "t"}, "seed": "no context"}` + "\n")
	pipe.WriteString(`{"hook_name": "8x8.js", "payload": {"recipient": "+6512345678", "text": "t", "context": null}, "seed": "null"}` + "\n")
	slow := json.NewDecoder(bytes.NewReader(pipe.Bytes()))
	fast := newJobReader(&pipe)
	for i := 0; ; i++ {
		var want scenarios.Job
		wantErr := slow.Decode(&want)
		got, err := fast.read()
		if errors.Is(wantErr, io.EOF) {
			require.ErrorIs(t, err, io.EOF)
			break
		}
		require.NoError(t, wantErr)
		require.NoError(t, err)
		assert.Equal(t, want, got, "job %d", i)
	}
}

func TestJobsCarryingTheSameContextShareOneDecodedMap(t *testing.T) {
	t.Parallel()
	jobs := wireJobs(t)
	var pipe bytes.Buffer
	enc := json.NewEncoder(&pipe)
	for _, job := range jobs[:3] {
		require.NoError(t, enc.Encode(job))
	}
	r := newJobReader(&pipe)
	var read []scenarios.Job
	for range 3 {
		job, err := r.read()
		require.NoError(t, err)
		read = append(read, job)
	}
	same := func(a, b map[string]any) bool { return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer() }
	assert.True(t, same(read[0].Payload.Context, read[1].Payload.Context), "the same bytes are decoded once")
	assert.False(t, same(read[0].Payload.Context, read[2].Payload.Context), "another context is its own")
}

func TestAWorkerKeepsNoMoreThanItsBoundOfContexts(t *testing.T) {
	t.Parallel()
	var pipe bytes.Buffer
	enc := json.NewEncoder(&pipe)
	for i := range maxSharedContexts + 5 {
		p := emulator.Payload{Recipient: "+6512345678", Context: map[string]any{"code": fmt.Sprint(i)}}
		require.NoError(t, enc.Encode(scenarios.Job{HookName: "8x8.js", Payload: p}))
	}
	r := newJobReader(&pipe)
	for i := range maxSharedContexts + 5 {
		job, err := r.read()
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprint(i), job.Payload.Context["code"])
		assert.LessOrEqual(t, len(r.contexts), maxSharedContexts)
	}
}

func TestALargeContextIsDecodedForItsJobAlone(t *testing.T) {
	t.Parallel()
	large := emulator.Payload{Recipient: "+6512345678", Context: map[string]any{"user": map[string]any{"user_metadata": map[string]any{"notes": strings.Repeat("x", maxSharedContextBytes)}}}}
	var pipe bytes.Buffer
	enc := json.NewEncoder(&pipe)
	for range 2 {
		require.NoError(t, enc.Encode(scenarios.Job{HookName: "8x8.js", Payload: large}))
	}
	r := newJobReader(&pipe)
	for range 2 {
		job, err := r.read()
		require.NoError(t, err)
		assert.Equal(t, large.Context, job.Payload.Context)
	}
	assert.Empty(t, r.contexts, "a large context is not kept")
}

// A hook that changes its context changes only its own run's: the next
// job with the same context, in the same worker, sees it as sent.
func TestAHookChangingItsContextLeavesTheNextJobsContextAlone(t *testing.T) {
	t.Parallel()
	hook := filepath.Join(t.TempDir(), "hook.js")
	require.NoError(t, os.WriteFile(hook, []byte(`module.exports = function (recipient, text, context, cb) {
  var seen = context.client.name + ' ' + context.user.app_metadata.plan;
  context.client.name = 'changed'; context.user.app_metadata.plan = 'changed'; delete context.code;
  cb(null, {seen: seen, code: context.code});
};`), 0o644))
	payload, err := emulator.DefaultPayload().Merge(map[string]any{"context": map[string]any{"user": map[string]any{"app_metadata": map[string]any{"plan": "gold"}}}})
	require.NoError(t, err)
	var in, out bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := range 3 {
		require.NoError(t, enc.Encode(scenarios.Job{Hook: hook, HookName: "hook.js", Payload: payload, Timeout: 5 * time.Second, Seed: fmt.Sprint(i)}))
	}
	require.NoError(t, runWorker(t.Context(), hookFlags{}, &in, &out))
	dec := json.NewDecoder(&out)
	for i := range 3 {
		var reply workerReply
		require.NoError(t, dec.Decode(&reply), "reply %d", i)
		require.Empty(t, reply.Error)
		assert.JSONEq(t, `{"seen": "Test Application gold"}`, string(reply.Report.Response), "job %d", i)
	}
}
