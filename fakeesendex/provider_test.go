package fakeesendex

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

func TestCheck(t *testing.T) {
	t.Parallel()
	wrong := jsonClient()
	wrong.Set("Authorization", basic(DemoUsername, "nope"))
	cases := []struct {
		name   string
		header http.Header
		body   string
		status int
		ok     bool
	}{
		{"a valid dispatch passes despite an outage fault", jsonClient(), jsonBody(DemoAccountReference, "447700900123", "hi"), 200, true},
		{"a wrong password is refused", wrong, jsonBody(DemoAccountReference, "447700900123", "hi"), 403, false},
		{"another account is refused", jsonClient(), jsonBody("EX1", "447700900123", "hi"), 403, false},
		{"an unknown contact is refused", jsonClient(), jsonBody(DemoAccountReference, "bob", "hi"), 404, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := demoAccount()
			cfg.Faults = []fakekit.Fault{{Destination: "*", Status: 503}}
			s := newTestServer(cfg)
			status, body, ok := s.Check(http.MethodPost, DispatcherPath+"?x=1", c.header, []byte(c.body))
			assert.Equal(t, c.status, status)
			assert.Equal(t, c.ok, ok)
			if !ok {
				assert.NotEmpty(t, body)
			}
			assert.Empty(t, s.Journal().Entries())
		})
	}
}

func TestProviderBuildsAFakeFromItsConfig(t *testing.T) {
	t.Parallel()
	p := Provider{}
	assert.True(t, provider.MatchesAny(p.Hosts(), "API.esendex.com:443"))
	cfg := p.NewConfig().(*Config)
	cfg.AccountReferences = []string{"EX777"}
	fake, err := p.New(cfg, provider.Common{IDs: fakekit.NewIDs(Name, "s"), Faults: []fakekit.Fault{{Destination: "447700900999", Status: 503}}})
	require.NoError(t, err)
	assert.Equal(t, 200, do(t, fake, request{body: jsonBody("EX777", "447700900123", "hi")}).status)
	assert.Equal(t, 503, do(t, fake, request{body: jsonBody("EX777", "447700900999", "hi")}).status)
	_, err = p.New(42, provider.Common{})
	assert.Error(t, err)
}

func TestProviderDescribe(t *testing.T) {
	t.Parallel()
	raw := base64.StdEncoding.EncodeToString([]byte("u@x.io:pw"))
	cases := []struct {
		name string
		ct   string
		body string
		want provider.Message
	}{
		{"JSON", "application/json", jsonBody("EX1", "447700900123", "code 1"), provider.Message{Destination: "447700900123", Text: "code 1", Credentials: []string{"pw", raw}}},
		{"XML", "text/xml", xmlBody("EX1", "447700900124", "code 2"), provider.Message{Destination: "447700900124", Text: "code 2", Credentials: []string{"pw", raw}}},
		{"XML without a content type", "", xmlBody("EX1", "447700900125", "code 3"), provider.Message{Destination: "447700900125", Text: "code 3", Credentials: []string{"pw", raw}}},
		{"a body it cannot read", "application/json", "{", provider.Message{Credentials: []string{"pw", raw}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{"Authorization": {"Basic " + raw}, "Content-Type": {c.ct}}
			assert.Equal(t, c.want, Provider{}.Describe(http.MethodPost, DispatcherPath, h, []byte(c.body)))
		})
	}
}

func TestProviderAnswer(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	j := do(t, s, request{body: jsonBody(DemoAccountReference, "447700900123", "hi")})
	got := Provider{}.Answer(j.status, []byte(j.body))
	assert.True(t, got.Accepted)
	assert.Equal(t, s.Journal().Entries()[0].MessageID, got.MessageID)

	x := do(t, s, request{header: xmlClient(), body: xmlBody(DemoAccountReference, "447700900123", "hi")})
	got = Provider{}.Answer(x.status, []byte(x.body))
	assert.True(t, got.Accepted)
	assert.Equal(t, s.Journal().Entries()[1].MessageID, got.MessageID, "the journal holds the id as the client saw it")

	assert.Equal(t, provider.Answer{}, Provider{}.Answer(403, []byte("Failed authentication")))
}

// FuzzRequestValidation feeds any body as XML and JSON: the fake must answer, not
// panic.
func FuzzRequestValidation(f *testing.F) {
	f.Add("application/json", jsonBody(DemoAccountReference, "447700900123", "hi"))
	f.Add("application/xml", xmlBody(DemoAccountReference, "447700900123", "hi"))
	f.Add("text/xml", "<messages><message><to>1</to></message>")
	s := New(Config{})
	f.Fuzz(func(t *testing.T, ct, body string) {
		r := httptest.NewRequest(http.MethodPost, DispatcherPath, strings.NewReader(body))
		r.Header = jsonClient()
		r.Header.Set("Content-Type", ct)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code == 0 {
			t.Fatal("no answer")
		}
		s.Reset()
	})
}
