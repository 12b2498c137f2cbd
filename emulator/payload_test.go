package emulator_test

import (
	"bytes"
	"encoding/json"
	"math"
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

func TestAMergedPayloadSharesNothingWithTheOneItWasMergedOver(t *testing.T) {
	t.Parallel()
	docs := map[string]map[string]any{
		"when the document sets no context or event": {"recipient": "+6512345678"},
		"when the document sets the context":         {"context": map[string]any{"user": map[string]any{"name": "Ada"}}},
		"when the document sets the event":           {"event": map[string]any{"tenant": map[string]any{"id": "acme"}}},
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			base, err := emulator.DefaultPayload().Merge(map[string]any{"event": map[string]any{"tenant": map[string]any{"id": "base"}}})
			require.NoError(t, err)
			got, err := base.Merge(doc)
			require.NoError(t, err)
			got.Context["user"].(map[string]any)["name"] = "changed"
			got.Context["code"] = "changed"
			got.Event["tenant"].(map[string]any)["id"] = "changed"
			assert.Equal(t, "Billie Magnusson", base.Context["user"].(map[string]any)["name"])
			assert.Equal(t, "123456", base.Context["code"])
			assert.Equal(t, "base", base.Event["tenant"].(map[string]any)["id"])
		})
	}
}

func TestOfSeveralUnknownContextKeysTheFirstInOrderIsNamed(t *testing.T) {
	t.Parallel()
	// Known keys pass without sorting; a context with an unknown key is
	// sorted, so the key named does not depend on the map's order.
	for range 20 {
		_, err := emulator.DefaultPayload().Merge(map[string]any{"context": map[string]any{
			"zz_last": 1, "code": "1", "mesage_type": "sms", "b_unknown": 2, "language": "fr",
		}})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "context.b_unknown is not a field Auth0 sends")
	}
	p, err := emulator.DefaultPayload().Merge(map[string]any{"context": map[string]any{"code": "1", "language": "fr"}})
	require.NoError(t, err)
	assert.Equal(t, "fr", p.Context["language"])
}

// plainPayload is Payload without its MarshalJSON: what encoding/json
// writes for the struct by reflection.
type plainPayload struct {
	Recipient string         `json:"recipient"`
	Text      string         `json:"text"`
	Context   map[string]any `json:"context"`
	Event     map[string]any `json:"event,omitempty"`
}

func TestAPayloadIsWrittenAsJSONByteForByteAsEncodingJSONWritesIt(t *testing.T) {
	t.Parallel()
	odd := map[string]any{
		"html": "<b>&amp;</b>", "quote": `say "hi" \ bye`, "control": "a\tb\nc\x01\x7f", "unicode": "héllo ✓ \u2028 \u2029",
		"invalid": "bad \xff byte", "numbers": []any{0.1, 1e21, float64(-3), 7, json.Number("12")}, "nothing": nil,
		"flags": []any{true, false}, "empty": map[string]any{}, "nil map": map[string]any(nil), "nil list": []any(nil),
		"nested": map[string]any{"b": []any{map[string]any{"z": 1.5, "a": "x"}}, "a": "first"},
	}
	tests := map[string]emulator.Payload{
		"the default payload, every string plain ASCII": emulator.DefaultPayload(),
		"a context of every kind of value":              {Recipient: "+6512345678", Text: "code <1234> & more", Context: odd},
		"an event set, a context left nil":              {Recipient: "é", Event: map[string]any{"tenant": map[string]any{"id": "acme"}}},
	}
	for name, p := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, escapeHTML := range []bool{true, false} {
				var got, want bytes.Buffer
				enc := json.NewEncoder(&got)
				enc.SetEscapeHTML(escapeHTML)
				require.NoError(t, enc.Encode(p))
				enc = json.NewEncoder(&want)
				enc.SetEscapeHTML(escapeHTML)
				require.NoError(t, enc.Encode(plainPayload(p)))
				assert.Equal(t, want.String(), got.String(), "escapeHTML %v", escapeHTML)
			}
		})
	}
	t.Run("a value JSON cannot hold is refused as encoding/json refuses it", func(t *testing.T) {
		t.Parallel()
		_, err := json.Marshal(emulator.Payload{Context: map[string]any{"n": math.NaN()}})
		_, want := json.Marshal(plainPayload{Context: map[string]any{"n": math.NaN()}})
		require.Error(t, want)
		assert.ErrorContains(t, err, "NaN")
	})
}
