package emulator

import (
	"strings"

	"github.com/dop251/goja"
)

// format renders console arguments as Node's util.format would.
func (inv *invocation) format(args []goja.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = safeString(a)
	}
	return strings.Join(parts, " ")
}
