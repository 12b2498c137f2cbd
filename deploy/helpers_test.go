package deploy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

// writeTree writes files (path -> content) under a new folder and
// returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return root
}

// entry finds an entry by name.
func entry(t *testing.T, a *deploy.Artifact, name string) deploy.Entry {
	t.Helper()
	for _, e := range a.Entries {
		if e.Name == name {
			return e
		}
	}
	require.Failf(t, "no such entry", "%q not among %v", name, names(a))
	return deploy.Entry{}
}

func names(a *deploy.Artifact) []string {
	var out []string
	for _, e := range a.Entries {
		out = append(out, e.Name)
	}
	return out
}

// env makes Options.Getenv and Environ from pairs.
func env(pairs map[string]string) (func(string) string, func() []string) {
	return func(k string) string { return pairs[k] }, func() []string {
		var out []string
		for k, v := range pairs {
			out = append(out, k+"="+v)
		}
		return out
	}
}

// configured are the options with the fixtures' a0deploy config.
var configured = deploy.Options{ConfigFile: filepath.Join("testdata", "a0config.json")}

// secretsNote is the start of the note every export with secrets gets.
const secretsNote = "exports never hold secret values"

func countNotes(a *deploy.Artifact, substr string) int {
	n := 0
	for _, note := range a.Notes {
		if strings.Contains(note, substr) {
			n++
		}
	}
	return n
}
