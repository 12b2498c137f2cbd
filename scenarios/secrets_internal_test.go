package scenarios

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A scenario's secrets with nothing laid under them are handed over as
// they are; they are the same values the layering gives.
func TestAScenariosSecretsAreTheLayeredOnesWhateverLiesUnderThem(t *testing.T) {
	t.Parallel()
	layered := func(held, runner, own map[string]string) map[string]string {
		out := map[string]string{}
		maps.Copy(out, held)
		maps.Copy(out, runner)
		maps.Copy(out, own)
		return out
	}
	own := map[string]string{"apikey": "scenario", "subaccount": "acme"}
	tests := []struct {
		name         string
		held, runner map[string]string
	}{
		{"nothing under them", nil, nil},
		{"the runner's under them", nil, map[string]string{"apikey": "runner", "extra": "x"}},
		{"an artifact's under them", map[string]string{"apikey": "held", "other": "y"}, nil},
		{"both under them", map[string]string{"other": "y"}, map[string]string{"extra": "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := &Scenario{Secrets: own, hook: hookRef{key: "k"}}
			ex := &execution{runner: &Runner{Secrets: tc.runner}, held: map[string]map[string]string{"k": tc.held}}
			assert.Equal(t, layered(tc.held, tc.runner, own), ex.secrets(s))
		})
	}
}
