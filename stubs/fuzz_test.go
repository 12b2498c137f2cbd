package stubs

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzParseStubs feeds hostile stubs files to the parser, and any stubs
// it accepts to the matcher: neither may crash or hang.
func FuzzParseStubs(f *testing.F) {
	f.Add([]byte(slackStubs))
	f.Add([]byte(`{"mappings": [{"request": {"urlPattern": "/a.*", "bodyPatterns": [{"matchesJsonPath": "$..a[?(@.b >= 2)]"}]}}]}`))
	f.Add([]byte("hooks.slack.com:\n  - {method: POST, status: 500, body: rollup_error, delay: 1ms}\n"))
	f.Add([]byte(`{"request": {"bodyPatterns": [{"equalToJson": [1, [2, {"a": null}]], "ignoreArrayOrder": true}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		stubs, err := Parse(data, Options{Host: "fuzz.example.com"})
		if err != nil {
			return
		}
		for i := range stubs {
			stubs[i].Response.Delay = 0
		}
		set, err := NewSet(stubs...)
		if err != nil {
			return
		}
		req := httptest.NewRequest("POST", "http://fuzz.example.com/a?b=1", strings.NewReader(`{"a":[{"b":2}],"text":"x"}`))
		set.ServeHTTP(httptest.NewRecorder(), req)
	})
}
