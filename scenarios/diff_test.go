package scenarios

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatchesComparesExpectedJSONWithWhatCame(t *testing.T) {
	t.Parallel()
	got := map[string]any{"destination": "+6512345678", "encoding": "AUTO", "segments": float64(1), "tags": []any{"a", "b"}}
	tests := []struct {
		name  string
		want  any
		exact bool
		match bool
	}{
		{"a subset of the keys matches", map[string]any{"encoding": "AUTO"}, false, true},
		{"a subset does not match when exact", map[string]any{"encoding": "AUTO"}, true, false},
		{"every key matches when exact", map[string]any{"destination": "+6512345678", "encoding": "AUTO", "segments": float64(1), "tags": []any{"a", "b"}}, true, true},
		{"a missing key does not match", map[string]any{"text": "hi"}, false, false},
		{"a different value does not match", map[string]any{"encoding": "UCS2"}, false, false},
		{"a regular expression matches a string", map[string]any{"destination": regexp.MustCompile(`^\+65\d{8}$`)}, false, true},
		{"a regular expression matches a number's text", map[string]any{"segments": regexp.MustCompile(`^[12]$`)}, false, true},
		{"arrays compare element by element", map[string]any{"tags": []any{"a", "b"}}, false, true},
		{"an array of another length does not match", map[string]any{"tags": []any{"a"}}, false, false},
		{"a number does not match its text", map[string]any{"segments": "1"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.match, matches(tt.want, got, tt.exact))
		})
	}
}

func TestTheDiffMarksWhatDiffersInsidePrettyPrintedJSON(t *testing.T) {
	t.Parallel()
	want := map[string]any{
		"destination": "+6599990000",
		"nested":      map[string]any{"a": float64(1), "re": regexp.MustCompile(`^x`)},
		"missing":     true,
	}
	got := map[string]any{
		"destination": "+6512345678",
		"encoding":    "AUTO",
		"nested":      map[string]any{"a": float64(2), "re": "xyz", "b": []any{}},
	}
	assert.Equal(t, `  {
-   "destination": "+6599990000",
+   "destination": "+6512345678",
    "encoding": "AUTO",
-   "missing": true,
    "nested": {
-     "a": 1,
+     "a": 2,
      "b": [],
      "re": "xyz"
    }
  }`, diffJSON(want, got, false))
	assert.Contains(t, diffJSON(map[string]any{}, map[string]any{"extra": "<secret:apikey>"}, true), `+   "extra": "<secret:apikey>"`,
		"exact marks keys that should not be there, and keeps < readable")
	assert.Equal(t, "- /^a$/\n+ \"b\"", diffJSON(regexp.MustCompile(`^a$`), "b", false))
}
