package fakeesendex

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/require"
)

// demoAccount is one real login: the demo user and its one account.
func demoAccount() Config {
	return Config{Users: []User{{Username: DemoUsername, Password: DemoPassword}}, AccountReferences: []string{DemoAccountReference}}
}

func newTestServer(cfg Config) *Server {
	if cfg.IDs == nil {
		cfg.IDs = fakekit.NewIDs(Name, "test")
	}
	return New(cfg)
}

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

type request struct {
	method string
	path   string
	body   string
	header http.Header
	ctx    context.Context
}

func basic(user, pass string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
}

// jsonClient is what the docs' hook sends: JSON both ways.
func jsonClient() http.Header {
	return http.Header{
		"Authorization": {basic(DemoUsername, DemoPassword)},
		"Content-Type":  {"application/json"},
		"Accept":        {"application/json"},
	}
}

// xmlClient is what Esendex's SDKs send.
func xmlClient() http.Header {
	return http.Header{"Authorization": {basic(DemoUsername, DemoPassword)}, "Content-Type": {"application/xml"}}
}

func do(t *testing.T, s http.Handler, req request) answer {
	t.Helper()
	if req.method == "" {
		req.method = http.MethodPost
	}
	if req.path == "" {
		req.path = DispatcherPath
	}
	if req.header == nil {
		req.header = jsonClient()
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

func jsonBody(ref, to, text string) string {
	b, _ := json.Marshal(map[string]any{"accountreference": ref, "messages": []any{map[string]any{"to": to, "body": text}}})
	return string(b)
}

func xmlBody(ref, to, text string) string {
	return "<messages><accountreference>" + ref + "</accountreference><message><to>" + to + "</to><body>" + text + "</body></message></messages>"
}
