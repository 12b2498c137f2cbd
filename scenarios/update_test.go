package scenarios_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// update runs --update on one scenario file and returns its new text,
// after checking that the result passes and that a second update is a
// no-op.
func update(t *testing.T, name, content string) string {
	t.Helper()
	return updateWith(t, map[string]string{"hook.js": send8x8}, name, content)
}

// updateWith is update with other files beside the scenario.
func updateWith(t *testing.T, files map[string]string, name, content string) string {
	t.Helper()
	files[name] = content
	dir := writeFiles(t, files)
	path := filepath.Join(dir, name)
	sum, out := runText(t, &scenarios.Runner{Update: true}, path)
	require.Zero(t, sum.Failed, out)
	updated, err := os.ReadFile(path)
	require.NoError(t, err)

	sum, out = runText(t, &scenarios.Runner{}, path)
	require.Zero(t, sum.Failed, "the updated file must pass as it is:\n%s\n%s", updated, out)
	sum, _ = runText(t, &scenarios.Runner{Update: true}, path)
	assert.Empty(t, sum.Updated, "a second update changes nothing")
	again, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(updated), string(again))
	return string(updated)
}

func TestUpdateRecordsANewScenarioKeepingTheFileAsWritten(t *testing.T) {
	t.Parallel()
	got := update(t, "new.scenario.yaml", `# A new scenario: run hookemu test --update to record it.
name: enrollment SMS

hook: hook.js     # the guide's hook
secrets:
  apikey: test-key        # not a real key
  subaccount: acme-otp
payload: {recipient: "+6512345678"}
`)
	assert.Equal(t, `# A new scenario: run hookemu test --update to record it.
name: enrollment SMS

hook: hook.js     # the guide's hook
secrets:
  apikey: test-key        # not a real key
  subaccount: acme-otp
payload: {recipient: "+6512345678"}
expect:
  outcome: success
  response: {}
  requests:
    - method: POST
      url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
      headers:
        Authorization: Bearer <secret:apikey>
        Content-Type: application/json
      json:
        destination: "+6512345678"
        encoding: AUTO
        text: 'Here is your one time password: 999111'
      status: 200
`, got)
}

func TestUpdateRewritesOnlyTheExpectationsThatNoLongerHold(t *testing.T) {
	t.Parallel()
	got := update(t, "change.scenario.yaml", `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
fake8x8:
  faults: [{destination: "*", status: 503}]
expect:
  # The provider is down: the hook must fail.
  outcome: success   # the provider used to be up
  error: status code 500
  response: {}
  requests:
    - url: /subaccounts/.*/messages$/
  logs: [sending to]   # kept as written
`)
	assert.Equal(t, `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
fake8x8:
  faults: [{destination: "*", status: 503}]
expect:
  # The provider is down: the hook must fail.
  outcome: error # the provider used to be up
  error: Request failed with status code 503
  requests:
    - url: /subaccounts/.*/messages$/
  logs: [sending to]   # kept as written
`, got)
}

func TestUpdateWritesNewKeysInTheManualsOrder(t *testing.T) {
	t.Parallel()
	got := update(t, "order.scenario.yaml", `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
fake8x8: {faults: [{destination: "*", status: 500}]}
expect:
  # The provider is down.
  error: status code 500
  logs: [sending]
`)
	assert.Equal(t, `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
fake8x8: {faults: [{destination: "*", status: 500}]}
expect:
  outcome: error
  # The provider is down.
  error: status code 500
  requests:
    - method: POST
      url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
      headers:
        Authorization: Bearer <secret:apikey>
        Content-Type: application/json
      json:
        destination: "+18085555555"
        encoding: AUTO
        text: 'Here is your one time password: 999111'
      status: 500
  logs: [sending]
`, got)
}

// A case's expect is laid over the top level's: --update writes in each
// case only what differs from what it inherits, and drops an inherited
// expectation that no longer holds by writing it as null.
func TestUpdateWritesInEachCaseOnlyWhatDiffersFromTheTopLevel(t *testing.T) {
	t.Parallel()
	got := update(t, "cases.scenario.yaml", `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
expect: {outcome: success, response: {}}
cases:
  - name: sms

  # A 4xx from the provider.
  - expect: {outcome: error, request_count: 3}
    name: rejected
    fake8x8: {faults: [{destination: "*", status: 429}]}
`)
	assert.Equal(t, `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
expect: {outcome: success, response: {}}
cases:
  - name: sms
    expect:
      requests:
        - method: POST
          url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
          headers:
            Authorization: Bearer <secret:apikey>
            Content-Type: application/json
          json:
            destination: "+18085555555"
            encoding: AUTO
            text: 'Here is your one time password: 999111'
          status: 200

  # A 4xx from the provider.
  - expect:
      outcome: error
      response: null
      request_count: 1
      requests:
        - method: POST
          url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
          headers:
            Authorization: Bearer <secret:apikey>
            Content-Type: application/json
          json:
            destination: "+18085555555"
            encoding: AUTO
            text: 'Here is your one time password: 999111'
          status: 429
    name: rejected
    fake8x8: {faults: [{destination: "*", status: 429}]}
`, got)
}

func TestUpdateRewritesAJSONFileAsIndentedJSON(t *testing.T) {
	t.Parallel()
	got := update(t, "s.scenario.json", `{
    "hook": "hook.js",
    "secrets": {"apikey": "test-key", "subaccount": "acme-otp"},
    "expect": {"outcome": "error"}
}
`)
	assert.Equal(t, `{
    "hook": "hook.js",
    "secrets": {
        "apikey": "test-key",
        "subaccount": "acme-otp"
    },
    "expect": {
        "outcome": "success",
        "response": {},
        "requests": [
            {
                "method": "POST",
                "url": "https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages",
                "headers": {
                    "Authorization": "Bearer <secret:apikey>",
                    "Content-Type": "application/json"
                },
                "json": {
                    "destination": "+18085555555",
                    "encoding": "AUTO",
                    "text": "Here is your one time password: 999111"
                },
                "status": 200
            }
        ]
    }
}
`, got)
}

func TestUpdateReencodesAFileWrittenInFlowStyle(t *testing.T) {
	t.Parallel()
	got := update(t, "flow.scenario.yaml", `{hook: hook.js, secrets: {apikey: test-key, subaccount: acme-otp}, expect: {outcome: error}}
`)
	assert.Contains(t, got, "outcome: success")
	assert.Contains(t, got, "status: 200")
}

func TestUpdateWritesTextThatLooksLikeARegularExpressionAsOne(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":         "module.exports = function (r, t, c, cb) { cb(null, {path: '/v1/'}); };",
		"s.scenario.yaml": "hook: hook.js\n",
	})
	sum, _ := runText(t, &scenarios.Runner{Update: true}, dir)
	require.Equal(t, 1, sum.Passed)
	data, err := os.ReadFile(filepath.Join(dir, "s.scenario.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(data), `path: /^/v1/$/`)
	sum, _ = runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 1, sum.Passed)
}

func TestUpdateKeepsWindowsLineEnds(t *testing.T) {
	t.Parallel()
	got := update(t, "crlf.scenario.yaml", "hook: hook.js\r\nsecrets: {apikey: test-key, subaccount: acme-otp}\r\nexpect:\r\n  outcome: error\r\n")
	assert.NotRegexp(t, "[^\r]\n", got, "every line ends in CRLF")
	assert.Contains(t, got, "  outcome: success\r\n  response: {}\r\n")
}
