package migrate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/migrate"
)

func TestAnActionThatWouldNotLoadIsRefusedRatherThanPrinted(t *testing.T) {
	t.Parallel()
	// Loading checks module.exports is a function: true of the hook, not
	// of the Action, whose exports is an object.
	src := hook("  cb(null, {});\n") + "if (typeof module.exports !== 'function') throw new Error('not a hook');\n"
	res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
	assert.Nil(t, res)
	var verify *migrate.VerifyError
	require.ErrorAs(t, err, &verify)
	assert.Contains(t, verify.Error(), "not a hook")
	assert.Contains(t, verify.Error(), "please report it")
	assert.Contains(t, string(verify.Code), "exports.onExecuteSendPhoneMessage", "the code is kept for the report")
}
