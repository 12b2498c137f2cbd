package scenarios_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeauth0"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/scenarios"
)

func TestProvidersAreConfiguredUnderProvidersAndMergedByCases(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"h.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"p.scenario.yaml": `
hook: h.js
fake8x8: {apikey: top-key}
providers:
  twilio: {auth_token: top-token, numbers: ["+15005550006"]}
cases:
  - name: keeps the top level
  - name: lays its own over it
    fake8x8: {subaccounts: [acme]}
    providers:
      twilio: {auth_token: case-token}
`,
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	all := suite.Scenarios()
	require.Len(t, all, 2)

	top, own := all[0].Providers, all[1].Providers
	assert.Equal(t, &fake8x8.Config{APIKey: "top-key"}, top["8x8"])
	assert.Equal(t, &faketwilio.Config{AuthToken: "top-token", Numbers: []string{"+15005550006"}}, top["twilio"])
	assert.Equal(t, &fake8x8.Config{APIKey: "top-key", SubAccounts: []string{"acme"}}, own["8x8"], "fakeNAME merges key by key")
	assert.Equal(t, &faketwilio.Config{AuthToken: "case-token", Numbers: []string{"+15005550006"}}, own["twilio"],
		"providers merges provider by provider and key by key")
}

func TestEveryRegisteredProviderHasBothScenarioKeys(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			for _, key := range []string{"fake" + p.Name() + ": {}", "providers: {" + p.Name() + ": {}}"} {
				dir := writeFiles(t, map[string]string{
					"h.js":            "module.exports = function (r, t, c, cb) { cb(null, {}); };",
					"p.scenario.yaml": "hook: h.js\n" + key + "\n",
				})
				suite, err := scenarios.Load(dir)
				require.NoError(t, err, key)
				cfg := suite.Scenarios()[0].Providers[p.Name()]
				assert.IsType(t, p.NewConfig(), cfg, key)
			}
		})
	}
}

func TestAJobCrossesToAWorkerWithItsProviderConfigurations(t *testing.T) {
	t.Parallel()
	job := scenarios.Job{HookName: "8x8.js", Providers: providers.Configs{
		"8x8":    &fake8x8.Config{APIKey: "k", SubAccounts: []string{"acme"}},
		"twilio": &faketwilio.Config{AuthToken: "t"},
	}}
	data, err := json.Marshal(job)
	require.NoError(t, err)
	var back scenarios.Job
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, job.Providers, back.Providers)
}

func TestAJobWithAnUnknownProviderOrKeyIsRefused(t *testing.T) {
	t.Parallel()
	for _, body := range []string{`{"providers": {"twillio": {}}}`, `{"providers": {"8x8": {"api_key": "k"}}}`} {
		var job scenarios.Job
		err := json.Unmarshal([]byte(body), &job)
		require.Error(t, err, body)
		assert.True(t, strings.Contains(err.Error(), "twilio") || strings.Contains(err.Error(), "api_key"), fmt.Sprint(err))
	}
}

func TestFreeFormValuesInAFakesConfigAreReadAsJSONWouldReadThem(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"h.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"p.scenario.yaml": `
hook: h.js
fakeauth0:
  users:
    - id: "auth0|1"
      user_metadata: {sent: 2, language: fr, opt_in: true, last: {at: [1, "x"]}, gone: null}
`,
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	cfg, ok := suite.Scenarios()[0].Providers["auth0"].(*fakeauth0.Config)
	require.True(t, ok)
	require.Len(t, cfg.Users, 1)
	assert.Equal(t, map[string]any{
		"sent": float64(2), "language": "fr", "opt_in": true,
		"last": map[string]any{"at": []any{float64(1), "x"}}, "gone": nil,
	}, cfg.Users[0].UserMetadata)
}
