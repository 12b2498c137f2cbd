package nodemodules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNodesCoreModulesAreCoreAndNothingElseIs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		core bool
	}{
		{"fs", true}, {"fs/promises", true}, {"_http_agent", true}, {"zlib", true}, {"util/types", true},
		{"axios", false}, {"", false}, {"fs promises", false}, {"fs/", false}, {"node:fs", false}, {"FS", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is core: "+map[bool]string{true: "yes", false: "no"}[tt.core], func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.core, IsCore(tt.name))
		})
	}
	for _, name := range strings.Fields(coreModules) {
		assert.True(t, IsCore(name), name)
	}
}
