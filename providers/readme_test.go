package providers_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/providers"
)

// The README's Providers table is what users read to learn whether their
// provider runs offline: a registered provider must have its row there,
// naming its key, and each embedded example it names must exist.
func TestTheREADMEsProvidersTableHasARowForEveryProvider(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	text := string(readme)
	start := strings.Index(text, "\n## Providers\n")
	require.GreaterOrEqual(t, start, 0, "the README has a Providers section")
	section := text[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	for _, p := range providers.All() {
		row := rowNaming(section, "(`"+p.Name()+"`)")
		if !assert.NotEmpty(t, row, "a row for %s, its key in parentheses: | Title (`%s`) | hosts | ...", p.Name(), p.Name()) {
			continue
		}
		for _, hook := range hooksNamed(row) {
			_, err := os.Stat("../" + hook)
			assert.NoError(t, err, "the %s row names %s", p.Name(), hook)
		}
	}
}

// rowNaming is the table row that holds key, or "".
func rowNaming(section, key string) string {
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "| ") && strings.Contains(line, key) {
			return line
		}
	}
	return ""
}

// hooksNamed are the `hooks/NAME.js` a row names.
func hooksNamed(row string) []string {
	var out []string
	for _, part := range strings.Split(row, "`") {
		if strings.HasPrefix(part, "hooks/") && strings.HasSuffix(part, ".js") {
			out = append(out, part)
		}
	}
	return out
}
