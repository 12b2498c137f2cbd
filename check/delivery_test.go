package check_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/deploy"
)

// textOnlyAction sends through 8x8 by text and refuses voice, as an
// Action written for a text-only phone provider does.
const textOnlyAction = `exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const axios = require('axios');
  const n = event.notification;
  if (n.delivery_method !== 'text') throw new Error('this provider sends text only');
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
    {destination: n.recipient, text: n.as_text, encoding: 'AUTO'},
    {headers: {Authorization: 'Bearer ' + event.secrets.apikey}});
};`

// voiceOnlyAction is its mirror image.
const voiceOnlyAction = `exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const axios = require('axios');
  const n = event.notification;
  if (n.delivery_method !== 'voice') throw new Error('this provider calls only');
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
    {destination: n.recipient, text: n.as_voice, encoding: 'AUTO'},
    {headers: {Authorization: 'Bearer ' + event.secrets.apikey}});
};`

func checkDelivering(t *testing.T, src string, methods []string) check.Report {
	t.Helper()
	return check.Run(context.Background(), check.Options{Name: "cpp.js", Source: []byte(src), DeliveryMethods: methods,
		Secrets: map[string]string{"apikey": "key-1", "subaccount": "acme"}})
}

func TestACustomPhoneProviderActionIsCalledWithItsDeliveryMethods(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src      string
		methods  []string
		ok       bool
		succeeds string
		note     string
	}{
		{"text only, for a text-only provider, passes", textOnlyAction, []string{"text"}, true,
			"resolves in all 2 cases", "the custom phone provider delivers by text only, so the Action is called with those messages only"},
		{"voice only, for a voice-only provider, passes", voiceOnlyAction, []string{"voice"}, true,
			"resolves in all 2 cases", "the custom phone provider delivers by voice only, so the Action is called with those messages only"},
		{"text only fails when the provider also calls", textOnlyAction, []string{"text", "voice"}, false,
			"(in voice/otp_enroll, voice/otp_verify)", ""},
		{"voice only fails when the provider texts", voiceOnlyAction, []string{"voice", "text"}, false,
			"(in text/otp_enroll, text/otp_verify)", ""},
		{"no methods given are both", textOnlyAction, nil, false,
			"(in voice/otp_enroll, voice/otp_verify)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := checkDelivering(t, tt.src, tt.methods)
			assert.Equal(t, tt.ok, rep.OK, "%+v", rep.Checks)
			succeeds, ok := rep.Find("succeeds")
			require.True(t, ok, "%+v", rep.Checks)
			assert.Contains(t, succeeds.Message, tt.succeeds)
			if tt.note != "" {
				assert.Contains(t, rep.Notes, tt.note)
			} else {
				assert.NotContains(t, rep.Notes, "only, so the Action is called with those messages only")
			}
			if tt.ok {
				failure, ok := rep.Find("fails on provider 500")
				require.True(t, ok, "the fault cases run with a declared delivery method: %+v", rep.Checks)
				assert.Equal(t, check.Pass, failure.Status, failure.Message)
			}
		})
	}
}

func TestAnUnknownDeliveryMethodFailsAndBothAreCalled(t *testing.T) {
	t.Parallel()
	rep := checkDelivering(t, textOnlyAction, []string{"sms"})
	c, ok := rep.Find("delivery methods")
	require.True(t, ok)
	assert.Equal(t, check.Fail, c.Status)
	assert.Contains(t, c.Message, `the phone provider's delivery method "sms" is not one Auth0 has; it delivers by text or voice`)
	succeeds, ok := rep.Find("succeeds")
	require.True(t, ok)
	assert.Contains(t, succeeds.Message, "voice/otp_enroll")
}

func TestDeliveryMethodsLeaveOtherCodeCalledWithEveryMessageType(t *testing.T) {
	t.Parallel()
	rep := checkDelivering(t, awaitingAction, []string{"text"})
	assert.True(t, rep.OK, "%+v", rep.Checks)
	succeeds, ok := rep.Find("succeeds")
	require.True(t, ok)
	assert.Equal(t, "resolves in all 4 cases", succeeds.Message)
	assert.Empty(t, rep.Notes)
}

func TestTheDeployedCustomPhoneProviderGivesTheDeliveryMethods(t *testing.T) {
	t.Parallel()
	artifact := &deploy.Artifact{PhoneProvider: &deploy.PhoneProvider{Name: "custom", DeliveryMethods: []string{"voice"}}}
	entry := deploy.Entry{Name: "cpp", Kind: deploy.KindAction, Code: []byte(voiceOnlyAction),
		Trigger:      deploy.Trigger{ID: deploy.TriggerCustomPhoneProvider, Version: "v1"},
		Dependencies: []deploy.Dependency{{Name: "axios", Version: "1.7.9"}},
		Secrets:      []deploy.Secret{{Name: "apikey"}, {Name: "subaccount"}}, Deployed: true}
	rep := check.Run(context.Background(), check.Options{Name: "cpp.js", Source: []byte(voiceOnlyAction),
		Secrets: map[string]string{"apikey": "key-1", "subaccount": "acme"},
		Deploy:  &check.Deployment{Entry: entry, Artifact: artifact}})
	succeeds, ok := rep.Find("succeeds")
	require.True(t, ok, "%+v", rep.Checks)
	assert.Equal(t, check.Pass, succeeds.Status, succeeds.Message)
	assert.Equal(t, "resolves in all 2 cases", succeeds.Message)
	assert.Contains(t, rep.Notes, "the custom phone provider delivers by voice only, so the Action is called with those messages only")
}
