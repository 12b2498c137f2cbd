package provider

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatchHost(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, pattern, host string
		want                bool
	}{
		{"an exact host matches itself", "sms.8x8.com", "sms.8x8.com", true},
		{"case, port and trailing dot do not matter", "sms.8x8.com", "SMS.8x8.com.:443", true},
		{"an exact host does not match another", "sms.8x8.com", "sms.8x8.uk", false},
		{"a star stands for one label", "*.api.infobip.com", "xyz12.api.infobip.com", true},
		{"a star does not stand for two labels", "*.api.infobip.com", "a.b.api.infobip.com", false},
		{"a star does not stand for none", "*.api.infobip.com", "api.infobip.com", false},
		{"a star in the middle stands for the region", "sns.*.amazonaws.com", "sns.eu-west-1.amazonaws.com", true},
		{"a star takes only a DNS label", "sns.*.amazonaws.com", "sns.eu_west.amazonaws.com", false},
		{"a suffix alone is not a match", "sns.*.amazonaws.com", "evilsns.us-east-1.amazonaws.com", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, MatchHost(c.pattern, c.host))
		})
	}
}
