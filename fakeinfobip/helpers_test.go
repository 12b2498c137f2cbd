package fakeinfobip

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/require"
)

const (
	advancedPath = "/sms/2/text/advanced"
	singlePath   = "/sms/1/text/single"
	voicePath    = "/tts/3/single"
	v3Path       = "/sms/3/messages"
)

// newTestServer returns a fake with seeded, hence repeatable, ids.
func newTestServer(cfg Config) *Server {
	if cfg.IDs == nil {
		cfg.IDs = fakekit.NewIDs(Name, "test")
	}
	return New(cfg)
}

// result is one answer of the fake.
type answer struct {
	status int
	header http.Header
	body   string
}

func (a answer) decode(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(a.body), &m), "body: %s", a.body)
	return m
}

// firstStatus is messages[0].status of a 200 answer.
func (a answer) firstStatus(t *testing.T) map[string]any {
	t.Helper()
	msgs, ok := a.decode(t)["messages"].([]any)
	require.True(t, ok, "body: %s", a.body)
	require.NotEmpty(t, msgs)
	return msgs[0].(map[string]any)["status"].(map[string]any)
}

type request struct {
	method string
	path   string
	body   string
	header http.Header
	ctx    context.Context
}

func appAuth() http.Header {
	return http.Header{"Authorization": {"App " + DemoAPIKey}, "Content-Type": {"application/json"}}
}

func do(t *testing.T, s http.Handler, req request) answer {
	t.Helper()
	if req.method == "" {
		req.method = http.MethodPost
	}
	if req.header == nil {
		req.header = appAuth()
	}
	r := httptest.NewRequest(req.method, req.path, strings.NewReader(req.body))
	if req.ctx != nil {
		r = r.WithContext(req.ctx)
	}
	r.Header = req.header
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return answer{status: w.Code, header: w.Header(), body: w.Body.String()}
}

func advancedBody(to, text string) string {
	b, _ := json.Marshal(map[string]any{"messages": []any{map[string]any{"destinations": []any{map[string]any{"to": to}}, "text": text}}})
	return string(b)
}
