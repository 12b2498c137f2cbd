package modules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNearestStandsInForAnUnemulatedVersion(t *testing.T) {
	t.Parallel()
	m := Module{Name: "x", Versions: []string{"0.19.2", "0.27.2", "1.2.6", "1.7.9", "1.13.6"}, HookDefault: "0.19.2", ActionDefault: "1.13.6"}
	tests := []struct {
		name, requested string
		action          bool
		want            string
	}{
		{"a patch of an emulated line takes the newest older one of that line", "1.7.10", true, "1.7.9"},
		{"an older patch of a line takes the line's oldest", "1.7.8", true, "1.7.9"},
		{"a minor with no emulated line takes the newest older one of the major", "1.5.0", true, "1.2.6"},
		{"a minor older than any of the major takes the major's oldest", "1.0.0", true, "1.2.6"},
		{"a major not emulated takes the Action's default", "2.0.0", true, "1.13.6"},
		{"a major not emulated takes the Hook's default in a hook", "3.1.0", false, "0.19.2"},
		{"no version at all takes the default", "git+https://example.com/x.git", true, "1.13.6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, m.Nearest(tt.requested, tt.action))
		})
	}
}
