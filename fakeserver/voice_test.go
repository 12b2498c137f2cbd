package fakeserver_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// callTwilio places a call the way twilio-node's calls.create does.
func callTwilio(t *testing.T, base, to, twiml string) int {
	t.Helper()
	form := url.Values{"To": {to}, "From": {"+15005550006"}, "Twiml": {twiml}}
	req, err := http.NewRequest(http.MethodPost, base+"/2010-04-01/Accounts/"+twilioSID+"/Calls.json", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.SetBasicAuth(twilioSID, "secret-token")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return do(t, req)
}

func TestAVoiceCallShowsWhatItSaysAndTheCodeSpokenDigitByDigit(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{Secrets: map[string]string{"PIN": "9999"}})
	const twiml = `<Response><Say>Your code is 1, 2, 3, 4, 5, 6.</Say><Pause length="1"/><Say>Your pin is 9999</Say></Response>`
	require.Equal(t, http.StatusCreated, callTwilio(t, base, toTwilio, twiml))

	var got fakeserver.Message
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages/latest", "", &got))
	assert.Equal(t, "Your code is 1, 2, 3, 4, 5, 6. [pause] Your pin is <secret:PIN>", got.Spoken, "masked as the rest")
	assert.Equal(t, "123456", got.Code)
	assert.Empty(t, got.Text, "a call carries no SMS text")
	assert.Empty(t, got.Segments, "nor SMS segments")
}
