package lazyre_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/lazyre"
)

func TestARegexpCompilesOnceAndMatchesAsRegexpWould(t *testing.T) {
	t.Parallel()
	digits := lazyre.New(`^[0-9]+$`)
	assert.Same(t, digits(), digits(), "the second use must reuse the first compilation")
	assert.True(t, digits().MatchString("123"))
	assert.False(t, digits().MatchString("12a"))
}

func TestARegexpUsedFromManyGoroutinesAtOnceIsCompiledOnce(t *testing.T) {
	t.Parallel()
	word := lazyre.New(`\w+`)
	var wg sync.WaitGroup
	seen := make(chan any, 8)
	for range 8 {
		wg.Go(func() { seen <- word() })
	}
	wg.Wait()
	close(seen)
	first := word()
	for re := range seen {
		assert.Same(t, first, re)
	}
}

func TestAnInvalidExpressionPanicsOnFirstUseNotOnDeclaration(t *testing.T) {
	t.Parallel()
	broken := lazyre.New(`(`)
	assert.Panics(t, func() { broken() })
}
