package uuid

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestV4SetsTheVersionAndVariantBits(t *testing.T) {
	tests := []struct {
		name string
		in   [16]byte
		want string
	}{
		{"all zero bytes", [16]byte{}, "00000000-0000-4000-8000-000000000000"},
		{"all one bits", [16]byte{0: 0xff, 1: 0xff, 2: 0xff, 3: 0xff, 4: 0xff, 5: 0xff, 6: 0xff, 7: 0xff, 8: 0xff, 9: 0xff, 10: 0xff, 11: 0xff, 12: 0xff, 13: 0xff, 14: 0xff, 15: 0xff}, "ffffffff-ffff-4fff-bfff-ffffffffffff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, V4(tt.in))
		})
	}
}
