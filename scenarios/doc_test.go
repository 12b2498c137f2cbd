package scenarios_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/scenarios"
)

// The manual's example must be a scenario file that loads and passes with
// the documented 8x8 hook, or the manual misleads.
func TestTheManualsExampleRuns(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	example := docBlock(t, string(doc), "//\tname: 8x8 enrollment SMS reaches the provider")
	src, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	dir := writeFiles(t, map[string]string{"hooks/8x8.js": string(src), "scenarios/example.yaml": example})

	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	sum, out := runText(t, &scenarios.Runner{Emulator: nil}, dir)
	assert.Equal(t, len(suite.Scenarios()), sum.Passed, out)
	assert.Zero(t, sum.Failed, out)
}

// docBlock is the tab-indented block of a doc comment starting at first.
func docBlock(t *testing.T, doc, first string) string {
	t.Helper()
	start := strings.Index(doc, first)
	require.GreaterOrEqual(t, start, 0, "the example is gone from the manual")
	var lines []string
	for _, line := range strings.Split(doc[start:], "\n") {
		if !strings.HasPrefix(line, "//\t") {
			break
		}
		lines = append(lines, strings.TrimPrefix(line, "//\t"))
	}
	return strings.Join(lines, "\n") + "\n"
}
