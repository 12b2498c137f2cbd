package emulator

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/stackstart"
)

// TestARunsGoroutineStartsWithAnEightKiBStack holds detached to sizing
// its goroutine's stack (see internal/stackstart); a plain goroutine
// beside it shows that 5 KiB would have copied the stack.
func TestARunsGoroutineStartsWithAnEightKiBStack(t *testing.T) {
	t.Parallel()
	inv := &invocation{ctx: context.Background()}
	var fits bool
	finished, internal := inv.detached(func() { fits = stackstart.Fits(5 << 10) })
	assert.True(t, finished)
	assert.NoError(t, internal)
	assert.True(t, fits, "a run's goroutine copied its stack for 5 KiB")

	plain := make(chan bool)
	go func() { plain <- stackstart.Fits(5 << 10) }()
	assert.False(t, <-plain, "a goroutine that does not size its stack copies it for 5 KiB")
}
