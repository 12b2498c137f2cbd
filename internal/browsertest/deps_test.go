package browsertest_test

import (
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The browser driver is for tests: the hookemu binary must not carry it.
func TestTheHookemuBinaryDoesNotLinkTheBrowserDriver(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "github.com/hookemu/hookemu/cmd/hookemu").CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := string(out)
	require.Contains(t, deps, "github.com/hookemu/hookemu/webui", "the list is the binary's")
	assert.NotContains(t, deps, "chromedp")
	assert.NotContains(t, deps, "internal/browsertest")
}
