package textcoding_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

func BenchmarkEnable(b *testing.B) {
	for b.Loop() {
		textcoding.Enable(goja.New())
	}
}
