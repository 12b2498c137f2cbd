package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
)

// exampleDeploy is the folder of the example artifacts that ship with the
// documented hooks.
var exampleDeploy = filepath.Join("..", "..", "scenarios", "examples", "deploy")

// The example artifacts deploy the documented hooks unchanged, so that
// they run with their demo secrets and stay what the catalog documents.
func TestTheExampleArtifactsHoldTheDocumentedHooksUnchanged(t *testing.T) {
	t.Parallel()
	copies := map[string]string{
		"a0deploy/actions/8x8-action/code.js": "8x8-action.js",
	}
	for path, name := range copies {
		t.Run(path+" is hooks/"+name, func(t *testing.T) {
			t.Parallel()
			got, err := os.ReadFile(filepath.Join(exampleDeploy, path))
			require.NoError(t, err)
			want, err := hooks.Source(name)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "copy hooks/%s over %s", name, path)
		})
	}
}

func TestCheckPassesTheExampleArtifacts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path string
		entries    []string
	}{
		{"the a0deploy directory, every phone entry in it", "a0deploy", []string{"8x8-action"}},
		{"the Terraform folder", "terraform", []string{"8x8-action"}},
		{"the Terraform file", filepath.Join("terraform", "main.tf"), []string{"8x8-action"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, "check", filepath.Join(exampleDeploy, tt.path), "--json")
			require.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", stdout, stderr)
			var out struct {
				OK      bool `json:"ok"`
				Entries []struct {
					Artifact struct {
						Entry string `json:"entry"`
					} `json:"artifact"`
				} `json:"entries"`
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &out))
			assert.True(t, out.OK)
			var names []string
			for _, e := range out.Entries {
				names = append(names, e.Artifact.Entry)
			}
			assert.Equal(t, tt.entries, names)
		})
	}
}
