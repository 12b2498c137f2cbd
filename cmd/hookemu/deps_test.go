package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The binary users install carries no test framework: Go's testing
// package registers its flags and grows the binary, and it came in once
// through the scenarios' go test API (now package scenarios/gotest).
func TestTheBinaryDoesNotLinkGosTestingPackage(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	require.NoError(t, err, "go list -deps")
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/hookemu/hookemu/scenarios", "the list is of the binary's dependencies")
	for _, banned := range []string{"testing", "github.com/stretchr/testify/assert", "github.com/hookemu/hookemu/scenarios/gotest"} {
		assert.NotContains(t, deps, banned, "hookemu links %s: find the import with go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./cmd/hookemu", banned)
	}
}
