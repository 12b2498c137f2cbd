package faketwilio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/faketwilio"
)

func TestHostsAreTheDefaultTwilioHosts(t *testing.T) {
	t.Parallel()
	assert.Equal(t, []string{"api.twilio.com", "verify.twilio.com"}, faketwilio.Hosts())
	faketwilio.Hosts()[0] = "changed"
	assert.Equal(t, "api.twilio.com", faketwilio.Hosts()[0], "Hosts returns a fresh slice")
	for _, host := range faketwilio.Hosts() {
		assert.True(t, faketwilio.IsHost(host), host)
	}
}

func TestIsHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		host string
		want bool
	}{
		{"the API host is Twilio's", "api.twilio.com", true},
		{"the Verify host is Twilio's", "verify.twilio.com", true},
		{"a region host is Twilio's", "api.ie1.twilio.com", true},
		{"an edge and region host is Twilio's", "api.dublin.ie1.twilio.com", true},
		{"an edge with a dash is Twilio's", "api.sao-paulo.us1.twilio.com", true},
		{"a Verify edge and region host is Twilio's", "verify.sydney.au1.twilio.com", true},
		{"a host with a port is Twilio's", "api.twilio.com:443", true},
		{"a host in capitals is Twilio's", "API.Twilio.COM", true},
		{"a fully qualified host is Twilio's", "verify.twilio.com.", true},
		{"twilio.com itself is not served", "twilio.com", false},
		{"another Twilio product is not served", "lookups.twilio.com", false},
		{"four labels before twilio.com are too many", "api.a.b.c.twilio.com", false},
		{"an empty label is no host", "api..twilio.com", false},
		{"a label starting with a dash is no host", "api.-x.twilio.com", false},
		{"a label with an underscore is no host", "api.us_1.twilio.com", false},
		{"a look-alike domain is not Twilio's", "api.twilio.com.evil.example", false},
		{"a domain ending like Twilio's is not Twilio's", "api.nottwilio.com", false},
		{"8x8's host is not Twilio's", "sms.8x8.com", false},
		{"an empty host is not Twilio's", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, faketwilio.IsHost(tt.host))
		})
	}
}

func TestCodeAdviceIsForVerifyOnlyWhichMakesUpItsOwnCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path string
		advised    bool
	}{
		{"a Verify v2 verification is advised to pass customCode", "/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications", true},
		{"a retired v1 verification too", "/v1/Services/VA0123456789abcdef0123456789abcdef/Verifications", true},
		{"a message sends the text it is given", "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			advice := faketwilio.Provider{}.CodeAdvice(tt.path)
			if tt.advised {
				assert.Contains(t, advice, "customCode")
			} else {
				assert.Empty(t, advice)
			}
		})
	}
}
