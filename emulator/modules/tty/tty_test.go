package tty_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/tty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestARunHasNoTerminal(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js, want string }{
		{"no descriptor is a terminal", `[tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99), tty.isatty('x')].join()`, "false,false,false,false,false"},
		{"a WriteStream cannot be made", `try { new tty.WriteStream(1); 'made' } catch (e) { e.code + ' ' + /no terminal/.test(e.message) }`, "ERR_HOOKEMU_UNSUPPORTED true"},
		{"a ReadStream cannot be made", `try { new tty.ReadStream(0); 'made' } catch (e) { e.code }`, "ERR_HOOKEMU_UNSUPPORTED"},
		{"the classes serve instanceof", `({}) instanceof tty.WriteStream`, "false"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, modtest.NoDNS)
			env.Require(t, tty.Module(), "", "tty")
			v, err := env.RT.RunString(tc.js)
			require.NoError(t, err)
			assert.Equal(t, tc.want, v.String())
		})
	}
}
