package emulator_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The harness reads from a request's context whether the hook had called
// back and whether the run is over, to word what it records.
func TestARequestsContextTellsWhetherTheHookCalledBackAndTheRunIsOver(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: time.Minute})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) {
		require('axios').post('https://api.example.test/before', {}).then(function () {
			cb();
			require('axios').post('https://api.example.test/after', {});
		});
	};`))
	require.NoError(t, err)
	type seen struct{ calledBack, over bool }
	var mu sync.Mutex
	during := map[string]seen{}
	var contexts []context.Context
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		mu.Lock()
		defer mu.Unlock()
		during[r.URL.Path] = seen{emulator.CalledBack(r.Context()), emulator.RunOver(r.Context())}
		contexts = append(contexts, r.Context())
		return &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{}, Body: io.NopCloser(strings.NewReader("{}")), Request: r}, nil
	})
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Transport: transport})
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, map[string]seen{"/before": {false, false}, "/after": {true, false}}, during)
	require.Len(t, contexts, 2)
	for _, ctx := range contexts {
		assert.True(t, emulator.RunOver(ctx), "once Run returned")
		assert.True(t, emulator.CalledBack(ctx))
	}
	assert.False(t, emulator.RunOver(context.Background()), "a context of no run")
	assert.False(t, emulator.CalledBack(context.Background()))
}
