package harness

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Not parallel: testing.AllocsPerRun refuses to run in a parallel test.
func TestTheRedactorIsPreparedOncePerSecretSet(t *testing.T) {
	var m redactorMemo
	secrets := map[string]string{"apikey": "key-123456789"}
	first := m.get(secrets)
	assert.Same(t, first, m.get(map[string]string{"apikey": "key-123456789"}), "the same set in another map is the same set")

	secrets["apikey"] = "another-key-987654321"
	changed := m.get(secrets)
	assert.NotSame(t, first, changed, "a value changed in the caller's map makes a new redactor")
	assert.Equal(t, "<secret:apikey>", changed.String("another-key-987654321"))
	assert.Equal(t, "key-123456789", changed.String("key-123456789"), "the old value is no longer a secret")

	assert.NotSame(t, changed, m.get(nil), "no secrets is another set")
	assert.False(t, m.get(nil).Enabled())
	assert.Zero(t, testing.AllocsPerRun(10, func() { m.get(nil) }), "a set seen last costs nothing to recognise")
}
