package faketelesign

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

// The pair TeleSign's SDK examples use.
const (
	demoCustomerID = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890"
	demoAPIKey     = "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw=="
)

// newSeeded is a fake whose ids and times derive from a fixed seed.
func newSeeded(cfg Config) *Server {
	cfg.IDs = fakekit.NewIDs(Name, "test-seed")
	return New(cfg)
}

func basic(customerID, key string) http.Header {
	token := base64.StdEncoding.EncodeToString([]byte(customerID + ":" + key))
	return http.Header{"Authorization": {"Basic " + token}, "Content-Type": {"application/x-www-form-urlencoded"}}
}

func demoAuth() http.Header { return basic(demoCustomerID, demoAPIKey) }

// answer is a response as a test reads it.
type answer struct {
	status int
	raw    string
	body   map[string]any
}

func do(t *testing.T, s http.Handler, method, target string, header http.Header, form url.Values) answer {
	t.Helper()
	var body string
	if form != nil {
		body = form.Encode()
	}
	r := httptest.NewRequest(method, "https://"+EnterpriseHost+target, strings.NewReader(body))
	r.Header = header.Clone()
	if r.Header == nil {
		r.Header = http.Header{}
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return answer{status: w.Code, raw: w.Body.String(), body: decodeJSON(t, w.Body.String())}
}

func decodeJSON(t *testing.T, raw string) map[string]any {
	t.Helper()
	if raw == "" {
		return nil
	}
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(raw), &out), raw)
	return out
}

func message(phone string) url.Values {
	return url.Values{"phone_number": {phone}, "message": {"Your code is 123456"}, "message_type": {"ARN"}}
}

func verification(phone string) url.Values {
	return url.Values{"phone_number": {phone}, "template": {"Your code is 123456"}}
}

// statusCode is status.code of a body.
func (a answer) statusCode() int {
	st, _ := a.body["status"].(map[string]any)
	code, _ := st["code"].(float64)
	return int(code)
}

func (a answer) statusDescription() string {
	st, _ := a.body["status"].(map[string]any)
	d, _ := st["description"].(string)
	return d
}

// firstError is errors[0] of a Verify body.
func (a answer) firstError() (int, string) {
	errs, _ := a.body["errors"].([]any)
	if len(errs) == 0 {
		return 0, ""
	}
	e, _ := errs[0].(map[string]any)
	code, _ := e["code"].(float64)
	d, _ := e["description"].(string)
	return int(code), d
}
