package scenarios

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// encodeJSON writes a JSON document from its syntax tree, keys in the
// order written, indented with unit.
func encodeJSON(n *yaml.Node, unit string) []byte {
	var b bytes.Buffer
	writeJSON(&b, n, unit, 0)
	b.WriteByte('\n')
	return b.Bytes()
}

func writeJSON(b *bytes.Buffer, n *yaml.Node, unit string, depth int) {
	n = resolveAlias(n)
	open, close := "{", "}"
	if n.Kind == yaml.SequenceNode {
		open, close = "[", "]"
	}
	switch n.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		if len(n.Content) == 0 {
			b.WriteString(open + close)
			return
		}
		b.WriteString(open)
		step := 1
		if n.Kind == yaml.MappingNode {
			step = 2
		}
		for i := 0; i < len(n.Content); i += step {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n" + strings.Repeat(unit, depth+1))
			if step == 2 {
				b.WriteString(compactJSON(n.Content[i].Value) + ": ")
			}
			writeJSON(b, n.Content[i+step-1], unit, depth+1)
		}
		b.WriteString("\n" + strings.Repeat(unit, depth) + close)
	default:
		b.WriteString(compactJSON(scalarValue(n)))
	}
}

// detectIndent finds the indentation unit of a JSON file from its first
// indented line (two spaces when there is none).
func detectIndent(data []byte) string {
	for _, line := range strings.Split(string(data), "\n") {
		trimmed := strings.TrimLeft(line, " \t")
		if trimmed != "" && len(trimmed) < len(line) {
			return line[:len(line)-len(trimmed)]
		}
	}
	return "  "
}
