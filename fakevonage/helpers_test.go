package fakevonage

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// pinned is an account that takes the demo key and secret only.
func pinned() Config { return Config{APIKey: DemoAPIKey, APISecret: DemoAPISecret} }

// goodForm is a complete send with the demo credentials.
func goodForm() url.Values {
	return url.Values{
		"api_key": {DemoAPIKey}, "api_secret": {DemoAPISecret},
		"from": {"Acme"}, "to": {"447700900000"}, "text": {"Your code is 123456"},
	}
}

// postForm sends form as a form-encoded body to path.
func postForm(t *testing.T, s *Server, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "https://"+Host+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return serve(s, req)
}

func serve(s *Server, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func serveCtx(ctx context.Context, s *Server, req *http.Request) *httptest.ResponseRecorder {
	return serve(s, req.WithContext(ctx))
}

// decoded is an answer to a send, as JSON.
type decoded struct {
	MessageCount string              `json:"message-count"`
	Messages     []map[string]string `json:"messages"`
}

func decode(t *testing.T, rec *httptest.ResponseRecorder) decoded {
	t.Helper()
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var d decoded
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &d), rec.Body.String())
	require.NotEmpty(t, d.Messages)
	return d
}

func with(v url.Values, changes map[string]string) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	for k, val := range changes {
		if val == "<absent>" {
			out.Del(k)
			continue
		}
		out.Set(k, val)
	}
	return out
}
