package scenarios

import (
	"github.com/hookemu/hookemu/internal/bytesize"
	"go.yaml.in/yaml/v3"
)

// memorySize is the memory key: a size with its unit, such as 256MiB.
type memorySize struct {
	bytes int64
}

func (m *memorySize) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	size, err := bytesize.Parse(n.Value)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" || err != nil || size == 0 || size > 1<<40 {
		d.errorf(n, "%s: want a size with its unit, such as 256MiB or 64MB, got %s", where, describeNode(n))
		return
	}
	m.bytes = int64(size)
}
