package harness

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// heldUntilTheRunEnds stands between a run and its recorder: a request
// that reaches it ends the run (endRun) and goes on to the recorder only
// once release is closed, after the run is over. It is a request's
// goroutine that a loaded machine runs only after the grace after cb.
type heldUntilTheRunEnds struct {
	rec     *recorder
	endRun  context.CancelFunc
	release chan struct{}
}

func (h heldUntilTheRunEnds) Unwrap() http.RoundTripper { return h.rec }

func (h heldUntilTheRunEnds) RoundTrip(r *http.Request) (*http.Response, error) {
	h.endRun()
	<-h.release
	return h.rec.RoundTrip(r)
}

// runHeld runs src with every request held before the recorder until the
// run has ended, then lets them go.
func runHeld(t *testing.T, src string) Report {
	t.Helper()
	// The run ends when its request is held, long before the grace would
	// end it: the hook's own JavaScript always gets to issue the request.
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP()), Grace: time.Minute})
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	ctx, endRun := context.WithCancel(context.Background())
	defer endRun()
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	h := New(Config{})
	h.between = func(rec *recorder) http.RoundTripper {
		return heldUntilTheRunEnds{rec: rec, endRun: endRun, release: release}
	}
	return h.Run(ctx, em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: time.Minute})
}

const (
	to8x8       = `'https://sms.8x8.com/api/v1/subaccounts/acme/messages'`
	url8x8      = "https://sms.8x8.com/api/v1/subaccounts/acme/messages"
	sid         = "AC" + "0123456789abcdef0123456789abcdef"
	urlTwilio   = "https://api.twilio.com/2010-04-01/Accounts/" + sid + "/Messages.json"
	hookWarning = "POST %s was still in flight when cb was called: Auth0 may freeze the hook before it is sent; finish every request before calling cb"
)

func TestARequestWhoseGoroutineRunsOnlyAfterTheRunEndedIsOnTheRecordInFlight(t *testing.T) {
	t.Parallel()
	hookCalling := func(send string) string {
		return "module.exports = function (recipient, text, context, cb) {\n  " + send + "\n  cb();\n};"
	}
	cases := []struct {
		name, src, provider, url, warning string
	}{
		{"a request sent with the raw send shims share", hookCalling(`require('rawhttp').send({method: 'POST', url: ` + to8x8 + `, body: '{}'}).catch(function () {});`),
			"8x8", url8x8, hookWarning},
		{"a request sent with axios", hookCalling(`require('axios').post(` + to8x8 + `, {text: text}).catch(function () {});`),
			"8x8", url8x8, hookWarning},
		{"a request sent with request", hookCalling(`require('request').post({url: ` + to8x8 + `, json: {text: text}}, function () {});`),
			"8x8", url8x8, hookWarning},
		{"a request sent with node-fetch", hookCalling(`require('node-fetch')(` + to8x8 + `, {method: 'POST', body: '{}'}).catch(function () {});`),
			"8x8", url8x8, hookWarning},
		{"a request sent with twilio", hookCalling(`require('twilio')('` + sid + `', 'token').messages.create({to: recipient, from: '+15555550100', body: text}).catch(function () {});`),
			"twilio", urlTwilio, hookWarning},
		{"a request sent with Node's https", hookCalling(`var req = require('https').request(` + to8x8 + `, {method: 'POST'}); req.on('error', function () {}); req.end('{}');`),
			"8x8", url8x8, hookWarning},
		{"a request an Action does not await", `exports.onExecuteSendPhoneMessage = async function (event, api) {
  require('axios').post(` + to8x8 + `, {text: event.message_options.text}).catch(function () {});
};`,
			"8x8", url8x8, "POST %s was still in flight when the Action returned: Auth0 may freeze the Action before it is sent; await every request before returning"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			rep := runHeld(t, c.src)
			require.True(t, rep.OK, "%+v", rep.Error)
			require.Len(t, rep.Requests, 1, "the request is on the record though it never reached the recorder")
			ex := rep.Requests[0]
			assert.Equal(t, "POST", ex.Method)
			assert.Equal(t, c.url, ex.URL)
			assert.Equal(t, c.provider, ex.Provider)
			assert.Equal(t, 0, ex.Status)
			assert.Equal(t, noResponse, ex.Error)
			assert.True(t, ex.AfterCallback)
			assert.NotEmpty(t, ex.Headers)
			assert.Contains(t, rep.Problems, emulator.Problem{Severity: emulator.SeverityWarning, Message: fmt.Sprintf(c.warning, c.url)})
		})
	}
}

// newRequest is a POST to the fake 8x8 with body, bound to ctx.
func newRequest(t *testing.T, ctx context.Context, body string) *http.Request {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url8x8, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	return req
}

// issue puts req on rec's record, as a shim does, and returns it.
func issue(rec *recorder, req *http.Request, body string) *http.Request {
	rec.Issue(req, []byte(body))
	return req
}

// onlyAnswered is rec's one exchange, {"n":1} to the fake 8x8, answered.
func onlyAnswered(t *testing.T, rec *recorder) Exchange {
	t.Helper()
	exchanges, _ := rec.snapshot()
	require.Len(t, exchanges, 1)
	assert.Equal(t, `{"n":1}`, exchanges[0].Body)
	assert.Equal(t, "8x8", exchanges[0].Provider)
	assert.NotZero(t, exchanges[0].Status)
	return exchanges[0]
}

func TestTheRecordKeepsEachRequestOnceInTheOrderItWasIssued(t *testing.T) {
	t.Parallel()
	recorderFor := func() *recorder { return &recorder{routes: New(Config{}).routes} }
	ctx := context.Background()
	t.Run("an issued request that reaches the recorder completes its own record", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		req := issue(rec, newRequest(t, ctx, `{"n":1}`), `{"n":1}`)
		_, err := rec.RoundTrip(req)
		require.NoError(t, err)
		assert.Empty(t, onlyAnswered(t, rec).Error)
	})
	t.Run("a request no shim issued is recorded when it reaches the recorder", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		_, err := rec.RoundTrip(newRequest(t, ctx, `{"n":1}`))
		require.NoError(t, err)
		onlyAnswered(t, rec)
	})
	t.Run("requests are in the order issued, whichever reaches the recorder first", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		first := issue(rec, newRequest(t, ctx, `{"n":1}`), `{"n":1}`)
		second := issue(rec, newRequest(t, ctx, `{"n":2}`), `{"n":2}`)
		_, err := rec.RoundTrip(second)
		require.NoError(t, err)
		_, err = rec.RoundTrip(first)
		require.NoError(t, err)
		exchanges, _ := rec.snapshot()
		require.Len(t, exchanges, 2)
		assert.Equal(t, `{"n":1}`, exchanges[0].Body)
		assert.Equal(t, `{"n":2}`, exchanges[1].Body)
	})
	t.Run("a request sent again after its answer is recorded again", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		req := issue(rec, newRequest(t, ctx, `{}`), `{}`)
		_, err := rec.RoundTrip(req)
		require.NoError(t, err)
		_, err = rec.RoundTrip(req)
		require.NoError(t, err)
		exchanges, _ := rec.snapshot()
		assert.Len(t, exchanges, 2)
	})
	t.Run("a withdrawn request is not on the record", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		req := issue(rec, newRequest(t, ctx, `{}`), `{}`)
		rec.Withdraw(req)
		rec.Unsent(req, context.Canceled)
		exchanges, _ := rec.snapshot()
		assert.Empty(t, exchanges)
	})
	t.Run("a request that ended unsent says why", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		req := issue(rec, newRequest(t, ctx, `{}`), `{}`)
		rec.Unsent(req, context.DeadlineExceeded)
		exchanges, _ := rec.snapshot()
		require.Len(t, exchanges, 1)
		assert.Equal(t, "context deadline exceeded", exchanges[0].Error)
		assert.False(t, exchanges[0].AfterCallback, "the run it belongs to never called back")
	})
	t.Run("a request still unsent when the record is read is in flight, after the callback only if there was one", func(t *testing.T) {
		t.Parallel()
		rec := recorderFor()
		issue(rec, newRequest(t, ctx, `{}`), `{}`)
		exchanges, _ := rec.snapshot()
		require.Len(t, exchanges, 1)
		assert.Equal(t, noResponse, exchanges[0].Error)
		assert.Zero(t, exchanges[0].Status)
		assert.False(t, exchanges[0].AfterCallback)
	})
}

// endedRun is the context of a request made by a run that called back and
// is over.
func endedRun(t *testing.T) context.Context {
	t.Helper()
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP())})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) {
		require('rawhttp').send({method: 'GET', url: 'https://api.example.test/'}).then(function () { cb(); }); };`))
	require.NoError(t, err)
	var ctx context.Context
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		ctx = r.Context()
		return &http.Response{StatusCode: 204, Status: "204 No Content", Header: http.Header{}, Body: http.NoBody, Request: r}, nil
	})
	res := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Transport: transport})
	require.True(t, res.OK(), "%+v", res.Error)
	require.True(t, emulator.RunOver(ctx))
	return ctx
}

func TestARequestTheRunsEndCutOffReadsTheSameHoweverFarItGot(t *testing.T) {
	t.Parallel()
	over := endedRun(t)
	recorderFor := func() *recorder { return &recorder{routes: New(Config{}).routes} }
	cases := []struct {
		name string
		end  func(rec *recorder, req *http.Request)
	}{
		{"its goroutine found the run over before sending it", func(rec *recorder, req *http.Request) { rec.Unsent(req, context.Canceled) }},
		{"it reached the fake after the run was over", func(rec *recorder, req *http.Request) { _, _ = rec.RoundTrip(req) }},
		{"its goroutine had not run when the record was read", func(*recorder, *http.Request) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			rec := recorderFor()
			c.end(rec, issue(rec, newRequest(t, over, `{}`), `{}`))
			exchanges, _ := rec.snapshot()
			require.Len(t, exchanges, 1)
			assert.Equal(t, noResponse, exchanges[0].Error)
			assert.Zero(t, exchanges[0].Status)
			assert.True(t, exchanges[0].AfterCallback)
		})
	}
}
