package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The binary users install carries nothing made for tests: Go's testing
// package registers its flags and grows the binary (it came in once
// through the scenarios' go test API, now package scenarios/gotest), and
// the browser driver of the web pages' tests is megabytes of its own.
func TestTheBinaryLinksNothingMadeForTests(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	require.NoError(t, err, "go list -deps")
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/hookemu/hookemu/scenarios", "the list is of the binary's dependencies")
	require.Contains(t, deps, "github.com/hookemu/hookemu/webui", "the list is of the binary's dependencies")
	for _, banned := range []string{
		"testing",
		"github.com/stretchr/testify/",
		"github.com/hookemu/hookemu/scenarios/gotest",
		"github.com/hookemu/hookemu/internal/browsertest",
		"github.com/chromedp/",
	} {
		for _, dep := range deps {
			if dep == banned || strings.HasSuffix(banned, "/") && strings.HasPrefix(dep, banned) {
				t.Errorf("hookemu links %s: find who imports it with go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./cmd/hookemu", dep)
			}
		}
	}
}
