package fake8x8

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

// seededExchange is a send, a refused send and a lookup of the first, on a
// fake seeded with seed.
func seededExchange(t *testing.T, seed string) []string {
	t.Helper()
	s := New(Config{IDs: fakekit.NewIDs(Name, seed)})
	sent := send(t, s, validSend)
	require.Equal(t, 200, sent.status, sent.body)
	refused := send(t, s, `{"destination":"123"}`)
	require.Equal(t, 400, refused.status, refused.body)
	umid, _ := sent.decode(t)["umid"].(string)
	details := do(t, s, request{method: "GET", path: sendPath + "/" + umid})
	return []string{sent.body, refused.body, details.body}
}

func TestASeededFakeAnswersAlikeOnEveryRun(t *testing.T) {
	t.Parallel()
	first := seededExchange(t, "suite/case")
	assert.Equal(t, first, seededExchange(t, "suite/case"), "umids, errorIds and timestamps repeat")
	assert.NotEqual(t, first, seededExchange(t, "suite/other case"))
}

func TestReseedMakesAPooledFakeAnswerAsANewOne(t *testing.T) {
	t.Parallel()
	s := New(Config{IDs: fakekit.NewIDs(Name, "a")})
	first := send(t, s, validSend).body
	send(t, s, validSend)
	s.Reset()
	s.Reseed("a")
	assert.Equal(t, first, send(t, s, validSend).body)
}
