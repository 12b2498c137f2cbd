package scenarios

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTheManualIsThePackageDocAsText(t *testing.T) {
	t.Parallel()
	text := Manual()
	assert.True(t, strings.HasPrefix(text, "Package scenarios runs regression scenarios"), text[:min(len(text), 80)])
	for _, heading := range []string{"# A scenario file", "# Keys", "# Cases", "# Expectations", "# Recording with --update"} {
		assert.Contains(t, text, heading)
	}
	assert.Contains(t, text, "\thook: ", "examples stay indented")
	assert.NotContains(t, text, "\n// ", "no comment markers")
}
