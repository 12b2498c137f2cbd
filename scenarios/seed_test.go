package scenarios_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// lookUpTheUMID sends, then asks 8x8 for the message by its umid, and
// passes the details (umid, timestamps) to cb: what it recorded can only
// replay if the fakes give the same umid on every run.
const lookUpTheUMID = `module.exports = function (recipient, text, context, cb) {
  var s = context.webtask.secrets;
  var http = require('rawhttp');
  var base = 'https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages';
  var auth = {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json'};
  http.send({method: 'POST', url: base, headers: auth, body: JSON.stringify({destination: recipient, text: text})})
  .then(function (r) { return http.send({method: 'GET', url: base + '/' + JSON.parse(r.body).umid, headers: auth}); })
  .then(function (r) { cb(null, JSON.parse(r.body)); }, cb);
};`

func TestUpdateRecordsIDsThatReplay(t *testing.T) {
	t.Parallel()
	got := updateWith(t, map[string]string{"umid.js": lookUpTheUMID}, "ids.scenario.yaml", `hook: umid.js
secrets: {apikey: test-key, subaccount: acme-otp}
cases:
  - name: first
  - name: second
    payload: {recipient: "+6512345678"}
`)
	assert.Contains(t, got, "umid:", "the recorded response holds the umid")
	assert.Contains(t, got, "/messages/", "the recorded lookup's URL holds the umid")
}

func TestEachScenarioGetsItsOwnIDsWhateverRunsBeforeIt(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"hook.js": lookUpTheUMID, "ids.scenario.yaml": `hook: hook.js
secrets: {apikey: test-key, subaccount: acme-otp}
cases: [{name: a}, {name: b}, {name: c}, {name: a again}]
`})
	path := filepath.Join(dir, "ids.scenario.yaml")
	responses := func(parallel int) map[string]string {
		sum, out := runText(t, &scenarios.Runner{Parallel: parallel}, path)
		require.Zero(t, sum.Failed, out)
		got := map[string]string{}
		for _, res := range sum.Results {
			got[res.Scenario.Case] = string(res.Report.Response)
		}
		return got
	}
	one := responses(1)
	assert.Equal(t, one, responses(4), "a scenario's ids do not depend on which pooled fake serves it")
	assert.NotEqual(t, one["a"], one["b"], "each scenario has ids of its own")
}
