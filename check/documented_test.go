package check_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// documentedTimeoutCaseLimit is generous: every documented hook is
// checked at once, on a machine others share, and the time-out case
// passes only if the request was sent before it.
const documentedTimeoutCaseLimit = 5 * time.Second

// demoStubs is the set of a documented hook's demo stubs, nil when it has
// none, as the CLI gives it when no --stubs is passed.
func demoStubs(t *testing.T, h hooks.Hook, code []byte) *stubs.Set {
	t.Helper()
	sources := harness.DemoStubs(h.Name, code)
	if len(sources) == 0 {
		return nil
	}
	set, err := stubs.Load(sources)
	require.NoError(t, err)
	return set
}

// Every documented hook, as `hookemu check hooks/NAME` checks it: with its
// demo secrets and demo stubs. The list is the catalog's, so a hook added
// to it is checked here with no test written for it; no provider is named.
func TestEveryDocumentedHookReachesItsProviderAndPassesItsFailuresOn(t *testing.T) {
	t.Parallel()
	for _, h := range hooks.List() {
		code, err := hooks.Source(h.Name)
		require.NoError(t, err)
		if len(h.Secrets) == 0 {
			t.Run(h.Name+", a template with no secrets, is told it sends nothing", func(t *testing.T) {
				t.Parallel()
				rep := check.Run(context.Background(), check.Options{Name: h.Name, Source: code})
				c, ok := rep.Find("reaches a provider")
				require.True(t, ok)
				assert.Equal(t, check.Fail, c.Status)
				assert.Contains(t, c.Message, "sends no request to a provider")
			})
			continue
		}
		t.Run(h.Name+" reaches a provider and fails when the provider fails", func(t *testing.T) {
			t.Parallel()
			rep := check.Run(context.Background(), check.Options{Name: h.Name, Source: code, Secrets: h.Secrets,
				Stubs: demoStubs(t, h, code), TimeoutCaseLimit: documentedTimeoutCaseLimit})
			for _, name := range []string{"reaches a provider", "sends recipient and code",
				"fails on provider 500", "fails on provider 401", "fails on provider timeout"} {
				c, ok := rep.Find(name)
				if assert.True(t, ok, "no check %q", name) {
					assert.Equal(t, check.Pass, c.Status, "%s: %s", name, c.Message)
				}
			}
			_, blocked := rep.Find("blocked hosts")
			assert.False(t, blocked, "every host the hook calls has a fake or a demo stub")
			for _, c := range rep.Checks {
				assert.Equal(t, check.Pass, c.Status, "%s: %s (fix: %s)", c.Name, c.Message, c.Fix)
			}
		})
	}
}

func TestADocumentedHookWithoutItsDemoStubsIsWarnedOfEachHostTheyAnswer(t *testing.T) {
	t.Parallel()
	tested := 0
	for _, h := range hooks.List() {
		if h.Stubs == "" {
			continue
		}
		tested++
		code, err := hooks.Source(h.Name)
		require.NoError(t, err)
		hosts := demoStubs(t, h, code).Hosts()
		t.Run(h.Name+" run with no stubs names "+hosts[0]+" as blocked", func(t *testing.T) {
			t.Parallel()
			rep := check.Run(context.Background(), check.Options{Name: h.Name, Source: code, Secrets: h.Secrets,
				TimeoutCaseLimit: documentedTimeoutCaseLimit})
			c, ok := rep.Find("blocked hosts")
			require.True(t, ok, "checks: %v", rep.Checks)
			assert.Equal(t, check.Warn, c.Status)
			for _, host := range hosts {
				assert.Contains(t, c.Message, host)
			}
			assert.Contains(t, c.Fix, "--stubs "+hosts[0]+"=FILE")
		})
	}
	assert.Positive(t, tested, "a documented hook with demo stubs")
}

func TestAHookThatReachesNoProviderIsNotAlsoWarnedOfBlockedHosts(t *testing.T) {
	t.Parallel()
	rep := check.Run(context.Background(), check.Options{Name: "gateway.js", Source: []byte(gatewayAction)})
	_, blocked := rep.Find("blocked hosts")
	assert.False(t, blocked, `"reaches a provider" names the hosts already`)
}

func TestANoProviderFixNamesEveryMessagingProviderTheRegistryFakes(t *testing.T) {
	t.Parallel()
	rep := check.Run(context.Background(), check.Options{Name: "gateway.js", Source: []byte(gatewayAction)})
	c, ok := rep.Find("reaches a provider")
	require.True(t, ok)
	for _, p := range providers.All() {
		if provider.KindOf(p) == provider.Messaging {
			assert.Contains(t, c.Fix, p.Title())
		} else {
			assert.NotContains(t, c.Fix, p.Title(), "a tenant delivers no message")
		}
	}
}

// verifyWithoutCustomCode starts a Twilio Verify verification, which makes
// up a code of its own: Auth0's never reaches the user.
const verifyWithoutCustomCode = `module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN).verify.v2.services(s.TWILIO_VERIFY_SID)
    .verifications.create({to: recipient, channel: context.message_type === 'voice' ? 'call' : 'sms'})
    .then(function () { cb(null, {}); })
    .catch(cb);
};`

func TestACodeMissingFromAVerifyRequestGetsTheProvidersAdvice(t *testing.T) {
	t.Parallel()
	h, ok := hooks.Lookup("twilio-verify.js")
	require.True(t, ok)
	rep := check.Run(context.Background(), check.Options{Name: "verify.js", Source: []byte(verifyWithoutCustomCode), Secrets: h.Secrets})
	c, ok := rep.Find("sends recipient and code")
	require.True(t, ok, "checks: %v", rep.Checks)
	assert.Equal(t, check.Fail, c.Status)
	assert.Contains(t, c.Message, "is in no request to twilio")
	assert.Contains(t, c.Fix, "customCode: context.code")
}
