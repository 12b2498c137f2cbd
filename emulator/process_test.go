package emulator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
)

func TestProcessVersionsNameBrotliAsNodesDo(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	r := runIn(t, em, t.TempDir(), `return [typeof process.versions.brotli, process.versions.node, typeof require('zlib').brotliCompressSync];`)
	assert.Equal(t, `["string","22.12.0","function"]`, response(t, r), "got offers br only where process.versions names brotli")
}
