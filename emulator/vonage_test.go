package emulator_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// @vonage/server-sdk needs Node 18: an Action that requires it while it
// loads is still learned to be an Action, and a Hook cannot have it.
func TestAModuleOnlyActionsHaveDecidesTheKindAtLoad(t *testing.T) {
	t.Parallel()
	t.Run("an Action requiring it at the top level loads as an Action", func(t *testing.T) {
		t.Parallel()
		r := runAction(t, `const { Vonage } = require('@vonage/server-sdk');
			exports.onExecuteSendPhoneMessage = async () => { if (typeof new Vonage({apiKey: 'k', apiSecret: 's'}).sms.send !== 'function') throw new Error('no send'); };`)
		assert.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	})
	t.Run("a Hook requiring it fails, pointing at nexmo", func(t *testing.T) {
		t.Parallel()
		r := runHook(t, `module.exports = function (r, t, c, cb) { require('@vonage/server-sdk'); cb(null, {}); };`)
		require.NotNil(t, r.Error)
		assert.Contains(t, r.Error.Message, "use nexmo")
	})
}
