package fake8x8

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// stringField and peekString read plain strings without json.Unmarshal
// (plainString) and everything else with it: both must give what
// json.Unmarshal gives.
func TestStringFieldsReadAsJSONDecodingReadsThem(t *testing.T) {
	t.Parallel()
	inputs := []string{
		`"+6512345678"`, `"Your code is 123456"`, `""`, `"AUTO"`, `" spaced "`,
		`"tab\there"`, `"quote\"d"`, `"back\\slash"`, `"\u00e9t\u00e9"`, `"été"`, "\"raw\x01control\"",
		"\"bad\xffutf8\"", `"unterminated`, `unquoted"`, `"`, `12345`, `6.5e3`, `true`, `null`, `{"a":1}`, `["x"]`, `"a"b"`,
	}
	for _, in := range inputs {
		t.Run(in+" reads as json.Unmarshal reads it", func(t *testing.T) {
			t.Parallel()
			raw := json.RawMessage(in)
			var want string
			wantOK := json.Unmarshal(raw, &want) == nil
			if isAbsent(raw) {
				want, wantOK = "", true
			}
			got, ok := stringField(raw)
			assert.Equal(t, wantOK, ok)
			if wantOK {
				assert.Equal(t, want, got)
			}
			var n json.Number
			switch {
			case json.Unmarshal(raw, &want) == nil:
				assert.Equal(t, want, peekString(raw))
			case json.Unmarshal(raw, &n) == nil:
				assert.Equal(t, n.String(), peekString(raw))
			default:
				assert.Empty(t, peekString(raw))
			}
		})
	}
	t.Run("plain strings take the short way, others do not", func(t *testing.T) {
		t.Parallel()
		_, plain := plainString(json.RawMessage(`"+6512345678"`))
		assert.True(t, plain)
		for _, in := range []string{`"tab\there"`, `"été"`, `12345`, `"unterminated`} {
			_, plain := plainString(json.RawMessage(in))
			assert.False(t, plain, in)
		}
	})
}
