package scenarios_test

import (
	"testing"

	"github.com/hookemu/hookemu/scenarios"
)

// The shipped scenarios run as subtests, the way a team's own Go tests
// would run theirs.
func TestTheShippedExamplesPass(t *testing.T) {
	t.Parallel()
	scenarios.Run(t, "examples")
}
