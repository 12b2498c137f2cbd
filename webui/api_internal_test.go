package webui

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/providers"
)

func post(h http.Handler, ctx context.Context, name, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, apiV1+name, strings.NewReader(body))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestOneRunTooManyIsRefusedWhileTheOthersRun(t *testing.T) {
	t.Parallel()
	h := Runner(RunnerConfig{MaxRunning: 1})
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan int, 1)
	go func() {
		// never calls back and keeps a timer going, so the run holds its
		// slot until its request ends (code with nothing pending would
		// end at once as no-callback and free the slot)
		first <- post(h, ctx, "run", `{"code": "module.exports = function (r, t, c, cb) { setInterval(function () {}, 50); };"}`).Code
	}()
	r := h.(*runnerMux).runner
	require.Eventually(t, func() bool { return len(r.slots) == 1 }, time.Minute, time.Millisecond)

	w := post(h, context.Background(), "migrate", `{"hook": "8x8.js"}`)
	assert.Equal(t, http.StatusTooManyRequests, w.Code, w.Body.String())
	assert.Equal(t, "1", w.Header().Get("Retry-After"))

	cancel()
	<-first
	w = post(h, context.Background(), "migrate", `{"hook": "8x8.js"}`)
	assert.Equal(t, http.StatusOK, w.Code, "the slot is free once the run ended: %s", w.Body.String())
}

func TestARunSendsToTheFakesItWasLent(t *testing.T) {
	t.Parallel()
	fakes, err := providers.NewSet(providers.SetConfig{})
	require.NoError(t, err)
	var masked map[string]string
	h := Runner(RunnerConfig{Fakes: fakes, MaskSecrets: func(s map[string]string) error { masked = s; return nil }})
	w := post(h, context.Background(), "run", `{"hook": "8x8.js", "secrets": {"apikey": "k-1", "subaccount": "sub-1"}}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), `"outcome": "success"`)
	fake, err := fakes.Fake("8x8")
	require.NoError(t, err)
	assert.Equal(t, 1, fake.Journal().Len())
	assert.Equal(t, map[string]string{"apikey": "k-1", "subaccount": "sub-1"}, masked, "the lender was told the secrets first")
}

func TestFakesThatCannotMaskARunsSecretsAreNotLent(t *testing.T) {
	t.Parallel()
	fakes, err := providers.NewSet(providers.SetConfig{})
	require.NoError(t, err)
	h := Runner(RunnerConfig{Fakes: fakes})
	w := post(h, context.Background(), "run", `{"hook": "8x8.js"}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	fake, err := fakes.Fake("8x8")
	require.NoError(t, err)
	assert.Zero(t, fake.Journal().Len(), "the run sent to fakes of its own")
}

func TestARunIsRefusedWhenItsSecretsCannotBeMasked(t *testing.T) {
	t.Parallel()
	fakes, err := providers.NewSet(providers.SetConfig{})
	require.NoError(t, err)
	h := Runner(RunnerConfig{Fakes: fakes, MaskSecrets: func(map[string]string) error { return errors.New("restart it") }})
	w := post(h, context.Background(), "run", `{"hook": "8x8.js"}`)
	assert.Equal(t, http.StatusServiceUnavailable, w.Code)
	assert.Contains(t, w.Body.String(), "restart it")
	fake, err := fakes.Fake("8x8")
	require.NoError(t, err)
	assert.Zero(t, fake.Journal().Len(), "nothing was sent")
}

func TestASecretTheCodeLacksIsToldAsTheRunnerSetsOne(t *testing.T) {
	t.Parallel()
	h := Runner(RunnerConfig{})
	w := post(h, context.Background(), "run", `{"code": "module.exports = function (r, t, c, cb) { cb(null, {k: c.webtask.secrets.token}); };", "secrets": {"region": "eu"}}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), `which is not set: add a secret named token under Secrets and payload, then run again`)
	assert.NotContains(t, w.Body.String(), "--secret", "the runner has no command line")
}
