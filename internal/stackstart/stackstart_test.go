package stackstart_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/stackstart"
)

// onNewGoroutine runs f on a goroutine of its own, which starts with the
// runtime's smallest stack.
func onNewGoroutine(f func() bool) bool {
	done := make(chan bool)
	go func() { done <- f() }()
	return <-done
}

func TestASizedStackHoldsWhatFitsInItWithoutBeingCopied(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		size func()
		// use is more than the next smaller size, and leaves room for
		// the guard below a frame (bigger under the race detector) and
		// for what descending costs beyond the bytes it counts.
		use int
	}{
		{"8 KiB", stackstart.To8K, 5 << 10},
		{"16 KiB", stackstart.To16K, 10 << 10},
		{"32 KiB", stackstart.To32K, 20 << 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.False(t, onNewGoroutine(func() bool { return stackstart.Fits(tt.use) }), "a goroutine that did not size its stack has it copied")
			assert.True(t, onNewGoroutine(func() bool {
				tt.size()
				return stackstart.Fits(tt.use)
			}), "a goroutine that sized its stack keeps it")
		})
	}
}

func TestAStackAlreadyBigEnoughIsKept(t *testing.T) {
	t.Parallel()
	assert.True(t, onNewGoroutine(func() bool {
		stackstart.To32K()
		stackstart.To8K()
		return stackstart.Fits(20 << 10)
	}), "To8K after To32K shrinks nothing")
}

func TestAStackOutgrowingItsSizeStillGrows(t *testing.T) {
	t.Parallel()
	assert.False(t, onNewGoroutine(func() bool {
		stackstart.To8K()
		return stackstart.Fits(16 << 10)
	}))
}
