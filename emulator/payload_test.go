package emulator_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

func TestAPayloadFileMistakeIsPlacedAtItsLineAndColumn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data string
		want string
	}{
		{"a stray comma", "{\n  \"recipient\": \"+6512345678\",,\n}", "line 2, column 30: invalid character ','"},
		{"a list instead of an object", "\n  [1]", "line 2, column 3: json: cannot unmarshal array"},
		{"a NUL byte", "{\"text\": \"a\x00\"}", "line 1, column 12: a NUL byte"},
		{"bytes that are not UTF-8", "{\n\"text\": \"\xff\"}", "line 2, column 10: byte 0xff is not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := emulator.ParsePayload([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

var placed = regexp.MustCompile(`line \d+, column \d+: `)

func FuzzParsePayload(f *testing.F) {
	for _, seed := range []string{
		`{"recipient": "+6512345678", "text": "hi", "context": {"message_type": "voice"}}`,
		`{"context": {"user": {"user_metadata": {"a": [1, 2, {"b": null}]}}}}`,
		"{\"text\": \"a\x00\"}", "{\"text\": \"\xff\"}", `{"recipient": 5}`, `[1, 2]`, `{,}`, `"`, ``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := emulator.ParsePayload(data)
		if err != nil {
			return
		}
		assert.NotNil(t, p.Context, "a parsed payload always has a context")
	})
}

func TestEveryPayloadSyntaxErrorIsPlaced(t *testing.T) {
	t.Parallel()
	for _, data := range []string{"{", "{\"a\": tru}", "{\"a\"\n:\n1,]", "\x00", "{} {}"} {
		_, err := emulator.ParsePayload([]byte(data))
		require.Error(t, err, data)
		assert.Regexp(t, placed, err.Error(), data)
	}
}

func TestAPayloadKeyAuth0NeverSendsIsRefusedWithTheLikelyOne(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data string
		want string
	}{
		{"a typo in a context key", `{"context": {"mesage_type": "voice"}}`, `payload: context.mesage_type is not a field Auth0 sends; did you mean "message_type"?`},
		{"a typo at the top level", `{"recipent": "+6512345678"}`, `payload: recipent is not a field Auth0 sends; did you mean "recipient"?`},
		{"a key like none lists them", `{"context": {"favourite_colour": "red"}}`, "the fields are action, client, client_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := emulator.ParsePayload([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	t.Run("nested objects keep whatever keys the tenant put there", func(t *testing.T) {
		t.Parallel()
		_, err := emulator.ParsePayload([]byte(`{"context": {"user": {"user_id": "x", "user_metadata": {"anything": 1}}}}`))
		assert.NoError(t, err)
	})
}
