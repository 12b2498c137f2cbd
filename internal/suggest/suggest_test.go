package suggest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNearestFindsTheLikelyTypo(t *testing.T) {
	t.Parallel()
	keys := []string{"outcome", "requests", "request_count", "message_type"}
	tests := []struct {
		name, word, want string
	}{
		{"a swap of two letters is one edit", "reqeusts", "requests"},
		{"a missing underscore", "requestcount", "request_count"},
		{"case is ignored", "Outcome", "outcome"},
		{"a missing letter", "mesage_type", "message_type"},
		{"nothing close is no guess", "zzzz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, Nearest(tt.word, keys))
		})
	}
}
