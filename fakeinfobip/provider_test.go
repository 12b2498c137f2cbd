package fakeinfobip

import (
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProviderHosts(t *testing.T) {
	t.Parallel()
	hosts := Provider{}.Hosts()
	for host, want := range map[string]bool{
		"api.infobip.com":           true,
		"2622w.api.infobip.com":     true,
		"XYZ12.api.infobip.com:443": true,
		"a.b.api.infobip.com":       false,
		"api.infobip.com.evil.io":   false,
	} {
		assert.Equal(t, want, provider.MatchesAny(hosts, host), host)
	}
}

func TestProviderBuildsAFakeFromItsConfig(t *testing.T) {
	t.Parallel()
	p := Provider{}
	cfg := p.NewConfig().(*Config)
	cfg.APIKeys = []string{"scenario-key"}
	fake, err := p.New(cfg, provider.Common{
		IDs:    fakekit.NewIDs(Name, "seed"),
		Faults: []fakekit.Fault{{Destination: "+15550000001", Status: 503}},
	})
	require.NoError(t, err)
	ok := do(t, fake, request{path: advancedPath, body: advancedBody("41793026727", "hi"), header: http.Header{"Authorization": {"App scenario-key"}}})
	assert.Equal(t, http.StatusOK, ok.status)
	faulted := do(t, fake, request{path: advancedPath, body: advancedBody("+15550000001", "hi"), header: http.Header{"Authorization": {"App scenario-key"}}})
	assert.Equal(t, http.StatusServiceUnavailable, faulted.status, "the common faults are added to the configured ones")

	_, err = p.New(struct{}{}, provider.Common{})
	assert.Error(t, err)
}

func TestProviderDescribe(t *testing.T) {
	t.Parallel()
	basic := base64.StdEncoding.EncodeToString([]byte("acme:s3cret"))
	cases := []struct {
		name   string
		path   string
		header http.Header
		body   string
		want   provider.Message
	}{
		{"an advanced send", advancedPath, http.Header{"Authorization": {"App k1"}}, advancedBody("+41793026727", "code 1"),
			provider.Message{Destination: "+41793026727", Text: "code 1", Credentials: []string{"k1"}}},
		{"a single send", singlePath + "?q=1", http.Header{"Authorization": {"Basic " + basic}}, `{"to":"41793026727","text":"code 2"}`,
			provider.Message{Destination: "41793026727", Text: "code 2", Credentials: []string{"s3cret", basic}}},
		{"a voice message", voicePath, http.Header{"Authorization": {"IBSSO tok"}}, `{"to":"41793026727","text":"code 3"}`,
			provider.Message{Destination: "41793026727", Text: "code 3", Credentials: []string{"tok"}}},
		{"a v3 send", v3Path, nil, `{"messages":[{"destinations":[{"to":"41793026727"}],"content":{"text":"code 4"}}]}`,
			provider.Message{Destination: "41793026727", Text: "code 4"}},
		{"a body it cannot read", advancedPath, nil, `{`, provider.Message{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, Provider{}.Describe(http.MethodPost, c.path, c.header, []byte(c.body)))
		})
	}
}

func TestProviderAnswer(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	ok := do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi")})
	got := Provider{}.Answer(ok.status, []byte(ok.body))
	assert.True(t, got.Accepted)
	assert.Equal(t, s.Journal().Entries()[0].MessageID, got.MessageID)

	rejected := do(t, s, request{path: advancedPath, body: advancedBody("abc", "hi")})
	assert.False(t, Provider{}.Answer(rejected.status, []byte(rejected.body)).Accepted)
	assert.Equal(t, provider.Answer{}, Provider{}.Answer(401, []byte(unauthorizedBody)))
}

// FuzzRequestValidation feeds the fake any body on every endpoint: it must answer, not
// panic, and always with JSON.
func FuzzRequestValidation(f *testing.F) {
	f.Add(advancedPath, advancedBody("41793026727", "hi"))
	f.Add(singlePath, `{"to":["1",2]}`)
	f.Add(voicePath, `{"to":null}`)
	f.Add(v3Path, `{"messages":[{"destinations":[{}]}]}`)
	s := New(Config{})
	f.Fuzz(func(t *testing.T, path, body string) {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
		r.URL.Path = path
		r.Header = appAuth()
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != fakekit.StatusClientClosedRequest && !strings.HasPrefix(w.Body.String(), "{") {
			t.Fatalf("answer is not JSON: %q", w.Body.String())
		}
		s.Reset()
	})
}
