package scenarios_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/scenarios"
	"github.com/hookemu/hookemu/scenarios/gotest"
)

// The shipped scenarios run as subtests, the way a team's own Go tests
// would run theirs.
func TestTheShippedExamplesPass(t *testing.T) {
	t.Parallel()
	gotest.Run(t, "examples")
}

// A documented hook is a promise that it runs out of the box and fails as
// its provider would: the promise is kept by a suite that runs it, so a
// hook added to the catalog without one fails here.
func TestEveryDocumentedHookIsRunByAnExampleSuite(t *testing.T) {
	t.Parallel()
	suite, err := scenarios.Load("examples")
	require.NoError(t, err)
	hooksDir, err := filepath.Abs(filepath.Join("..", "hooks"))
	require.NoError(t, err)

	run := map[string]bool{}
	for _, s := range suite.Scenarios() {
		if name, ok := documentedHook(t, s, hooksDir); ok && s.Skip == "" {
			run[name] = true
		}
	}
	for _, h := range hooks.List() {
		t.Run(h.Name+" is run by a suite under scenarios/examples", func(t *testing.T) {
			t.Parallel()
			assert.True(t, run[h.Name], "no suite under scenarios/examples runs %s (or every one that does is skipped): "+
				"add one like scenarios/examples/sns.scenario.yaml, with the send, a wrong key, an invalid number and an outage", h.Name)
		})
	}
}

// documentedHook names the embedded hook a scenario runs: the file under
// hooks/ it points to, or a bare documented name that resolves to the
// embedded copy.
func documentedHook(t *testing.T, s *scenarios.Scenario, hooksDir string) (string, bool) {
	t.Helper()
	if !strings.ContainsAny(s.Hook, `/\`) {
		_, ok := hooks.Lookup(s.Hook)
		return s.Hook, ok
	}
	path, err := filepath.Abs(filepath.Join(filepath.Dir(s.File), s.Hook))
	require.NoError(t, err)
	return filepath.Base(path), filepath.Dir(path) == hooksDir
}
