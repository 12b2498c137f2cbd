package stubs

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseReadsEveryShape(t *testing.T) {
	t.Parallel()
	mapping := `{"request": {"urlPath": "/a"}, "response": {"body": "x"}}`
	tests := []struct {
		name, doc, host string
		wantHosts       []string
	}{
		{"one mapping", mapping, "a.example.com", []string{"a.example.com"}},
		{"an array of mappings", "[" + mapping + "," + mapping + "]", "a.example.com", []string{"a.example.com", "a.example.com"}},
		{"WireMock's export with meta", `{"mappings": [` + mapping + `], "meta": {"total": 1}}`, "a.example.com", []string{"a.example.com"}},
		{"a map from host to mappings", `{"b.example.com": [` + mapping + `], "a.example.com": {"mappings": [` + mapping + `]}}`, "", []string{"a.example.com", "b.example.com"}},
		{"request.host binds a mapping", `{"request": {"host": {"equalTo": "Hooks.Slack.com"}}, "response": {}}`, "", []string{"hooks.slack.com"}},
		{"the short form in YAML", "- host: https://hooks.slack.com/services/T/B/x\n  status: 200\n  body: ok\n", "", []string{"hooks.slack.com"}},
		{"a YAML map from host to short stubs", "hooks.slack.com:\n  - method: POST\n    body: ok\n", "", []string{"hooks.slack.com"}},
		{"an empty file holds no stubs", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			stubs, err := Parse([]byte(tt.doc), Options{Host: tt.host})
			require.NoError(t, err)
			var hosts []string
			for _, s := range stubs {
				hosts = append(hosts, s.Host)
			}
			assert.Equal(t, tt.wantHosts, hosts)
		})
	}
}

func TestParseRejectsWhatWouldMatchWrongly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc, wantErr string
	}{
		{"a misspelt mapping key", `{"request": {}, "respone": {}}`, `unknown key "respone"; did you mean "response"?`},
		{"a misspelt request key", `{"request": {"urlPth": "/a"}}`, `request.urlPth: unknown key "urlPth"; did you mean "urlPath"?`},
		{"a misspelt matcher", `{"request": {"headers": {"X": {"equalsTo": "a"}}}}`, `did you mean "equalTo"?`},
		{"a misspelt body pattern", `{"request": {"bodyPatterns": [{"equalToJSON": "{}"}]}}`, `did you mean "equalToJson"?`},
		{"a misspelt short key", `{"host": "a.example.com", "stauts": 200}`, `did you mean "status"?`},
		{"a top-level key that is neither a form nor a host", `{"reqeust": {}}`, `did you mean "request"?`},
		{"a WireMock feature hookemu does not run", `{"request": {}, "response": {"bodyFileName": "a.json"}}`, `WireMock's bodyFileName is not supported`},
		{"a scenario state", `{"scenarioName": "s", "request": {}}`, `WireMock's scenarioName is not supported`},
		{"two URL matchers", `{"request": {"url": "/a", "urlPath": "/a"}}`, `takes one of url, urlPath`},
		{"a look-around RE2 cannot run", `{"request": {"urlPattern": "/a(?=b)"}}`, `Go's RE2 syntax`},
		{"an over-long pattern", `{"request": {"urlPattern": "` + strings.Repeat("a", MaxPatternLen+1) + `"}}`, `over the limit`},
		{"a JSONPath without $", `{"request": {"bodyPatterns": [{"matchesJsonPath": "text"}]}}`, `does not start with $`},
		{"a JSONPath with a broken filter", `{"request": {"bodyPatterns": [{"matchesJsonPath": "$.a[?(@.b ~ 1)]"}]}}`, `want one of ==`},
		{"equalToJson text that is not JSON", `{"request": {"bodyPatterns": [{"equalToJson": "{"}]}}`, `not JSON`},
		{"two operators in one matcher", `{"request": {"headers": {"X": {"equalTo": "a", "contains": "b"}}}}`, `one operator`},
		{"a matcher with no operator", `{"request": {"headers": {"X": {}}}}`, `has no operator`},
		{"caseInsensitive on contains", `{"request": {"headers": {"X": {"contains": "a", "caseInsensitive": true}}}}`, `goes with equalTo only`},
		{"absent: false", `{"request": {"headers": {"X": {"absent": false}}}}`, `absent: true`},
		{"a status out of range", `{"request": {}, "response": {"status": 99}}`, `from 100 to 599`},
		{"two bodies", `{"request": {}, "response": {"body": "a", "jsonBody": {}}}`, `one of body, jsonBody`},
		{"a delay above the bound", `{"request": {}, "response": {"fixedDelayMilliseconds": 100000000}}`, `want 0 to`},
		{"priority zero", `{"priority": 0, "request": {}}`, `want 1 or more`},
		{"a stub with no host", `{"request": {"host": {"equalTo": "a.example.com"}}}` + "", ``},
		{"two hosts for one stub", `{"a.example.com": [{"request": {"host": {"equalTo": "b.example.com"}}}]}`, `names host b.example.com but is given for a.example.com`},
		{"broken JSON is placed", "{\n  \"request\": {,}\n}", `line 2`},
		{"numbers where text belongs", `{"request": {"method": 1}}`, `want text, got a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse([]byte(tt.doc), Options{Source: "s.json"})
			if tt.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.True(t, strings.HasPrefix(err.Error(), "s.json"), "the error names the file: %v", err)
		})
	}
}

func TestAStubWithoutAHostSaysHowToGiveOne(t *testing.T) {
	t.Parallel()
	_, err := Parse([]byte(`{"request": {"urlPath": "/a"}}`), Options{Source: "s.json"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "--stubs HOST=FILE")
}

func TestParseBoundsTheNumberOfStubs(t *testing.T) {
	t.Parallel()
	doc := "[" + strings.Repeat(`{"request": {}},`, MaxStubs) + `{"request": {}}]`
	_, err := Parse([]byte(doc), Options{Host: "a.example.com"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "more than")
}
