package scenarios

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// The merger's answer is Payload.Merge's, payload or error, whether it
// merged the context afresh, shared one merged before, or fell back.
func TestAPayloadMergedWithASharedContextIsTheOneMergeGives(t *testing.T) {
	t.Parallel()
	docs := []struct {
		name string
		doc  map[string]any
	}{
		{"no context", map[string]any{"recipient": "+6512345678"}},
		{"a context key changed", map[string]any{"recipient": "+6512345678", "context": map[string]any{"message_type": "voice"}}},
		{"the same change again, with another recipient", map[string]any{"recipient": "+6587654321", "context": map[string]any{"message_type": "voice"}}},
		{"nested objects and lists", map[string]any{"context": map[string]any{"user": map[string]any{"app_metadata": map[string]any{"tags": []any{"a", 1.0, nil}}}}}},
		{"the client, whose flat copies follow it", map[string]any{"context": map[string]any{"client": map[string]any{"client_id": "other"}}}},
		{"an empty context", map[string]any{"context": map[string]any{}}},
		{"an event and text beside the context", map[string]any{"text": "hi", "event": map[string]any{"tenant": map[string]any{"id": "acme"}}, "context": map[string]any{"language": "fr"}}},
		{"a context that is not an object", map[string]any{"context": "sms"}},
		{"an unknown context key", map[string]any{"context": map[string]any{"mesage_type": "sms"}}},
		{"an unknown payload key before the context", map[string]any{"aaa": 1.0, "context": map[string]any{"message_type": "sms"}}},
		{"a recipient that is not text, with a good context", map[string]any{"recipient": 6512345678.0, "context": map[string]any{"message_type": "sms"}}},
		{"an event that is not an object, with a good context", map[string]any{"event": "x", "context": map[string]any{"message_type": "sms"}}},
		{"a context JSON cannot write", map[string]any{"context": map[string]any{"code": math.NaN()}}},
		{"a large context", map[string]any{"context": map[string]any{"user": map[string]any{"user_metadata": map[string]any{"notes": strings.Repeat("x", maxSharedOverlayBytes)}}}}},
	}
	m := newPayloadMerger(emulator.DefaultPayload())
	for _, tc := range docs {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := emulator.DefaultPayload().Merge(tc.doc)
			got, err := m.merge(tc.doc)
			if wantErr != nil {
				require.Error(t, err)
				assert.Equal(t, wantErr.Error(), err.Error())
				return
			}
			require.NoError(t, err)
			if tc.name == "a context JSON cannot write" {
				assert.True(t, math.IsNaN(got.Context["code"].(float64)))
				return
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestScenariosWritingTheSameContextShareItsMergedMap(t *testing.T) {
	t.Parallel()
	m := newPayloadMerger(emulator.DefaultPayload())
	voice := func(recipient string) map[string]any {
		return map[string]any{"recipient": recipient, "context": map[string]any{"message_type": "voice"}}
	}
	a, err := m.merge(voice("+6512345678"))
	require.NoError(t, err)
	b, err := m.merge(voice("+6587654321"))
	require.NoError(t, err)
	c, err := m.merge(map[string]any{"context": map[string]any{"message_type": "sms"}})
	require.NoError(t, err)
	same := func(x, y map[string]any) bool { return reflect.ValueOf(x).Pointer() == reflect.ValueOf(y).Pointer() }
	assert.True(t, same(a.Context, b.Context))
	assert.False(t, same(a.Context, c.Context))
	assert.Equal(t, "+6587654321", b.Recipient)
}

func TestALargeContextIsMergedForItsScenarioAlone(t *testing.T) {
	t.Parallel()
	m := newPayloadMerger(emulator.DefaultPayload())
	large := map[string]any{"context": map[string]any{"code": strings.Repeat("1", maxSharedOverlayBytes)}}
	_, err := m.merge(large)
	require.NoError(t, err)
	assert.Empty(t, m.contexts)
}
