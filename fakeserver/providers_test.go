package fakeserver_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// sendExample sends p's example request to base+prefix, with host as the
// Host header when set, and returns the status.
func sendExample(t *testing.T, p provider.Provider, base, prefix, host string) int {
	t.Helper()
	ex := p.(provider.Exampler).Example()
	req, err := http.NewRequest(ex.Method, base+prefix+ex.Path, bytes.NewReader(ex.Body))
	require.NoError(t, err)
	req.Header = ex.Header.Clone()
	if host != "" {
		req.Host = host
	}
	return do(t, req)
}

// latest is the newest message the REST API shows.
func latest(t *testing.T, base string) fakeserver.Message {
	t.Helper()
	var m fakeserver.Message
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages/latest", "", &m))
	return m
}

func TestEveryProviderIsServedUnderItsName(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			_, base := start(t, fakeserver.Config{})
			// With the provider's own host, as the example was made for
			// (a signed request signs its host): the name still wins.
			status := sendExample(t, p, base, "/"+p.Name(), exampleHost(p))
			m := latest(t, base)
			assert.Equal(t, p.Name(), m.Provider)
			path, _, _ := strings.Cut(p.(provider.Exampler).Example().Path, "?")
			assert.Equal(t, path, m.Path, "the provider sees its own path, without /NAME")
			assert.Equal(t, status, m.Status)
		})
	}
}

// exampleHost is the host p's example is addressed to: its real API's,
// which a signed request signs, or one its host patterns name.
func exampleHost(p provider.Provider) string {
	if u := p.Upstream(p.(provider.Exampler).Example().Path); u != nil {
		return u.Host
	}
	return strings.ReplaceAll(p.Hosts()[0], "*", "example")
}

func TestARequestNamingAProvidersHostReachesThatProvider(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			_, base := start(t, fakeserver.Config{})
			sendExample(t, p, base, "", exampleHost(p))
			m := latest(t, base)
			assert.Equal(t, p.Name(), m.Provider)
			assert.True(t, m.Accepted, "the example is taken: %d %s", m.Status, m.Response)
		})
	}
}

func TestTheRESTAPIShowsEveryProvidersCommonFieldsWithCredentialsMasked(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			_, base := start(t, fakeserver.Config{})
			sendExample(t, p, base, "", exampleHost(p))
			ex := p.(provider.Exampler).Example()
			described := p.Describe(ex.Method, ex.Path, ex.Header, ex.Body)
			m := latest(t, base)
			if provider.KindOf(p) == provider.Messaging {
				assert.Equal(t, described.Destination, m.Destination)
				assert.Equal(t, described.Text, m.Text)
				assert.Equal(t, provider.ExtractCode(described.Text), m.Code)
				assert.NotEmpty(t, m.Code)
			}
			raw, err := jsonOf(m)
			require.NoError(t, err)
			for _, c := range described.Credentials {
				assert.NotContains(t, raw, c, "a credential the provider reads is never shown")
			}
		})
	}
}

func TestANotFoundPathListsEveryProvider(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	resp, err := http.Get(base + "/nowhere")
	require.NoError(t, err)
	body := readBody(t, resp)
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	for _, p := range providers.All() {
		assert.Contains(t, body, "/"+p.Name()+"/")
		for _, path := range p.Paths() {
			assert.Contains(t, body, path)
		}
	}
}

func TestAnUpstreamForAnUnknownProviderIsRefused(t *testing.T) {
	t.Parallel()
	_, err := fakeserver.New(fakeserver.Config{Forward: &fakeserver.Forward{
		Upstreams: map[string]*url.URL{"twillio": {Scheme: "https", Host: "example.com"}},
	}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "did you mean twilio?")
}

func TestForwardingListsEveryProvidersBaseURL(t *testing.T) {
	t.Parallel()
	fwd := &fakeserver.Forward{Upstreams: map[string]*url.URL{"8x8": {Scheme: "https", Host: "sms.us.8x8.com"}}}
	urls := fwd.BaseURLs()
	assert.Contains(t, urls, "https://sms.us.8x8.com")
	assert.NotContains(t, urls, "https://sms.8x8.com", "the upstream given replaces the default")
	for _, p := range providers.All() {
		if u := p.Upstream("/"); u != nil && p.Name() != "8x8" {
			assert.Contains(t, urls, u.String())
		}
	}
}

// jsonOf is m as the API answers it.
func jsonOf(m fakeserver.Message) (string, error) {
	data, err := json.Marshal(m)
	return string(data), err
}
