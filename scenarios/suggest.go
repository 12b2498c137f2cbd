package scenarios

import (
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/internal/suggest"
)

// unknownKey words the error for a key the format does not have, with the
// valid key it most likely meant.
func unknownKey(key, where string, valid []string) string {
	if guess := suggest.Nearest(key, valid); guess != "" {
		return fmt.Sprintf("unknown key %q in %s; did you mean %q?", key, place(where), guess)
	}
	return fmt.Sprintf("unknown key %q in %s; the keys there are %s", key, place(where), strings.Join(valid, ", "))
}
