package stubs

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const slackStubs = `[
  {"name": "slack answers ok", "request": {"method": "POST", "urlPath": "/services/T0/B0/x",
    "headers": {"Content-Type": {"contains": "json"}},
    "bodyPatterns": [{"equalToJson": {"text": "Your code is 123456"}}]},
   "response": {"body": "ok"}},
  {"name": "status page", "request": {"method": "GET", "urlPath": "/status"}, "response": {"body": "up"}}
]`

func TestTheNearMissNamesTheClosestStubAndEachDifference(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, method, target, body, contentType string
		wantFields                              []string
		wantInReport                            []string
	}{
		{"a wrong method", "PUT", "/services/T0/B0/x", `{"text":"Your code is 123456"}`, "application/json",
			[]string{"Method"}, []string{"Closest stub: slack answers ok (stub-1)", "<<<<< Method does not match"}},
		{"a wrong path", "POST", "/services/T0/B0/y", `{"text":"Your code is 123456"}`, "application/json",
			[]string{"URL path"}, []string{`"/services/T0/B0/y"`, "<<<<< URL path does not match"}},
		{"a wrong header and body", "POST", "/services/T0/B0/x", `{"text":"Your code is 999"}`, "text/plain",
			[]string{"Header: Content-Type", "Body"}, []string{"<<<<< Header: Content-Type does not match", `$.text is "Your code is 999", want "Your code is 123456"`}},
		{"a missing header", "GET", "/statu", "", "",
			[]string{"URL path"}, []string{"Closest stub: status page (stub-2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			set := mustSet(t, slackStubs)
			var misses []Miss
			req := httptest.NewRequest(tt.method, "http://api.example.com"+tt.target, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			req = req.WithContext(WithMissRecorder(req.Context(), func(m Miss) { misses = append(misses, m) }))
			w := httptest.NewRecorder()
			set.ServeHTTP(w, req)

			assert.Equal(t, http.StatusNotFound, w.Code)
			require.Len(t, misses, 1, "the miss reaches the run")
			var fields []string
			for _, d := range misses[0].Differences {
				fields = append(fields, d.Field)
			}
			assert.Equal(t, tt.wantFields, fields)
			assert.Equal(t, misses[0].Report, w.Body.String(), "the 404's body is the report")
			assert.Contains(t, w.Body.String(), "Request was not matched")
			for _, want := range tt.wantInReport {
				assert.Contains(t, w.Body.String(), want)
			}
			assert.Contains(t, misses[0].Summary(), "matched no stub; the closest")
		})
	}
}

func TestTheNearMissShowsLongValuesOnlyByTheirSize(t *testing.T) {
	t.Parallel()
	set := mustSet(t, `{"request": {"bodyPatterns": [{"contains": "x"}]}, "response": {}}`)
	long := strings.Repeat("s", 5000)
	_, body, _ := send(t, set, "POST", "http://api.example.com/", long, nil)
	assert.Contains(t, body, "(5000 bytes)")
	assert.NotContains(t, body, "sss", "a long value is never cut, where a cut secret could no longer be masked")
}

func TestAStubbedHostWithNoStubLeftSaysSo(t *testing.T) {
	t.Parallel()
	set := mustSet(t, slackStubs)
	set.Reset()
	_, body, _ := send(t, set, "POST", "http://api.example.com/x", "", nil)
	assert.Contains(t, body, "No stub is left for api.example.com")
}
