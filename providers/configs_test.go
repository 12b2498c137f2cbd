package providers_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/providers"
)

func TestConfigsAreReadFromJSONOneProviderAfterAnother(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data string
		want       providers.Configs
	}{
		{"null is no configuration", `null`, providers.Configs{}},
		{"an empty object is no configuration", `{}`, providers.Configs{}},
		{"a provider given null keeps its defaults", `{"8x8": null}`, providers.Configs{"8x8": &fake8x8.Config{}}},
		{"each provider gets its own configuration", `{"8x8": {"apikey": "k", "subaccounts": ["acme"]}, "twilio": {"auth_token": "t"}}`,
			providers.Configs{"8x8": &fake8x8.Config{APIKey: "k", SubAccounts: []string{"acme"}}, "twilio": &faketwilio.Config{AuthToken: "t"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got providers.Configs
			require.NoError(t, json.Unmarshal([]byte(tt.data), &got))
			assert.Equal(t, tt.want, got)
		})
	}
	refused := []struct{ name, data, want string }{
		{"an unknown key after a good provider names its provider and key", `{"8x8": {"apikey": "k"}, "twilio": {"auth_tokn": "t"}}`, `the twilio configuration: json: unknown field "auth_tokn"`},
		{"an unknown provider is named with the nearest", `{"twillio": {}}`, `no provider is called "twillio": did you mean twilio?`},
		{"a list in place of the object is refused", `["8x8"]`, "want an object of provider names"},
		{"a value of the wrong type names its provider", `{"8x8": {"apikey": 1}}`, "the 8x8 configuration: json: cannot unmarshal number"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got providers.Configs
			err := json.Unmarshal([]byte(tt.data), &got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
