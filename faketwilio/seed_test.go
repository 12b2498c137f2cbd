package faketwilio_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

// seededExchange is a message, a verification and a refused message on a
// fake seeded with seed: the bodies and the request ids.
func seededExchange(t *testing.T, seed string) []string {
	t.Helper()
	srv := faketwilio.New(faketwilio.Config{IDs: fakekit.NewIDs(faketwilio.Name, seed)})
	var out []string
	for _, r := range []*http.Request{
		post(messagesPath, form("To", "+15558675310", "From", "+15017122661", "Body", "hi")),
		post(verifyPath, form("To", "+15017122661", "Channel", "sms")),
		post(messagesPath, form("From", "+15017122661", "Body", "no To")),
	} {
		rec := serve(srv, r)
		require.NotEqual(t, http.StatusInternalServerError, rec.Code, rec.Body.String())
		out = append(out, rec.Body.String(), rec.Header().Get("Twilio-Request-Id"))
	}
	return out
}

func TestASeededFakeAnswersAlikeOnEveryRun(t *testing.T) {
	t.Parallel()
	first := seededExchange(t, "suite/case")
	assert.Equal(t, first, seededExchange(t, "suite/case"), "SIDs and dates repeat")
	assert.NotEqual(t, first, seededExchange(t, "suite/other case"))
	assert.Contains(t, first[0], `"sid":"SM`)
}
