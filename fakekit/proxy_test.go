package fakekit_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakekit"
)

// received is one request as a stand-in upstream saw it.
type received struct {
	Method string
	URI    string
	Host   string
	Header http.Header
	Body   string
}

// standIn is a local TLS server in place of a real provider: it records
// what reaches it and answers with handler.
type standIn struct {
	*httptest.Server
	mu       sync.Mutex
	requests []received
}

func newStandIn(t *testing.T, handler http.HandlerFunc) *standIn {
	t.Helper()
	s := &standIn{}
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.requests = append(s.requests, received{Method: r.Method, URI: r.RequestURI, Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
		s.mu.Unlock()
		handler(w, r)
	}))
	// An untrusting client is one of the cases under test: its handshake
	// failure is expected, not worth a log line.
	s.Config.ErrorLog = log.New(io.Discard, "", 0)
	s.StartTLS()
	t.Cleanup(s.Close)
	return s
}

func (s *standIn) received() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.requests...)
}

func (s *standIn) url(t *testing.T) *url.URL {
	t.Helper()
	u, err := url.Parse(s.URL)
	require.NoError(t, err)
	return u
}

// queued answers as 8x8 does for a message it takes.
func queued(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Upstream", "real")
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, `{"umid":"bda3d56d-1424-e711-813c-06ed3428fe67","status":{"code":"QUEUED"}}`)
}

// rejectInvalid is a Check that refuses any body containing "invalid".
func rejectInvalid(_, _ string, _ http.Header, body []byte) (int, []byte, bool) {
	if bytes.Contains(body, []byte("invalid")) {
		return http.StatusBadRequest, []byte(`{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)"}`), false
	}
	return http.StatusOK, nil, true
}

func newProxy(t *testing.T, cfg fakekit.ProxyConfig) *fakekit.Proxy {
	t.Helper()
	if cfg.Provider == "" {
		cfg.Provider = "8x8"
	}
	if cfg.Check == nil {
		cfg.Check = rejectInvalid
	}
	p, err := fakekit.NewProxy(cfg)
	require.NoError(t, err)
	return p
}

const sendPath = "/api/v1/subaccounts/acme/messages"

func sendRequest(t *testing.T, base, body string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+sendPath+"?trace=a%2Fb&x=1", strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer key-1")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "axios/0.21.1")
	req.Header.Set("X-Custom", "kept")
	req.Header.Set("Connection", "X-Per-Hop")
	req.Header.Set("X-Per-Hop", "dropped")
	return req
}

// viaHandler sends req to p served over loopback, as `hookemu serve --forward`
// clients reach it.
func viaHandler(t *testing.T, p *fakekit.Proxy, req *http.Request) *http.Response {
	t.Helper()
	front := httptest.NewServer(p)
	t.Cleanup(front.Close)
	u, err := url.Parse(front.URL)
	require.NoError(t, err)
	req.URL.Scheme, req.URL.Host = u.Scheme, u.Host
	resp, err := front.Client().Do(req)
	require.NoError(t, err)
	return resp
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(body)
}

func TestAValidRequestArrivesUnchangedAndTheAnswerFlowsBack(t *testing.T) {
	t.Parallel()
	for _, form := range []string{"handler", "round tripper"} {
		t.Run("through the "+form, func(t *testing.T) {
			t.Parallel()
			up := newStandIn(t, queued)
			p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport})
			body := `{"destination":"+6512345678","text":"code 123456"}`
			var resp *http.Response
			if form == "handler" {
				resp = viaHandler(t, p, sendRequest(t, "http://placeholder", body))
			} else {
				var err error
				resp, err = p.RoundTrip(sendRequest(t, "https://sms.8x8.com", body))
				require.NoError(t, err)
			}

			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, "real", resp.Header.Get("X-Upstream"))
			assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
			assert.JSONEq(t, `{"umid":"bda3d56d-1424-e711-813c-06ed3428fe67","status":{"code":"QUEUED"}}`, readAll(t, resp))

			got := up.received()
			require.Len(t, got, 1)
			assert.Equal(t, http.MethodPost, got[0].Method)
			assert.Equal(t, sendPath+"?trace=a%2Fb&x=1", got[0].URI)
			assert.Equal(t, up.Listener.Addr().String(), got[0].Host)
			assert.Equal(t, body, got[0].Body)
			assert.Equal(t, "Bearer key-1", got[0].Header.Get("Authorization"))
			assert.Equal(t, "axios/0.21.1", got[0].Header.Get("User-Agent"))
			assert.Equal(t, "kept", got[0].Header.Get("X-Custom"))
			assert.Empty(t, got[0].Header.Get("X-Per-Hop"), "headers named by Connection belong to one hop")

			entries := p.Journal().Entries()
			require.Len(t, entries, 1)
			assert.True(t, entries[0].Forwarded)
			assert.True(t, entries[0].Accepted)
			assert.Equal(t, http.StatusOK, entries[0].Status)
			assert.Equal(t, up.URL+sendPath+"?trace=a%2Fb&x=1", entries[0].Upstream)
			assert.Equal(t, body, string(entries[0].Body))
		})
	}
}

func TestARequestTheFakeRejectsIsNotForwarded(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, queued)
	p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport})

	resp := viaHandler(t, p, sendRequest(t, "", `{"destination":"invalid","text":"x"}`))

	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, resp.Header.Get(fakekit.NotForwardedHeader), "--no-validate")
	assert.JSONEq(t, `{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)"}`, readAll(t, resp))
	assert.Empty(t, up.received(), "the stand-in must see nothing")
	entries := p.Journal().Entries()
	require.Len(t, entries, 1)
	assert.False(t, entries[0].Forwarded)
	assert.False(t, entries[0].Accepted)
	assert.Equal(t, http.StatusBadRequest, entries[0].Status)
}

func TestNoValidateForwardsWhatTheFakeWouldReject(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, queued)
	p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport, NoValidate: true})

	resp := viaHandler(t, p, sendRequest(t, "", `{"destination":"invalid","text":"x"}`))

	assert.Equal(t, http.StatusOK, resp.StatusCode)
	readAll(t, resp)
	assert.Len(t, up.received(), 1)
	assert.True(t, p.Journal().Entries()[0].Forwarded)
}

func TestTheFake8x8DecidesWhatIsForwarded(t *testing.T) {
	t.Parallel()
	fake := fake8x8.New(fake8x8.Config{APIKey: "key-1"})
	tests := []struct {
		name      string
		body      string
		status    int
		forwarded bool
	}{
		{"a well-formed SMS is sent", `{"destination":"+6512345678","text":"hi"}`, http.StatusOK, true},
		{"an SMS without text is kept back with 8x8's 400", `{"destination":"+6512345678"}`, http.StatusBadRequest, false},
		{"a national number without country is kept back", `{"destination":"0912345678","text":"hi"}`, http.StatusBadRequest, false},
		{"a body larger than 8x8 takes is kept back, and not journaled", `{"destination":"+6512345678","text":"` +
			strings.Repeat("a", 1<<20) + `"}`, http.StatusRequestEntityTooLarge, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			up := newStandIn(t, queued)
			p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport, Check: fake.Check})
			resp, err := p.RoundTrip(sendRequest(t, "https://sms.8x8.com", tt.body))
			require.NoError(t, err)
			readAll(t, resp)
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, tt.forwarded, len(up.received()) == 1)
			if tt.status == http.StatusRequestEntityTooLarge {
				assert.Empty(t, p.Journal().Entries()[0].Body)
			}
		})
	}
	assert.Empty(t, fake.Entries(), "Check must not journal in the fake")
}

func TestTheUpstreamBasePathPrefixesTheRequestPath(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, queued)
	base := up.url(t).JoinPath("/relay/")
	p := newProxy(t, fakekit.ProxyConfig{Upstream: base, Transport: up.Client().Transport})

	resp, err := p.RoundTrip(sendRequest(t, "https://sms.8x8.com", `{}`))
	require.NoError(t, err)
	readAll(t, resp)

	require.Len(t, up.received(), 1)
	assert.Equal(t, "/relay"+sendPath+"?trace=a%2Fb&x=1", up.received()[0].URI)
}

func TestWithoutUpstreamARequestGoesToTheHostItNames(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, queued)
	p := newProxy(t, fakekit.ProxyConfig{Transport: up.Client().Transport})

	resp, err := p.RoundTrip(sendRequest(t, up.URL, `{}`))
	require.NoError(t, err)
	readAll(t, resp)

	assert.Len(t, up.received(), 1)
}

func TestTheJournalNamesTheDestinationAndTheMessageID(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, queued)
	p := newProxy(t, fakekit.ProxyConfig{
		Upstream:  up.url(t),
		Transport: up.Client().Transport,
		Journal:   fakekit.NewJournal(5),
		Destination: func(_, _ string, _ http.Header, body []byte) string {
			var v struct{ Destination string }
			_ = json.Unmarshal(body, &v)
			return v.Destination
		},
		MessageID: func(_ int, body []byte) string {
			var v struct{ UMID string }
			_ = json.Unmarshal(body, &v)
			return v.UMID
		},
	})

	resp, err := p.RoundTrip(sendRequest(t, "https://sms.8x8.com", `{"destination":"+6512345678","text":"hi"}`))
	require.NoError(t, err)
	readAll(t, resp)

	e := p.Journal().Entries()[0]
	assert.Equal(t, "+6512345678", e.Destination)
	assert.Equal(t, "bda3d56d-1424-e711-813c-06ed3428fe67", e.MessageID)
	assert.Equal(t, "8x8", e.Provider)
}

func TestAcceptedReadsWhetherTheProviderTookTheMessage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		accepted func(int, []byte) bool
		want     bool
	}{
		{"without Accepted a 2xx answer is taken", nil, true},
		{"Accepted can read a refusal inside a 200", func(int, []byte) bool { return false }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			up := newStandIn(t, queued)
			p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport, Accepted: tt.accepted})
			resp, err := p.RoundTrip(sendRequest(t, "https://sms.8x8.com", `{"destination":"+6512345678","text":"hi"}`))
			require.NoError(t, err)
			readAll(t, resp)
			assert.Equal(t, tt.want, p.Journal().Entries()[0].Accepted)
		})
	}
}

func TestNewProxyRefusesAnIncompleteConfig(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  fakekit.ProxyConfig
		want string
	}{
		{"validation without a Check", fakekit.ProxyConfig{Provider: "8x8"}, "Check is required"},
		{"an upstream without a scheme", fakekit.ProxyConfig{Check: rejectInvalid, Upstream: &url.URL{Path: "sms.8x8.com"}}, "absolute http(s) URL"},
		{"an upstream with a query", fakekit.ProxyConfig{Check: rejectInvalid, Upstream: &url.URL{Scheme: "https", Host: "h", RawQuery: "a=1"}}, "must not have a query"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := fakekit.NewProxy(tt.cfg)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
