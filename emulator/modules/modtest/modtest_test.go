package modtest_test

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSendFuncCarriesARequestToTheTransportAndBack(t *testing.T) {
	t.Parallel()
	var got *http.Request
	var gotBody []byte
	env := modtest.New(t, modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
		gotBody, _ = io.ReadAll(r.Body)
		w.Header().Set("X-Reply", "yes")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, `{"ok":true}`)
	})))
	require.NoError(t, env.RT.Set("send", httpkit.SendFunc(env)))
	v, err := env.Await(`send({method: "post", url: "https://example.test/x?y=1", headers: {"content-type": "application/json", "X-Multi": ["a", "b"]}, body: '{"a":1}'})`)
	require.NoError(t, err)
	obj := v.(*goja.Object)
	assert.Equal(t, int64(201), obj.Get("status").ToInteger())
	assert.Equal(t, "Created", obj.Get("statusText").String())
	assert.Equal(t, `{"ok":true}`, obj.Get("body").String())
	assert.Equal(t, "yes", obj.Get("headers").ToObject(env.RT).Get("x-reply").String())
	require.NotNil(t, got)
	assert.Equal(t, "POST", got.Method)
	assert.Equal(t, "application/json", got.Header.Get("Content-Type"))
	assert.Equal(t, []string{"a", "b"}, got.Header.Values("X-Multi"))
	assert.Equal(t, `{"a":1}`, string(gotBody))
}

func TestSendFuncRejectsLikeNodeWhenTheHostIsUnknown(t *testing.T) {
	t.Parallel()
	noDNS := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return nil, &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}
	})
	env := modtest.New(t, noDNS)
	require.NoError(t, env.RT.Set("send", httpkit.SendFunc(env)))
	_, err := env.Await(`send({method: "GET", url: "http://no-such-host.invalid/"})`)
	var rej *modtest.Rejection
	require.ErrorAs(t, err, &rej)
	e := rej.Value.ToObject(env.RT)
	assert.Equal(t, "ENOTFOUND", e.Get("code").String())
	assert.Equal(t, "getaddrinfo ENOTFOUND no-such-host.invalid", e.Get("message").String())
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestRunAndAwaitBodyGiveWhatTheCodeGives(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, modtest.NoDNS)
	assert.Equal(t, int64(3), env.Run(t, `1 + 2`).ToInteger())
	assert.Equal(t, `{"n":2}`, env.AwaitBody(t, `const n = await Promise.resolve(2); return {n};`))
	assert.Equal(t, `null`, env.AwaitBody(t, `await null;`), "nothing returned is null")
}

func TestRunAndAwaitBodyFailTheTestOnAnException(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		call func(env *modtest.Env, tb testing.TB)
		want string
	}{
		{"Run fails on a throw", func(env *modtest.Env, tb testing.TB) { env.Run(tb, `throw new Error('boom')`) }, "boom"},
		{"AwaitBody fails on a rejection", func(env *modtest.Env, tb testing.TB) {
			env.AwaitBody(tb, `await Promise.reject(new Error('late boom'));`)
		}, "late boom"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, modtest.NoDNS)
			got := fatalOf(t, func(tb testing.TB) { tc.call(env, tb) })
			assert.Contains(t, got, tc.want)
		})
	}
}

// fatalOf runs fn with a testing.TB whose Fatalf records its message and
// ends fn, and returns the message ("" if fn did not fail).
func fatalOf(t *testing.T, fn func(testing.TB)) string {
	rec := &fatalRecorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(rec)
	}()
	<-done
	return rec.msg
}

type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}
func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
