package emulator

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAKeptJSStringIsTheStringAFreshOneWouldBe holds the kept values (made
// by one runtime, used by another) to what each runtime's own ToValue
// makes, for strings kept and strings too long to keep.
func TestAKeptJSStringIsTheStringAFreshOneWouldBe(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		s    string
		kept bool
	}{
		{"an empty string", "", true},
		{"ASCII", "+18085555555", true},
		{"an ASCII string longer than goja keeps plain", "Here is your one time password: 999111", true},
		{"accents", "Billie Magnússon", false},
		{"a character outside the BMP", "code \U0001F510 123456", false},
		{"a string of the longest kept length", strings.Repeat("a", maxJSStringBytes), true},
		{"a string one byte too long to keep", strings.Repeat("a", maxJSStringBytes+1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var c jsStrings
			maker, user := goja.New(), goja.New()
			first := c.value(maker, tt.s)
			again := c.value(user, tt.s)
			_, kept := c.values[tt.s]
			assert.Equal(t, tt.kept, kept)
			for _, v := range []goja.Value{first, again} {
				assert.True(t, v.StrictEquals(user.ToValue(tt.s)))
				require.NoError(t, user.Set("v", v))
				require.NoError(t, user.Set("want", tt.s))
				got, err := user.RunString(`typeof v === 'string' && v === want && v.length === want.length && v + '!' === want + '!'`)
				require.NoError(t, err)
				assert.True(t, got.ToBoolean())
			}
		})
	}
}

// Two runs at the same time ask for the same strings, as two runs of a
// payload do (go test -race checks that what they share has no state): a
// long ASCII one, kept, which goja's ToValue would import and scan on
// first use, and one that is not ASCII, made afresh for each.
func TestRunsAtTheSameTimeShareKeptStringsSafely(t *testing.T) {
	t.Parallel()
	var c jsStrings
	const long, accented = "Here is your one time password: 999111", "Billie Magnússon is here"
	c.value(goja.New(), long)
	done := make(chan string, 2)
	for range 2 {
		go func() {
			rt := goja.New()
			_ = rt.Set("a", c.value(rt, long))
			_ = rt.Set("b", c.value(rt, accented))
			v, err := rt.RunString(`a.length + a.charAt(3) + a.toUpperCase() + b.length + b.charAt(8) + b.slice(-4)`)
			if err != nil {
				done <- err.Error()
				return
			}
			done <- v.String()
		}()
	}
	want := "38e" + "HERE IS YOUR ONE TIME PASSWORD: 999111" + "24a" + "here"
	assert.Equal(t, want, <-done)
	assert.Equal(t, want, <-done)
	_, kept := c.values[accented]
	assert.False(t, kept)
}

func TestJSStringsKeepAtMostTheirBound(t *testing.T) {
	t.Parallel()
	var c jsStrings
	rt := goja.New()
	for i := range maxJSStrings + 10 {
		s := strconv.Itoa(i)
		assert.True(t, c.value(rt, s).StrictEquals(rt.ToValue(s)))
	}
	assert.Len(t, c.values, maxJSStrings)
}

// Runs of one emulator share the payload's string values, and nothing a
// run does to its context's strings reaches the next run.
func TestARunChangingItsContextsStringsLeavesTheNextRunsAlone(t *testing.T) {
	t.Parallel()
	em := New(Config{})
	hook, err := em.Load("hook.js", []byte(`module.exports = function (r, t, c, cb) {
		const before = c.user.name;
		c.user.name += '!';
		try { before.mark = 1; } catch (e) {}
		String.prototype.shout = function () { return this + '!'; };
		cb(null, {before: before, mark: typeof before.mark, recipient: r, text: t});
	};`))
	require.NoError(t, err)
	in := Invocation{Payload: DefaultPayload()}
	first, second := em.Run(t.Context(), hook, in), em.Run(t.Context(), hook, in)
	require.Equal(t, OutcomeSuccess, first.Outcome, "%+v", first.Error)
	assert.Equal(t, first.Response, second.Response)
	response, err := json.Marshal(first.Response)
	require.NoError(t, err)
	assert.JSONEq(t, `{"before": "Billie Magnusson", "mark": "undefined", "recipient": "+18085555555",
		"text": "Here is your one time password: 999111"}`, string(response))
}
