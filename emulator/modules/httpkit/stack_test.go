package httpkit_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/internal/stackstart"
)

// TestAnExchangeRunsOnAGoroutineWithASixteenKiBStack holds Send to
// sizing the stack of the goroutine the transport is called on (see
// internal/stackstart); a plain goroutine beside it shows that 10 KiB
// would have copied the stack.
func TestAnExchangeRunsOnAGoroutineWithASixteenKiBStack(t *testing.T) {
	t.Parallel()
	var fits bool
	env := modtest.New(t, modtest.Failing(func(*http.Request) error {
		fits = stackstart.Fits(10 << 10)
		return errors.New("refused")
	}))
	httpkit.Send(env, httpkit.Request{Method: http.MethodGet, URL: "https://api.test/status"},
		func(*httpkit.Response, *httpkit.NetError) error { return nil })
	_, err := env.Await("undefined")
	require.NoError(t, err)
	assert.True(t, fits, "the exchange's goroutine copied its stack for 10 KiB")

	plain := make(chan bool)
	go func() { plain <- stackstart.Fits(10 << 10) }()
	assert.False(t, <-plain, "a goroutine that does not size its stack copies it for 10 KiB")
}
