package migrate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/migrate"
)

func TestCheckAndMigrateSayTheSameOfAVersionInAnActionsRequire(t *testing.T) {
	t.Parallel()
	res, err := migrate.Migrate([]byte(hook("  const axios = require('axios');\n  cb(null, {});\n")), migrate.Options{Name: "hook.js"})
	require.NoError(t, err)
	require.Len(t, res.Notes, 1)

	rep := check.Run(context.Background(), check.Options{Name: "action.js", Source: res.Code})
	var pinned *check.Check
	for i, c := range rep.Checks {
		if strings.HasPrefix(c.Name, "require axios") {
			pinned = &rep.Checks[i]
		}
	}
	require.NotNil(t, pinned, "check has a require check for axios: %+v", rep.Checks)

	problem, fix := emulator.PinnedInAction("axios", "0.19.2")
	assert.Equal(t, check.Fail, pinned.Status)
	assert.Contains(t, pinned.Message, problem)
	assert.Equal(t, fix, pinned.Fix)
	assert.Contains(t, res.Notes[0].Message, problem)
	assert.Contains(t, res.Notes[0].Message, fix)
}
