// Package stubs answers requests to hosts no fake provider knows (a Slack
// webhook, an OTP gateway, a security service of the tenant's own) with
// answers the user describes, WireMock style. A host with no fake and no
// stub stays blocked: offline means offline.
//
// # Two ways to write a stub
//
// WireMock's mapping JSON, the subset people write, so existing mappings
// work as they are. A file holds one mapping, an array of them, or
// {"mappings": [...]} as WireMock's admin API exports it:
//
//	{
//	  "priority": 1,
//	  "request": {
//	    "host": {"equalTo": "hooks.slack.com"},
//	    "method": "POST",
//	    "urlPathPattern": "/services/[A-Z0-9]+/[A-Z0-9]+/[A-Za-z0-9]+",
//	    "headers": {"Content-Type": {"contains": "application/json"}},
//	    "bodyPatterns": [{"matchesJsonPath": "$.text"}]
//	  },
//	  "response": {"status": 200, "body": "ok", "headers": {"Content-Type": "text/plain"}}
//	}
//
// Request matchers: method (ANY or absent matches all); one of url (path
// and query, exactly), urlPath (path exactly), urlPattern and
// urlPathPattern (regular expressions over the same); host (WireMock 3:
// {"equalTo": HOST}); queryParameters and headers, a map from name to a
// matcher {equalTo (with caseInsensitive: true), contains,
// doesNotContain, matches, doesNotMatch, absent: true}, which accepts a
// parameter or header when any of its values matches; bodyPatterns, a
// list the body must meet all of: equalTo, contains, doesNotContain,
// matches, doesNotMatch, equalToJson (JSON text or a JSON value; the same
// value whatever the spacing and key order; ignoreArrayOrder: true and
// ignoreExtraElements: true loosen it) and matchesJsonPath (an expression
// that must find something, or {"expression": ..., OP: value} where
// something it finds must satisfy the string matcher).
//
// Response: status (200 when absent), headers (a value or a list), one
// of body (text), jsonBody (any JSON value) or base64Body, and
// fixedDelayMilliseconds. Every answer carries WireMock's Matched-Stub-Id
// header.
//
// priority: a lower number wins; a stub without one has 5. Among stubs
// of equal priority that all match, the one added last wins, as in
// WireMock.
//
// The short form, one flat map per stub, for the common case:
//
//	host: hooks.slack.com     # the host the stub answers for
//	method: POST              # absent: any method
//	path: /services/T0/B0/x   # exact path; absent: any path
//	status: 200               # absent: 200
//	body: ok                  # text; or json: VALUE (sets Content-Type)
//	headers: {X-Slack-Req: "1"}  # response headers
//	delay: 250ms              # or a number of milliseconds
//	priority: 1               # and name: for reports
//
// # Which host a stub answers for
//
// Each stub is bound to exactly one host, taken from request.host, the
// short form's host:, the key of a map from host to stubs
//
//	stubs:
//	  hooks.slack.com:
//	    - {method: POST, status: 200, body: ok}
//
// or the command line's --stubs HOST=FILE. A host may be given as a URL
// (https://hooks.slack.com/services/...): its host name is taken. A stub
// with no host, or two different ones, is an error.
//
// # What hookemu refuses
//
// Keys no form knows are errors with the key most likely meant, so a
// typo cannot widen a stub into one that matches everything. WireMock
// features hookemu does not run (scenarios' states, bodyFileName,
// templates, proxying, faults, XML matchers, cookies, form and multipart
// matchers) are named as unsupported rather than ignored.
//
// Regular expressions are Go's RE2, which runs in time linear in its
// input: no look-around or back-references, and like WireMock's they
// must match the whole value. Patterns, JSONPath expressions, files, the
// number of stubs and delays are bounded (see the Max constants); a delay
// also ends with the run's time limit, the request's context.
//
// JSONPath is a subset: $ then .name, ['name'], [n] (negative from the
// end), [*] or .*, ..name (at any depth), and filters [?(@.a.b)] or
// [?(@.a.b OP literal)] with == != < <= > >=. Evaluation visits at most
// 100000 values.
//
// # A request no stub matches
//
// A request to a stubbed host that matches no stub gets a 404 whose body
// is a near-miss report in WireMock's manner: the closest stub (the one
// the request fails in the fewest fields) beside the request, field by
// field, each failing field marked, with where a JSON body differs. The
// miss reaches the run through WithMissRecorder, and the run names it as
// a problem.
package stubs
