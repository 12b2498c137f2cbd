package runtimes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/runtimes"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     runtimes.Runtime
	}{
		{"node12 is Node 12", "node12", runtimes.Node12},
		{"node16 is Node 16", "node16", runtimes.Node16},
		{"node18 is Node 18", "node18", runtimes.Node18},
		{"Auth0's API id node18-actions is Node 18", "node18-actions", runtimes.Node18},
		{"node22 is Node 22", "NODE22", runtimes.Node22},
		{"nothing is no runtime", "", runtimes.Runtime{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := runtimes.Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseRefusesAnUnknownRuntimeListingTheChoices(t *testing.T) {
	t.Parallel()
	_, err := runtimes.Parse("node20")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "node12, node16, node18, node22")
}

func TestEveryVersionIsItsMajors(t *testing.T) {
	t.Parallel()
	for _, r := range runtimes.All() {
		t.Run(r.Name+" reports a version of its own line", func(t *testing.T) {
			assert.Regexp(t, `^v\d+\.\d+\.\d+$`, r.Version)
			assert.Equal(t, r.Name[len("node"):], r.Version[1:len(r.Name)-3])
		})
	}
}

func TestDefaultIsNode22ForActionsAndNode12ForHooks(t *testing.T) {
	t.Parallel()
	assert.Equal(t, runtimes.Node22, runtimes.Default(true))
	assert.Equal(t, runtimes.Node12, runtimes.Default(false))
	assert.Equal(t, 18, runtimes.Node18.Major())
	assert.True(t, runtimes.Node16.AtLeast(15))
	assert.False(t, runtimes.Node12.AtLeast(15))
}
