package request_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/request"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestResolvesVersionsAsRequireWould(t *testing.T) {
	t.Parallel()
	m := request.Module()
	assert.Equal(t, "request", m.Name)
	for _, tc := range []struct {
		requested string
		action    bool
		want      string
	}{
		{"", false, "2.88.2"},
		{"", true, "2.88.2"},
		{"2.79", false, "2.79.0"},
		{"^2.81.0", false, "2.88.2"},
		{"2.88", false, "2.88.2"},
	} {
		got, err := m.Resolve(tc.requested, tc.action)
		require.NoError(t, err, tc.requested)
		assert.Equal(t, tc.want, got, tc.requested)
	}
}

func TestRequestExportsWhatItsReleaseExports(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version string
		keys    string
	}{
		{"2.79.0", `["get","head","post","put","patch","del","delete","jar","cookie","defaults","forever","Request","initParams","debug"]`},
		{"2.88.2", `["get","head","options","post","put","patch","del","delete","jar","cookie","defaults","forever","Request","initParams","debug"]`},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			assert.Equal(t, tc.keys, env.JSON(t, "Object.keys(request)"))
			assert.Equal(t, `["get","head","post","put","patch","del","delete","cookie","jar","defaults"]`, env.JSON(t, "Object.keys(request.defaults({}))"))
		})
	}
}
