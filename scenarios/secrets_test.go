package scenarios_test

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/scenarios"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leakHook logs the secret with JSON.stringify and answers it to cb.
const leakHook = `module.exports = function (recipient, text, context, cb) {
  console.log(JSON.stringify(context.webtask.secrets));
  cb(null, {pw: context.webtask.secrets.pw});
};
`

func TestASecretSpelledOutInAnExpectationIsMaskedInEveryReport(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js": leakHook,
		"leak.scenario.yaml": "hook: hook.js\nsecrets: {pw: 'ab\"cd<ef~pa$$ w0rd'}\n" +
			"expect:\n  response: {pw: 'ab\"cd<ef~pa$$ w0rd!'}\n  logs: ['ab\"cd<ef~pa$$ w0rd!']\n",
	})
	var js, junit, page bytes.Buffer
	r := &scenarios.Runner{Reporters: []scenarios.Reporter{scenarios.NewJSONReporter(&js), scenarios.NewJUnitReporter(&junit), scenarios.NewHTMLReporter(&page)}}
	sum, text := runText(t, r, dir)
	require.Equal(t, 1, sum.Failed, "the expectations ask for more than the secret")
	for name, report := range map[string]string{"text": text, "JSON": js.String(), "JUnit": junit.String(), "HTML": html.UnescapeString(page.String())} {
		assert.Contains(t, report, "<secret:pw>!", name)
		assert.NotContains(t, report, "pa$$ w0rd", name)
	}
}

func TestAnExpectationThatSpellsASecretOutSaysToWriteItMasked(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":              leakHook,
		"spelt.scenario.yaml":  "hook: hook.js\nsecrets: {pw: s3cr3t-value}\nexpect:\n  response: {pw: s3cr3t-value}\n",
		"masked.scenario.yaml": "hook: hook.js\nsecrets: {pw: s3cr3t-value}\nexpect:\n  response: {pw: other}\n",
	})
	sum, text := runText(t, &scenarios.Runner{}, dir)
	require.Equal(t, 2, sum.Failed)
	assert.Equal(t, 1, strings.Count(text, "write <secret:NAME> in its place"),
		"only the expectation that spells the secret out is told why it cannot match:\n%s", text)
	assert.NotContains(t, text, "s3cr3t-value")
}

func TestASecretAScenarioLacksIsToldAsAScenarioSetsOne(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":             leakHook,
		"lacks.scenario.yaml": "hook: hook.js\nsecrets: {other: x}\nexpect:\n  problems: []\n",
	})
	sum, text := runText(t, &scenarios.Runner{}, dir)
	require.Equal(t, 1, sum.Failed, "the problem is not among those expected:\n%s", text)
	assert.Contains(t, text, `hook read secret "pw", which is not set: set it under the scenario's secrets: (pw: VALUE or ${ENV_NAME}), or pass --secret pw=VALUE to hookemu test`)
}
