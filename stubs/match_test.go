package stubs

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRequestMatchers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		request string // the mapping's request part
		method  string
		target  string
		body    string
		header  http.Header
		want    bool
	}{
		{"a method matches itself", `"method": "POST"`, "POST", "http://api.example.com/", "", nil, true},
		{"a method does not match another", `"method": "POST"`, "GET", "http://api.example.com/", "", nil, false},
		{"ANY matches every method", `"method": "ANY"`, "DELETE", "http://api.example.com/", "", nil, true},
		{"a lower-case method is read as upper case", `"method": "post"`, "POST", "http://api.example.com/", "", nil, true},
		{"url takes the path and the query exactly", `"url": "/a?b=1"`, "GET", "http://api.example.com/a?b=1", "", nil, true},
		{"url fails on a query it does not name", `"url": "/a"`, "GET", "http://api.example.com/a?b=1", "", nil, false},
		{"urlPath ignores the query", `"urlPath": "/a"`, "GET", "http://api.example.com/a?b=1", "", nil, true},
		{"urlPath fails on another path", `"urlPath": "/a"`, "GET", "http://api.example.com/ab", "", nil, false},
		{"urlPattern must match the path and query whole", `"urlPattern": "/a\\?b=[0-9]+"`, "GET", "http://api.example.com/a?b=12", "", nil, true},
		{"urlPattern does not match a part", `"urlPattern": "/a"`, "GET", "http://api.example.com/a/b", "", nil, false},
		{"urlPathPattern matches the path only", `"urlPathPattern": "/services/[A-Z0-9]+"`, "GET", "http://api.example.com/services/T01?x=1", "", nil, true},
		{"a query parameter equal to the value", `"queryParameters": {"to": {"equalTo": "+15550001"}}`, "GET", "http://api.example.com/?to=%2B15550001", "", nil, true},
		{"a query parameter with another value", `"queryParameters": {"to": {"equalTo": "+1"}}`, "GET", "http://api.example.com/?to=2", "", nil, false},
		{"a repeated query parameter matches on any value", `"queryParameters": {"id": {"equalTo": "2"}}`, "GET", "http://api.example.com/?id=1&id=2", "", nil, true},
		{"absent accepts a missing parameter", `"queryParameters": {"debug": {"absent": true}}`, "GET", "http://api.example.com/", "", nil, true},
		{"absent refuses a present parameter", `"queryParameters": {"debug": {"absent": true}}`, "GET", "http://api.example.com/?debug=1", "", nil, false},
		{"a header equal to the value", `"headers": {"X-Key": {"equalTo": "k1"}}`, "GET", "http://api.example.com/", "", http.Header{"X-Key": {"k1"}}, true},
		{"header names are case-insensitive", `"headers": {"content-type": {"contains": "json"}}`, "GET", "http://api.example.com/", "", http.Header{"Content-Type": {"application/json"}}, true},
		{"a missing header fails equalTo", `"headers": {"X-Key": {"equalTo": "k1"}}`, "GET", "http://api.example.com/", "", nil, false},
		{"caseInsensitive equalTo ignores case", `"headers": {"X-Key": {"equalTo": "ABC", "caseInsensitive": true}}`, "GET", "http://api.example.com/", "", http.Header{"X-Key": {"abc"}}, true},
		{"equalTo is case-sensitive by default", `"headers": {"X-Key": {"equalTo": "ABC"}}`, "GET", "http://api.example.com/", "", http.Header{"X-Key": {"abc"}}, false},
		{"matches needs the whole value", `"headers": {"Authorization": {"matches": "Bearer [a-z]+"}}`, "GET", "http://api.example.com/", "", http.Header{"Authorization": {"Bearer abc1"}}, false},
		{"matches accepts the whole value", `"headers": {"Authorization": {"matches": "Bearer [a-z0-9]+"}}`, "GET", "http://api.example.com/", "", http.Header{"Authorization": {"Bearer abc1"}}, true},
		{"doesNotMatch refuses a match", `"headers": {"X-Env": {"doesNotMatch": "prod.*"}}`, "GET", "http://api.example.com/", "", http.Header{"X-Env": {"production"}}, false},
		{"doesNotContain accepts a value without it", `"headers": {"X-Env": {"doesNotContain": "prod"}}`, "GET", "http://api.example.com/", "", http.Header{"X-Env": {"staging"}}, true},
		{"body equalTo compares the whole body", `"bodyPatterns": [{"equalTo": "hi"}]`, "POST", "http://api.example.com/", "hi", nil, true},
		{"body contains finds a part", `"bodyPatterns": [{"contains": "code"}]`, "POST", "http://api.example.com/", "your code is 1", nil, true},
		{"body matches needs the whole body", `"bodyPatterns": [{"matches": "code"}]`, "POST", "http://api.example.com/", "your code", nil, false},
		{"every body pattern must hold", `"bodyPatterns": [{"contains": "a"}, {"contains": "z"}]`, "POST", "http://api.example.com/", "abc", nil, false},
		{"equalToJson ignores spacing and key order", `"bodyPatterns": [{"equalToJson": "{\"a\": 1, \"b\": [1, 2]}"}]`, "POST", "http://api.example.com/", `{"b":[1,2],"a":1}`, nil, true},
		{"equalToJson takes a JSON value as well as text", `"bodyPatterns": [{"equalToJson": {"a": 1}}]`, "POST", "http://api.example.com/", `{"a":1.0}`, nil, true},
		{"equalToJson refuses extra keys", `"bodyPatterns": [{"equalToJson": {"a": 1}}]`, "POST", "http://api.example.com/", `{"a":1,"b":2}`, nil, false},
		{"ignoreExtraElements accepts extra keys", `"bodyPatterns": [{"equalToJson": {"a": 1}, "ignoreExtraElements": true}]`, "POST", "http://api.example.com/", `{"a":1,"b":2}`, nil, true},
		{"equalToJson keeps array order", `"bodyPatterns": [{"equalToJson": [1, 2]}]`, "POST", "http://api.example.com/", `[2,1]`, nil, false},
		{"ignoreArrayOrder accepts any order", `"bodyPatterns": [{"equalToJson": [1, 2, 2], "ignoreArrayOrder": true}]`, "POST", "http://api.example.com/", `[2,1,2]`, nil, true},
		{"ignoreArrayOrder still counts elements", `"bodyPatterns": [{"equalToJson": [1, 2, 2], "ignoreArrayOrder": true}]`, "POST", "http://api.example.com/", `[2,1,1]`, nil, false},
		{"equalToJson refuses a body that is not JSON", `"bodyPatterns": [{"equalToJson": {}}]`, "POST", "http://api.example.com/", `{`, nil, false},
		{"matchesJsonPath finds a field", `"bodyPatterns": [{"matchesJsonPath": "$.text"}]`, "POST", "http://api.example.com/", `{"text":"hi"}`, nil, true},
		{"matchesJsonPath fails on a missing field", `"bodyPatterns": [{"matchesJsonPath": "$.blocks"}]`, "POST", "http://api.example.com/", `{"text":"hi"}`, nil, false},
		{"matchesJsonPath with a matcher checks what it finds", `"bodyPatterns": [{"matchesJsonPath": {"expression": "$.text", "contains": "code"}}]`, "POST", "http://api.example.com/", `{"text":"your code is 12"}`, nil, true},
		{"matchesJsonPath with a matcher fails on another value", `"bodyPatterns": [{"matchesJsonPath": {"expression": "$.text", "equalTo": "x"}}]`, "POST", "http://api.example.com/", `{"text":"y"}`, nil, false},
		{"a filter finds an element by field", `"bodyPatterns": [{"matchesJsonPath": "$.to[?(@.type == 'sms')]"}]`, "POST", "http://api.example.com/", `{"to":[{"type":"email"},{"type":"sms"}]}`, nil, true},
		{"a filter finds nothing when no element fits", `"bodyPatterns": [{"matchesJsonPath": "$.to[?(@.n > 5)]"}]`, "POST", "http://api.example.com/", `{"to":[{"n":1},{"n":5}]}`, nil, false},
		{"a search finds a field at any depth", `"bodyPatterns": [{"matchesJsonPath": "$..code"}]`, "POST", "http://api.example.com/", `{"a":{"b":[{"code":"1"}]}}`, nil, true},
		{"an index counts from the end when negative", `"bodyPatterns": [{"matchesJsonPath": {"expression": "$.a[-1]", "equalTo": "3"}}]`, "POST", "http://api.example.com/", `{"a":[1,2,3]}`, nil, true},
		{"a bracketed name and a wildcard", `"bodyPatterns": [{"matchesJsonPath": {"expression": "$['a b'][*].c", "equalTo": "2"}}]`, "POST", "http://api.example.com/", `{"a b":[{"c":1},{"c":2}]}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			set := mustSet(t, `{"request": {`+tt.request+`}, "response": {"status": 201}}`)
			status, _, _ := send(t, set, tt.method, tt.target, tt.body, tt.header)
			assert.Equal(t, tt.want, status == 201, "status %d", status)
		})
	}
}

func TestEqualToJSONGivesUpOnAComparisonTooLargeToFinish(t *testing.T) {
	t.Parallel()
	// Each wanted element is found only near the end of what is left:
	// pairing them without order takes millions of steps.
	var up, down []string
	for i := 0; i < 3000; i++ {
		up, down = append(up, strconv.Itoa(i)), append(down, strconv.Itoa(2999-i))
	}
	want, got := "["+strings.Join(up, ",")+"]", "["+strings.Join(down, ",")+"]"
	set := mustSet(t, `{"request": {"bodyPatterns": [{"equalToJson": `+want+`, "ignoreArrayOrder": true}]}, "response": {"status": 201}}`)
	status, body, _ := send(t, set, "POST", "http://api.example.com/", got, nil)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Contains(t, body, "too large to compare")
	assert.Contains(t, body, "[equalToJson] (", "a long stub value is measured, not shown")
}
