package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheDriverRunsTheHookAsOftenAsAskedAndEachRunSendsItsMessage(t *testing.T) {
	t.Parallel()
	sent, err := drive(t.Context(), filepath.Join("..", "..", "..", "hooks", "8x8.js"), 5, 2)
	require.NoError(t, err)
	assert.Equal(t, int64(5), sent)
}

func TestTheDriverFailsWhenARunFails(t *testing.T) {
	t.Parallel()
	hook := filepath.Join(t.TempDir(), "fails.js")
	require.NoError(t, os.WriteFile(hook, []byte("module.exports = function (r, t, c, cb) { cb(new Error('gateway down')); };"), 0o644))
	_, err := drive(t.Context(), hook, 3, 2)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a run failed: gateway down")
}

func TestTheDriverRefusesCountsThatAreNotCounts(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, runs, parallel, want string }{
		{"no runs", "0", "8", "RUNS \"0\""},
		{"runs that are not a number", "many", "8", "RUNS \"many\""},
		{"no parallelism", "10", "0", "PARALLEL \"0\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := driveArgs([]string{"hook.js", tt.runs, tt.parallel})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
