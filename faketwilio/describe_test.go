package faketwilio_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/faketwilio"
)

func TestDescribeTellsWhatACallWouldSay(t *testing.T) {
	t.Parallel()
	header := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
	cases := []struct{ name, twiml, want string }{
		{"the words of a Say are spoken", `<Response><Say voice="alice">Your code is 1, 2, 3.</Say></Response>`, "Your code is 1, 2, 3."},
		{"Say, Pause and Play are told in order", `<?xml version="1.0"?><Response><Say>Hello</Say><Pause length="1"/><Play>https://x/a.mp3</Play><Say>again</Say></Response>`,
			"Hello [pause] [plays https://x/a.mp3] again"},
		{"SSML inside a Say is read as its words", `<Response><Say>Code <say-as interpret-as="digits">4829</say-as>.</Say></Response>`, "Code 4829."},
		{"a Say in a Gather is spoken", `<Response><Gather><Say>Press 1</Say></Gather></Response>`, "Press 1"},
		{"TwiML that is not XML says nothing", `<Response><Say>unclosed`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			body := url.Values{"To": {"+14155552345"}, "Twiml": {c.twiml}}.Encode()
			got := faketwilio.Provider{}.Describe(http.MethodPost, "/2010-04-01/Accounts/AC1/Calls.json", header, []byte(body))
			assert.Equal(t, c.want, got.Spoken)
			assert.Equal(t, "+14155552345", got.Destination)
		})
	}
}
