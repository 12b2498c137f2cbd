package providers_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// The contract every registered provider keeps, tested through its
// Example request: a provider added to the registry is held to all of
// it without a test of its own.

// example is p's example request; every registered provider has one.
func example(t *testing.T, p provider.Provider) provider.Request {
	t.Helper()
	ex, ok := p.(provider.Exampler)
	require.True(t, ok, "%s has an Example request (provider.Exampler)", p.Name())
	return ex.Example()
}

// send sends req to f as a client on the provider's first host would.
func send(t *testing.T, p provider.Provider, f http.Handler, req provider.Request) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(req.Method, "https://"+someHost(p)+req.Path, bytes.NewReader(req.Body))
	r.Header = req.Header.Clone()
	w := httptest.NewRecorder()
	f.ServeHTTP(w, r)
	return w
}

// newFake builds p's fake the way a harness does.
func newFake(t *testing.T, p provider.Provider, cfg providers.SetConfig) provider.Fake {
	t.Helper()
	set, err := providers.NewSet(cfg)
	require.NoError(t, err)
	f, err := set.Fake(p.Name())
	require.NoError(t, err)
	return f
}

func TestEveryProviderAcceptsItsExampleAndJournalsIt(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{})
			ex := example(t, p)
			w := send(t, p, f, ex)
			answer := p.Answer(w.Code, w.Body.Bytes())
			require.True(t, answer.Accepted, "the default fake takes its own example: %d %s", w.Code, w.Body)
			entries := f.Journal().Entries()
			require.Len(t, entries, 1)
			e := entries[0]
			assert.Equal(t, p.Name(), e.Provider)
			assert.Equal(t, w.Code, e.Status)
			assert.True(t, e.Accepted)
			assert.Equal(t, answer.MessageID, e.MessageID, "Answer reads the id the fake journals")
			msg := p.Describe(ex.Method, ex.Path, ex.Header, ex.Body)
			assert.NotEmpty(t, msg.Credentials, "Describe finds the credentials to mask")
			if provider.KindOf(p) == provider.Messaging {
				assert.Equal(t, e.Destination, msg.Destination, "Describe reads the destination the fake journals")
				assert.NotEmpty(t, msg.Destination)
				assert.NotEmpty(t, provider.ExtractCode(msg.Text), "the example's text carries a code: %q", msg.Text)
			}
		})
	}
}

// withoutCredentials is req with its Authorization header dropped and
// every credential Describe finds blanked wherever it stands.
func withoutCredentials(p provider.Provider, req provider.Request) provider.Request {
	creds := p.Describe(req.Method, req.Path, req.Header, req.Body).Credentials
	out := provider.Request{Method: req.Method, Path: req.Path, Header: req.Header.Clone(), Body: bytes.Clone(req.Body)}
	out.Header.Del("Authorization")
	for _, c := range creds {
		out.Path = strings.ReplaceAll(out.Path, c, "")
		out.Body = bytes.ReplaceAll(out.Body, []byte(c), nil)
		for _, values := range out.Header {
			for i := range values {
				values[i] = strings.ReplaceAll(values[i], c, "")
			}
		}
	}
	return out
}

func TestEveryProviderRefusesAndJournalsARequestWithoutCredentials(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{})
			req := withoutCredentials(p, example(t, p))
			status, body, ok := f.Check(req.Method, req.Path, req.Header, req.Body)
			assert.False(t, ok, "Check refuses it")
			// A refusal is an HTTP error, or (Vonage) a 200 whose body
			// says the message was not taken.
			assert.False(t, p.Answer(status, body).Accepted, "Check answers a refusal: %d %s", status, body)
			assert.Empty(t, f.Journal().Entries(), "Check journals nothing")
			w := send(t, p, f, req)
			assert.False(t, p.Answer(w.Code, w.Body.Bytes()).Accepted, "refused: %d %s", w.Code, w.Body)
			entries := f.Journal().Entries()
			require.Len(t, entries, 1, "a refused request is journaled too")
			assert.False(t, entries[0].Accepted)
		})
	}
}

func TestEveryProviderChecksItsExampleWithoutJournaling(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{})
			ex := example(t, p)
			_, body, ok := f.Check(ex.Method, ex.Path, ex.Header, ex.Body)
			assert.True(t, ok, "%s", body)
			assert.Empty(t, f.Journal().Entries())
		})
	}
}

func TestResetEmptiesEveryProvidersJournal(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{})
			send(t, p, f, example(t, p))
			require.NotEmpty(t, f.Journal().Entries())
			f.Reset()
			assert.Empty(t, f.Journal().Entries())
		})
	}
}

func TestFaultsApplyToEveryProvider(t *testing.T) {
	t.Parallel()
	outage := []fakekit.Fault{{Destination: "*", Status: http.StatusServiceUnavailable}}
	for _, p := range providers.All() {
		t.Run(p.Name()+" takes faults it is given", func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{})
			f.SetFaults(outage)
			assert.Equal(t, outage, f.Faults())
			w := send(t, p, f, example(t, p))
			assert.Equal(t, http.StatusServiceUnavailable, w.Code, "%s", w.Body)
			assert.False(t, p.Answer(w.Code, w.Body.Bytes()).Accepted)
			f.SetFaults(nil)
			w = send(t, p, f, example(t, p))
			assert.True(t, p.Answer(w.Code, w.Body.Bytes()).Accepted, "cleared: %d %s", w.Code, w.Body)
		})
		if provider.KindOf(p) != provider.Messaging {
			continue
		}
		t.Run(p.Name()+" takes the faults every provider shares", func(t *testing.T) {
			t.Parallel()
			f := newFake(t, p, providers.SetConfig{Faults: outage})
			w := send(t, p, f, example(t, p))
			assert.Equal(t, http.StatusServiceUnavailable, w.Code, "%s", w.Body)
		})
	}
}

func TestEverySeededProviderAnswersByteForByteAlike(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			answer := func() *httptest.ResponseRecorder {
				f := newFake(t, p, providers.SetConfig{Seed: "conformance"})
				send(t, p, f, example(t, p)) // the second answer may differ from the first (ids count up)
				return send(t, p, f, example(t, p))
			}
			first, second := answer(), answer()
			assert.Equal(t, first.Code, second.Code)
			assert.Equal(t, first.Header(), second.Header())
			assert.Equal(t, first.Body.String(), second.Body.String())
		})
	}
}

// someHost is the host p's example is addressed to: its real API's,
// which a signed request signs, or one its host patterns name.
func someHost(p provider.Provider) string {
	if ex, ok := p.(provider.Exampler); ok {
		if u := p.Upstream(ex.Example().Path); u != nil {
			return u.Host
		}
	}
	return strings.ReplaceAll(p.Hosts()[0], "*", "example")
}
