package emulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEveryPhoneTriggerHasTheHandlerThatMakesAFileAnAction(t *testing.T) {
	t.Parallel()
	for _, trigger := range []string{TriggerSendPhoneMessage, TriggerCustomPhoneProvider} {
		t.Run(trigger, func(t *testing.T) {
			t.Parallel()
			handler := HandlerOf(trigger)
			assert.Contains(t, ActionHandlers(), handler)
			assert.Equal(t, trigger, triggerOf(handler))
		})
	}
	t.Run("another trigger has none", func(t *testing.T) {
		t.Parallel()
		assert.Empty(t, HandlerOf("post-login"))
	})
}

func TestEveryCallOfTheMatrixHasItsOwnCodeInItsText(t *testing.T) {
	t.Parallel()
	codes := map[string]bool{}
	for _, c := range Calls() {
		t.Run(c.MessageType+"/"+c.Action, func(t *testing.T) {
			p := c.Payload(Payload{})
			assert.Contains(t, p.Text, c.Code)
			assert.Equal(t, c.Code, p.Context["code"])
			assert.NoError(t, p.Validate())
		})
		assert.False(t, codes[c.Code], "code %s used twice", c.Code)
		codes[c.Code] = true
	}
	assert.Len(t, codes, 4)
}
