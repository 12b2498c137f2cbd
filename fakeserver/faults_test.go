package fakeserver_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/providers"
)

func TestAFaultMakesTheFakeFailForItsDestinationOnly(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	var set map[string][]fakeserver.Fault
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults",
		`{"8x8": [{"destination": "+65 1234 5678", "status": 500}], "twilio": [{"destination": "*", "status": 429}]}`, &set))
	assert.Equal(t, []fakeserver.Fault{{Destination: "+65 1234 5678", Status: 500}}, set["8x8"])

	assert.Equal(t, http.StatusInternalServerError, send8x8(t, base, to8x8, "hit"))
	assert.Equal(t, http.StatusOK, send8x8(t, base, "+6599999999", "missed"))
	assert.Equal(t, http.StatusTooManyRequests, sendTwilio(t, base, toTwilio, "every number"))

	var latest fakeserver.Message
	api(t, http.MethodGet, base+apiV1+"messages/latest?provider=8x8&destination=6512345678", "", &latest)
	assert.Equal(t, http.StatusInternalServerError, latest.Status)
	assert.False(t, latest.Accepted)
	assert.Contains(t, string(latest.Response), "2000")

	require.Equal(t, http.StatusNoContent, api(t, http.MethodDelete, base+apiV1+"faults", "", nil))
	assert.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "healed"))
	var after map[string][]fakeserver.Fault
	api(t, http.MethodGet, base+apiV1+"faults", "", &after)
	for _, name := range providers.Names() {
		assert.Equal(t, []fakeserver.Fault{}, after[name], "%s has no faults left", name)
	}
	assert.Len(t, after, len(providers.Names()))
}

func TestOneProvidersFaultsCanBeSetAlone(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults/8x8", `[{"destination": "*", "status": 503}]`, nil))
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults/twilio", `[{"destination": "*", "delay": "1ms"}]`, nil))

	var eight []fakeserver.Fault
	api(t, http.MethodGet, base+apiV1+"faults/8x8", "", &eight)
	assert.Equal(t, []fakeserver.Fault{{Destination: "*", Status: 503}}, eight)
	assert.Equal(t, []fakekit.Fault{{Destination: "*", Delay: 1e6}}, srv.Fake("twilio").Faults())

	require.Equal(t, http.StatusNoContent, api(t, http.MethodDelete, base+apiV1+"faults/8x8", "", nil))
	assert.Empty(t, srv.Fake("8x8").Faults())
	assert.Len(t, srv.Fake("twilio").Faults(), 1, "the other provider's faults stay")
	assert.Equal(t, http.StatusNotFound, api(t, http.MethodGet, base+apiV1+"faults/sinch", "", nil))
}

func TestWrongFaultsAreRefusedAndChangeNothing(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	srv.Fake("8x8").SetFaults([]fakekit.Fault{{Destination: "*", Status: 500}})
	tests := []struct {
		name string
		body string
		want string
	}{
		{"a probability without --faults", `{"8x8": [{"destination": "*", "status": 500, "probability": 0.5}]}`, "started with --faults"},
		{"a destination that is no number", `{"8x8": [{"destination": "bob", "status": 500}]}`, "not a phone number"},
		{"a status that is no error", `{"8x8": [{"destination": "*", "status": 200}]}`, "status 200 is not an error"},
		{"a fault that changes nothing", `{"twilio": [{"destination": "*"}]}`, "changes nothing"},
		{"a delay that is no duration", `{"8x8": [{"destination": "*", "delay": "2"}]}`, "duration such as 2s"},
		{"an unknown field", `{"8x8": [{"destination": "*", "status": 500, "percent": 5}]}`, `unknown field "percent"`},
		{"an unknown provider", `{"sinch": []}`, `unknown provider "sinch"`},
		{"a body that is no JSON object", `[]`, "(a list where an object belongs); send JSON such as"},
		{"a status that is a string", `{"8x8": [{"destination": "*", "status": "500"}]}`, `("status" is a string, not a whole number)`},
		{"a list that is an object", `{"8x8": {"destination": "*"}}`, `(an object where a list belongs)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got apiError
			assert.Equal(t, http.StatusBadRequest, api(t, http.MethodPut, base+apiV1+"faults", tt.body, &got))
			assert.Contains(t, got.Error, tt.want)
			assert.NotContains(t, got.Error, "Go ", "no Go type or field reaches users")
			assert.NotContains(t, got.Error, "fakeserver.", "no Go type or field reaches users")
			assert.Equal(t, []fakekit.Fault{{Destination: "*", Status: 500}}, srv.Fake("8x8").Faults())
		})
	}
}

func TestProbabilityFaultsAreAcceptedWhenSwitchedOn(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{ProbabilityFaults: true})

	status := api(t, http.MethodPut, base+apiV1+"faults/twilio", `[{"destination": "*", "status": 500, "probability": 1}]`, nil)

	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, 1.0, srv.Fake("twilio").Faults()[0].Probability)
	assert.Equal(t, http.StatusInternalServerError, sendTwilio(t, base, toTwilio, "always, at probability 1"))
}

func TestProbabilityFaultsInTheConfigNeedTheSwitchToo(t *testing.T) {
	t.Parallel()
	_, err := fakeserver.New(fakeserver.Config{
		Providers: providers.Configs{"8x8": &fake8x8.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500, Probability: 0.1}}}},
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "--faults")
}
