package faketelesign

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

func TestTheProviderAnswersOnTeleSignsHosts(t *testing.T) {
	t.Parallel()
	p := Provider{}
	for _, host := range []string{"rest-ww.telesign.com", "REST-API.telesign.com:443"} {
		assert.True(t, provider.MatchesAny(p.Hosts(), host), host)
	}
	assert.False(t, provider.MatchesAny(p.Hosts(), "telesign.com"))
	assert.Equal(t, "https://rest-ww.telesign.com", p.Upstream("/v1/messaging").String())
	assert.Equal(t, "telesign", p.Name())
}

func TestTheProviderBuildsAFakeFromItsConfig(t *testing.T) {
	t.Parallel()
	p := Provider{}
	cfg := p.NewConfig().(*Config)
	cfg.CustomerID, cfg.APIKey = demoCustomerID, demoAPIKey
	ids := fakekit.NewIDs(Name, "seed")
	fake, err := p.New(cfg, provider.Common{IDs: ids, Faults: []fakekit.Fault{{Destination: "*", Status: 503}}})
	require.NoError(t, err)

	a := do(t, fake, http.MethodPost, "/v1/messaging", basic(demoCustomerID, "d3Jvbmc="), message("15558675309"))
	assert.Equal(t, http.StatusUnauthorized, a.status, "the configured key is the only one")
	a = do(t, fake, http.MethodPost, "/v1/messaging", demoAuth(), message("15558675309"))
	assert.Equal(t, http.StatusServiceUnavailable, a.status, "common faults are added")
	assert.Len(t, fake.Journal().Entries(), 2)

	_, err = p.New("nope", provider.Common{})
	assert.ErrorContains(t, err, "telesign")
	_, err = p.New(nil, provider.Common{})
	assert.NoError(t, err)
}

func TestDescribeReadsWhatThePhoneShows(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, body, destination, text string
	}{
		{"a message", "phone_number=%2B15558675309&message=Code+123456&message_type=OTP", "+15558675309", "Code 123456"},
		{"a template with the hook's code", "phone_number=15558675309&template=Code+%24%24CODE%24%24&verify_code=4242", "15558675309", "Code 4242"},
		{"a code without template", "phone_number=15558675309&verify_code=4242", "15558675309", "4242"},
		{"no form at all", "{}", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m := Provider{}.Describe(http.MethodPost, "/v1/messaging", demoAuth(), []byte(c.body))
			assert.Equal(t, c.destination, m.Destination)
			assert.Equal(t, c.text, m.Text)
			assert.Equal(t, []string{demoCustomerID, demoAPIKey}, m.Credentials)
		})
	}
	t.Run("a digest's credentials are its customer id and signature", func(t *testing.T) {
		t.Parallel()
		h := http.Header{"Authorization": {"TSA " + demoCustomerID + ":c2lnbmF0dXJl"}}
		assert.Equal(t, []string{demoCustomerID, "c2lnbmF0dXJl"}, Provider{}.Describe("POST", "/", h, nil).Credentials)
	})
}

func TestAnswerTellsATakenMessageFromARefusal(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		status   int
		body     string
		accepted bool
	}{
		{"a send in progress is taken", 200, `{"reference_id":"AB","status":{"code":290}}`, true},
		{"a verification without errors is taken", 200, `{"reference_id":"AB","errors":[],"status":{"code":290}}`, true},
		{"a refusal is not", 400, `{"reference_id":"AB","status":{"code":11000}}`, false},
		{"a 200 with errors is not", 200, `{"reference_id":"AB","errors":[{"code":-1}],"status":{"code":500}}`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := Provider{}.Answer(c.status, []byte(c.body))
			assert.Equal(t, c.accepted, a.Accepted)
			assert.Equal(t, "AB", a.MessageID)
		})
	}
	assert.Equal(t, provider.Answer{}, Provider{}.Answer(502, []byte("<html>")))
}
