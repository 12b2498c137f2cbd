package httpkit_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// issuer is a transport that keeps a record as the harness's does, and
// says what happened to each request: issued, withdrawn, unsent (and
// why), or sent.
type issuer struct {
	mu     sync.Mutex
	issued map[*http.Request]bool
	events []string
}

var _ modules.Issuer = (*issuer)(nil)

func (i *issuer) note(req *http.Request, event string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if !i.issued[req] {
		event += " (not the request issued)"
	}
	i.events = append(i.events, event)
}

func (i *issuer) Events() []string {
	i.mu.Lock()
	defer i.mu.Unlock()
	return append([]string(nil), i.events...)
}

func (i *issuer) Issue(req *http.Request, body []byte) {
	i.mu.Lock()
	if i.issued == nil {
		i.issued = map[*http.Request]bool{}
	}
	i.issued[req] = true
	i.mu.Unlock()
	i.note(req, "issued "+req.Method+" "+req.URL.String()+" "+string(body))
}

func (i *issuer) Withdraw(req *http.Request) { i.note(req, "withdrawn") }

func (i *issuer) Unsent(req *http.Request, err error) { i.note(req, "unsent: "+err.Error()) }

func (i *issuer) RoundTrip(req *http.Request) (*http.Response, error) {
	i.note(req, "sent")
	return &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{}, Body: io.NopCloser(strings.NewReader("{}")), Request: req}, nil
}

const sendJS = `require('rawhttp').send({method: 'POST', url: 'https://api.test/messages', body: '{"to":"+15555550100"}'}).catch(function () {});`

func TestARequestIsOnTheRecordFromTheMomentTheHookIssuesIt(t *testing.T) {
	t.Parallel()
	rec := &issuer{}
	env := modtest.New(t, rec)
	env.Require(t, modtest.RawHTTP(), "", "rawhttp")
	env.Run(t, "var require = function () { return rawhttp; };")

	env.Run(t, sendJS)
	assert.Equal(t, []string{`issued POST https://api.test/messages {"to":"+15555550100"}`}, rec.Events(),
		"issued in the JS call, before the loop gave its goroutine a chance to run")

	_, err := env.Await("undefined")
	require.NoError(t, err)
	assert.Equal(t, []string{`issued POST https://api.test/messages {"to":"+15555550100"}`, "sent"}, rec.Events(),
		"the request sent is the one on the record, not a second one")
}

func TestARequestThatEndsBeforeItIsSentCompletesItsRecord(t *testing.T) {
	t.Parallel()
	t.Run("a request aborted in the tick that issued it is withdrawn and never sent", func(t *testing.T) {
		t.Parallel()
		rec := &issuer{}
		env := modtest.New(t, rec)
		ctx, abort := context.WithCancel(env.Context())
		var failed *httpkit.NetError
		httpkit.Send(httpkit.ScopedHost(env, ctx), httpkit.Request{Method: http.MethodPost, URL: "https://api.test/messages"},
			func(_ *httpkit.Response, netErr *httpkit.NetError) error { failed = netErr; return nil })
		abort()
		_, err := env.Await("undefined")
		require.NoError(t, err)
		assert.Equal(t, []string{"issued POST https://api.test/messages ", "withdrawn"}, rec.Events())
		require.NotNil(t, failed)
		assert.Equal(t, "socket hang up", failed.Message)
	})
}

func TestTheRecordIsFoundUnderTheWireNodeShimsPutInFront(t *testing.T) {
	t.Parallel()
	rec := &issuer{}
	env := modtest.New(t, rec)
	httpkit.Send(httpkit.ExchangeHost(env, env.Context()), httpkit.Request{Method: http.MethodGet, URL: "https://api.test/status"},
		func(*httpkit.Response, *httpkit.NetError) error { return nil })
	_, err := env.Await("undefined")
	require.NoError(t, err)
	assert.Equal(t, []string{"issued GET https://api.test/status ", "sent"}, rec.Events())
}

func TestATransportThatKeepsNoRecordStillSends(t *testing.T) {
	t.Parallel()
	var sent []string
	env := modtest.New(t, modtest.Failing(func(r *http.Request) error {
		sent = append(sent, r.Method+" "+r.URL.String())
		return errors.New("refused")
	}))
	var failed *httpkit.NetError
	httpkit.Send(env, httpkit.Request{Method: http.MethodGet, URL: "https://api.test/status"},
		func(_ *httpkit.Response, netErr *httpkit.NetError) error { failed = netErr; return nil })
	_, err := env.Await("undefined")
	require.NoError(t, err)
	assert.Equal(t, []string{"GET https://api.test/status"}, sent)
	assert.NotNil(t, failed)
}
