package check

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// The emulator words its problems in plain text; these pin the opening
// words check looks for, so a rewording there breaks here, not silently.
func TestTheEmulatorsProblemsStartAsCheckExpects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		code   string
		prefix string
	}{
		{"a second cb", `module.exports = function (r, t, c, cb) { cb(); cb(); };`, problemSecondCallback},
		{"a rejection nobody handles", `module.exports = function (r, t, c, cb) { Promise.reject(new Error('x')); setTimeout(cb, 5); };`, problemUnhandled},
		{"a throw after cb", `module.exports = function (r, t, c, cb) { cb(); setTimeout(function () { throw new Error('late'); }, 1); };`, problemLateException},
	}
	em := testEmulator()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			hook, err := em.Load("hook.js", []byte(tt.code))
			require.NoError(t, err)
			res := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload()})
			var messages []string
			for _, p := range res.Problems {
				messages = append(messages, p.Message)
				if strings.HasPrefix(p.Message, tt.prefix) {
					return
				}
			}
			t.Errorf("no problem starts with %q: %q", tt.prefix, messages)
		})
	}
}

func TestLineInFindsTheHooksFirstLine(t *testing.T) {
	t.Parallel()
	assert.Equal(t, 12, lineIn("Error: x\n    at native\n    at hook.js:12:7(14)\n    at hook.js:3:1", "hook.js"))
	assert.Equal(t, 0, lineIn("at other.js:4:2", "hook.js"))
	assert.Equal(t, 5, lineIn("see hook.js: then hook.js:5:1", "hook.js"))
}

func TestTheCodeIsFoundAsSentOrSpelledOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		text  string
		found bool
	}{
		{"as it is", `{"text":"Your code is 482913"}`, true},
		{"spelled out with commas for a voice call", `<Say>Your code is 4, 8, 2, 9, 1, 3.</Say>`, true},
		{"spelled out with spaces", `Body=4 8 2 9 1 3`, true},
		{"not split by other digits", `4 8 2 0 9 1 3`, false},
		{"not split by letters", `4a8b2c9d1e3`, false},
		{"absent", `{"text":"hello"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.found, containsCode([]string{tt.text}, "482913"))
		})
	}
}

func TestTheRecipientIsFoundHoweverItIsFormatted(t *testing.T) {
	t.Parallel()
	for _, text := range []string{`{"destination":"+18085555555"}`, `To=%2B18085555555`, `to=1-808-555-5555`} {
		assert.True(t, containsNumber([]string{text}, "+18085555555"), text)
	}
	assert.False(t, containsNumber([]string{`{"destination":"+18085550000"}`}, "+18085555555"))
}
