package hookdiff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/stubs"
)

// Every documented hook against itself, as `hookemu diff hooks/NAME
// hooks/NAME` runs it: with its demo secrets and demo stubs, over the
// whole matrix. The list is the catalog's, so a hook added to it is
// covered with no test written for it; no provider is named.
func TestEveryDocumentedHookIsTheSameAsItselfInEveryCallAndFailsWithItsProvider(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	for _, h := range hooks.List() {
		code, err := hooks.Source(h.Name)
		require.NoError(t, err)
		t.Run(h.Name+" sends the same requests and ends the same way twice", func(t *testing.T) {
			t.Parallel()
			var set *stubs.Set
			if sources := harness.DemoStubs(h.Name, code); len(sources) > 0 {
				set, err = stubs.Load(sources)
				require.NoError(t, err)
			}
			res := hookdiff.Run(context.Background(), load(t, em, h.Name, string(code)), load(t, em, h.Name, string(code)),
				hookdiff.Options{Secrets: h.Secrets, Emulator: em, Stubs: set})
			require.Len(t, res.Cases, len(hookdiff.Matrix()))
			for _, c := range res.Cases {
				assert.Empty(t, c.Differences, c.Name)
				assert.Empty(t, c.Warnings, c.Name)
				assert.Empty(t, harness.BlockedHosts(c.Old), "%s: every host has a fake or a demo stub", c.Name)
				sends := len(h.Secrets) > 0 // a template with no secrets sends nothing
				switch {
				case !c.Case.ProviderFails, !sends:
					assert.Equal(t, emulator.OutcomeSuccess, c.Old.Outcome, "%s: %v", c.Name, c.Old.Error)
				default:
					assert.False(t, c.Old.OK, "%s: a provider's 500 must fail the message, as Auth0 sees it", c.Name)
					assert.Contains(t, []emulator.Outcome{emulator.OutcomeError, emulator.OutcomeException}, c.Old.Outcome, c.Name)
				}
			}
			assert.True(t, res.Same())
		})
	}
}
