package fakeserver_test

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/providers"
)

// upstream stands in for a real provider: a local TLS server that records
// what reaches it and answers like the provider would.
type upstream struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string // "METHOD URI BODY"
}

func newUpstream(t *testing.T, status int, body string) *upstream {
	t.Helper()
	u := &upstream{}
	u.Server = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		u.mu.Lock()
		u.seen = append(u.seen, r.Method+" "+r.RequestURI+" "+string(data))
		u.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(u.Close)
	return u
}

func (u *upstream) received() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([]string(nil), u.seen...)
}

func (u *upstream) base(t *testing.T) *url.URL {
	t.Helper()
	parsed, err := url.Parse(u.URL)
	require.NoError(t, err)
	return parsed
}

const queuedAnswer = `{"umid":"bda3d56d-1424-e711-813c-06ed3428fe67","destination":"6512345678","status":{"code":"QUEUED"}}`

func startForwarding(t *testing.T, eight *upstream, noValidate bool) (*fakeserver.Server, string) {
	t.Helper()
	return start(t, fakeserver.Config{Forward: &fakeserver.Forward{
		Upstreams: map[string]*url.URL{"8x8": eight.base(t), "twilio": eight.base(t)}, NoValidate: noValidate, Transport: eight.Client().Transport,
	}})
}

func TestForwardingSendsAValidSMSToTheRealProviderAndRecordsIt(t *testing.T) {
	t.Parallel()
	eight := newUpstream(t, http.StatusOK, queuedAnswer)
	srv, base := startForwarding(t, eight, false)

	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "real"))

	assert.Equal(t, []string{"POST " + send8x8Path + ` {"destination":"+6512345678","encoding":"AUTO","text":"real"}`}, eight.received())
	var got list
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"wait?count=1&timeout=5m", "", &got))
	m := got.Messages[0]
	assert.True(t, m.Forwarded)
	assert.True(t, m.Accepted)
	assert.Equal(t, eight.URL+send8x8Path, m.Upstream)
	assert.Equal(t, to8x8, m.Destination)
	assert.Equal(t, "bda3d56d-1424-e711-813c-06ed3428fe67", m.MessageID)
	assert.Nil(t, srv.Fake("8x8"), "no fake answers when forwarding")
}

func TestForwardingKeepsBackWhatTheFakeRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		noValidate bool
		status     int
		sent       int
	}{
		{"with validation the request is answered by the fake and not sent", false, http.StatusBadRequest, 0},
		{"with NoValidate it is sent all the same", true, http.StatusOK, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			eight := newUpstream(t, http.StatusOK, queuedAnswer)
			_, base := startForwarding(t, eight, tt.noValidate)

			assert.Equal(t, tt.status, send8x8(t, base, "12", "a national number without country"))

			assert.Len(t, eight.received(), tt.sent)
			var latest fakeserver.Message
			api(t, http.MethodGet, base+apiV1+"messages/latest", "", &latest)
			assert.Equal(t, tt.sent == 1, latest.Forwarded)
			assert.Equal(t, tt.status, latest.Status)
		})
	}
}

func TestForwardingWithoutAnAnswerIsAGatewayError(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := &url.URL{Scheme: "https", Host: ln.Addr().String()}
	require.NoError(t, ln.Close())
	_, base := start(t, fakeserver.Config{Forward: &fakeserver.Forward{Upstreams: map[string]*url.URL{"8x8": dead}}})

	assert.Equal(t, http.StatusBadGateway, send8x8(t, base, to8x8, "lost"))

	var latest fakeserver.Message
	api(t, http.MethodGet, base+apiV1+"messages/latest", "", &latest)
	assert.Zero(t, latest.Status)
	assert.Contains(t, latest.Error, "connection refused")
}

// hostRecorder answers every request itself and remembers the hosts they
// were for, so the default upstreams can be checked without a network.
type hostRecorder struct {
	mu    sync.Mutex
	hosts []string
}

func (h *hostRecorder) RoundTrip(r *http.Request) (*http.Response, error) {
	h.mu.Lock()
	h.hosts = append(h.hosts, r.URL.Scheme+"://"+r.URL.Host+r.URL.Path)
	h.mu.Unlock()
	return &http.Response{StatusCode: http.StatusCreated, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(`{"sid":"SM1"}`)), Request: r}, nil
}

func TestForwardingReachesEachProvidersRealHostsByDefault(t *testing.T) {
	t.Parallel()
	rec := &hostRecorder{}
	fwd := &fakeserver.Forward{Transport: rec}
	_, base := start(t, fakeserver.Config{Forward: fwd})

	send8x8(t, base, to8x8, "hi")
	sendTwilio(t, base, toTwilio, "hi")
	verify, err := http.NewRequest(http.MethodPost, base+"/v2/Services/VA00000000000000000000000000000001/Verifications",
		strings.NewReader(url.Values{"To": {toTwilio}, "Channel": {"sms"}}.Encode()))
	require.NoError(t, err)
	verify.SetBasicAuth(twilioSID, "token")
	verify.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	do(t, verify)

	assert.Equal(t, []string{
		"https://sms.8x8.com" + send8x8Path,
		"https://api.twilio.com" + twilioMessagesPath,
		"https://verify.twilio.com/v2/Services/VA00000000000000000000000000000001/Verifications",
	}, rec.hosts)
	assert.Subset(t, fwd.BaseURLs(), []string{"https://sms.8x8.com", "https://api.twilio.com", "https://verify.twilio.com"})
}

func TestFaultsCannotBeSetWhileForwarding(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{Forward: &fakeserver.Forward{Transport: &hostRecorder{}}})

	var got apiError
	assert.Equal(t, http.StatusConflict, api(t, http.MethodPut, base+apiV1+"faults/8x8", `[{"destination":"*","status":500}]`, &got))
	assert.Contains(t, got.Error, "restart without --forward")
	var faults map[string][]fakeserver.Fault
	assert.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"faults", "", &faults))
	want := map[string][]fakeserver.Fault{}
	for _, name := range providers.Names() {
		want[name] = []fakeserver.Fault{}
	}
	assert.Equal(t, want, faults, "every provider, none with faults")
	assert.Equal(t, http.StatusNoContent, api(t, http.MethodDelete, base+apiV1+"faults", "", nil), "clearing is harmless")
}
