package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFakeFlagsConfigureAnyProvidersFake(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"a key the fake takes makes it strict", []string{"run", "twilio-sms.js", "--fake", "twilio.auth_token=only-this-token"}, 1, "Authenticate"},
		{"a list in YAML", []string{"run", "--fake", "8x8.subaccounts=[someone-else]"}, 1, "subaccount"},
		{"the 8x8 shorthand still works", []string{"run", "--fake8x8-apikey", "another-key"}, 1, "401"},
		{"both together", []string{"run", "--fake8x8-apikey", "demo-8x8-api-key", "--fake", "8x8.subaccounts=[demo-subaccount]"}, 0, "success"},
		{"a misspelt key is refused with the nearest one", []string{"run", "--fake", "twilio.auth_tokn=x"}, 2, "did you mean auth_token?"},
		{"a misspelt provider is refused with the nearest one", []string{"run", "--fake", "twillio.auth_token=x"}, 2, "did you mean twilio?"},
		{"a value of the wrong type is refused", []string{"run", "--fake", "8x8.subaccounts={a: 1}"}, 2, "the 8x8 configuration"},
		{"no key at all", []string{"run", "--fake", "twilio=x"}, 2, "write NAME.KEY=VALUE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, tt.args...)
			assert.Equal(t, tt.code, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
			assert.Contains(t, stdout+stderr, tt.says)
		})
	}
}
