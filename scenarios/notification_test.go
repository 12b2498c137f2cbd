package scenarios_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// cppEcho is a custom-phone-provider Action that returns what it was
// given, so a scenario's response says which event it got.
const cppEcho = `exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const n = event.notification;
  if (n.message_type === 'blocked_account') api.notification.drop('nothing to send');
  return {type: n.message_type, via: n.delivery_method, from: n.from, locale: n.locale, voice: n.as_voice,
    code: n.code, to: n.recipient, tenant: event.tenant.friendly_name, org: event.organization && event.organization.id};
};
`

func TestAScenarioSetsEveryCustomPhoneProviderField(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"cpp.js": cppEcho,
		"cpp.scenario.yaml": `
hook: cpp.js
payload:
  recipient: "+6512345678"
  context: {code: "111222", language: en}
  event:
    notification: {from: "+15550100", locale: en_SG}
    tenant: {friendly_name: Acme}
    organization: {id: org_1}
expect:
  outcome: success
  response: {type: otp_enroll, via: text, from: "+15550100", locale: en_SG, voice: "Here is your one time password: 999111",
    code: "111222", to: "+6512345678", tenant: Acme, org: org_1}
cases:
  - name: by default
  - name: by voice, a second factor
    payload: {context: {message_type: voice, action: second-factor-authentication}, event: {notification: {as_voice: "Your code is one"}}}
    expect:
      response: {type: otp_verify, via: voice, from: "+15550100", locale: en_SG, voice: "Your code is one",
        code: "111222", to: "+6512345678", tenant: Acme, org: org_1}
  - name: a password breach
    payload: {event: {notification: {message_type: password_breach}}}
    expect:
      response: {type: password_breach, via: text, from: "+15550100", locale: en_SG, voice: "Here is your one time password: 999111",
        code: "111222", to: "+6512345678", tenant: Acme, org: org_1}
  - name: a blocked account the Action drops
    payload: {event: {notification: {message_type: blocked_account}}}
    expect:
      outcome: error
      error: 'api.notification.drop("nothing to send")'
      response: null
`,
	})
	sum, out := runText(t, &scenarios.Runner{}, dir)
	assert.Equal(t, 4, sum.Passed, out)
	assert.Zero(t, sum.Failed, out)
}

func TestAScenarioEventTypoIsRefused(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"cpp.js":            cppEcho,
		"cpp.scenario.yaml": "hook: cpp.js\npayload: {event: {notification: {mesage_type: otp_verify}}}\n",
	})
	_, err := scenarios.Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `event.notification.mesage_type is not a field of an Action's event Auth0 documents; did you mean "message_type"?`)
}
