package faketelesign

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzRequestValidation feeds the fake arbitrary methods, paths,
// credentials and bodies: whatever arrives, it never panics and answers
// a JSON body with TeleSign's status object. Its seed corpus runs with
// every go test.
func FuzzRequestValidation(f *testing.F) {
	f.Add("POST", "/v1/messaging", "Basic "+demoToken(), "phone_number=15558675309&message=hi&message_type=OTP")
	f.Add("POST", "/v1/verify/sms", "TSA a:b", "phone_number=%zz&template=$$CODE$$")
	f.Add("GET", "/v1/verify/0123456789abcdef0123456789ABCDEF", "Basic ###", "")
	s := New(Config{})
	f.Fuzz(func(t *testing.T, method, path, auth, body string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(method+path, " \r\n\t") || method == "" {
			return
		}
		r, err := http.NewRequest(method, "https://rest-ww.telesign.com"+path, strings.NewReader(body))
		if err != nil {
			return
		}
		r.Header.Set("Authorization", auth)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		var answer struct {
			Status *struct {
				Code        int    `json:"code"`
				Description string `json:"description"`
			} `json:"status"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &answer); err != nil || answer.Status == nil || answer.Status.Description == "" {
			t.Fatalf("%s %s answered %d %q", method, path, w.Code, w.Body.String())
		}
	})
}

func demoToken() string {
	return strings.TrimPrefix(demoAuth().Get("Authorization"), "Basic ")
}
